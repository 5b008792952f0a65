/*
 * The search screen. Criteria are checked here with the same rules as the gateway's
 * (whose violations are shown the same way if it finds more), then sent in POST bodies
 * only: one request per agency, so each agency's status and candidates appear as it
 * answers and a slow agency holds nothing back. When more than one agency answered, one
 * more request over just those agencies groups their records into cross-agency
 * candidates. Criteria are never put in the URL, history or browser storage; the SSN
 * field is emptied when the page is left.
 */
(function () {
  'use strict';
  var CB = window.CaseBridge;
  var el = CB.el;
  var form = document.getElementById('search-form');
  var FIELDS = ['purpose', 'firstName', 'lastName', 'dateOfBirth', 'ssn', 'caseNumber', 'criteria'];
  var LABELS = {
    purpose: 'Purpose of use', firstName: 'First name', lastName: 'Last name', dateOfBirth: 'Date of birth',
    ssn: 'Social Security number', caseNumber: 'Agency case number', criteria: 'Search'
  };
  var FOCUS = { dateOfBirth: 'dobMonth', criteria: 'lastName' };
  var NAME = /^\p{L}[\p{L} .'\-]*$/u;
  var SSN = /^(\d{3})-?(\d{2})-?(\d{4})$/;
  var CASE_NUMBER = /^(CS|CW|B)-\d{4}-\d{6,7}$/;
  var MAX_NAME = 60;
  var QUERY = 'query SearchPeople($criteria: PersonSearchInput!, $purpose: PurposeOfUse!, $sources: [Source!]) {'
    + ' searchPeople(criteria: $criteria, purpose: $purpose, sources: $sources) {'
    + ' truncated candidates { handle displayName dateOfBirth confidence matchedOn'
    + ' matchedBy { description } sameProbability likelihood'
    + ' possibleDuplicates { candidateIndex probability likelihood recordedNotSamePerson evidenceFor { description }'
    + ' evidenceAgainst { description } }'
    + ' records { provenance { source recordId asOf } name dateOfBirth dateOfBirthEstimated linkedOn linkConfidence'
    + ' evidenceFor { description } evidenceAgainst { description } } }'
    + ' sources { source state reason latencyMs attempts } } }';
  var generation = 0;

  function value(id) {
    var input = document.getElementById(id);
    return input.value.trim();
  }

  function checkName(field, errors) {
    var name = value(field);
    if (!name) {
      return null;
    }
    if (name.length > MAX_NAME) {
      errors.push([field, 'Use at most ' + MAX_NAME + ' characters.']);
    }
    else if (!NAME.test(name)) {
      errors.push([field, 'Use letters, spaces, apostrophes, hyphens and periods only.']);
    }
    return name;
  }

  function checkDateOfBirth(errors) {
    var month = value('dobMonth');
    var day = value('dobDay');
    var year = value('dobYear');
    if (!month && !day && !year) {
      return null;
    }
    if (!month || !day || !year) {
      errors.push(['dateOfBirth', 'Enter the full date of birth: month, day and year.']);
      return null;
    }
    if (!/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day) || !/^\d{4}$/.test(year)) {
      errors.push(['dateOfBirth', 'Enter the date of birth in numbers, for example 4 28 1986.']);
      return null;
    }
    var m = Number(month);
    var d = Number(day);
    var y = Number(year);
    var date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      errors.push(['dateOfBirth', 'Enter a real date: month 1 to 12 and a day that month has.']);
      return null;
    }
    var iso = y + '-' + (m < 10 ? '0' : '') + m + '-' + (d < 10 ? '0' : '') + d;
    var today = new Date();
    var todayIso = today.getFullYear() + '-' + String(today.getMonth() + 1).padStart(2, '0') + '-'
      + String(today.getDate()).padStart(2, '0');
    if (iso < '1900-01-01' || iso > todayIso) {
      errors.push(['dateOfBirth', 'Date of birth must be between 1900-01-01 and today.']);
      return null;
    }
    return iso;
  }

  function checkSsn(errors) {
    var ssn = value('ssn');
    if (!ssn) {
      return null;
    }
    var match = SSN.exec(ssn);
    if (!match) {
      errors.push(['ssn', 'Enter the SSN as nine digits, with or without dashes.']);
      return null;
    }
    if (match[1] === '000' || match[1] === '666' || match[2] === '00' || match[3] === '0000') {
      errors.push(['ssn', 'This is not a valid SSN.']);
      return null;
    }
    return match[1] + match[2] + match[3];
  }

  function checkCaseNumber(errors) {
    var caseNumber = value('caseNumber').toUpperCase();
    if (!caseNumber) {
      return null;
    }
    if (!CASE_NUMBER.test(caseNumber)) {
      errors.push(['caseNumber', 'Enter a case number like CS-2019-004512, CW-2023-000187 or B-2018-0012345.']);
      return null;
    }
    return caseNumber;
  }

  function readForm() {
    var errors = [];
    var purpose = document.getElementById('purpose').value;
    if (!purpose) {
      errors.push(['purpose', 'Select the purpose of your search.']);
    }
    var criteria = {
      firstName: checkName('firstName', errors),
      lastName: checkName('lastName', errors),
      dateOfBirth: checkDateOfBirth(errors),
      ssn: checkSsn(errors),
      caseNumber: checkCaseNumber(errors)
    };
    var enough = criteria.ssn || criteria.caseNumber || criteria.lastName
      || (criteria.firstName && criteria.dateOfBirth);
    if (errors.length === 0 && !enough) {
      errors.push(['criteria', 'Enter an SSN, a case number, a last name, or a first name with a date of birth.']);
    }
    Object.keys(criteria).forEach(function (key) {
      if (criteria[key] === null) {
        delete criteria[key];
      }
    });
    return { purpose: purpose, criteria: criteria, errors: errors };
  }

  function clearErrors() {
    FIELDS.forEach(function (field) {
      document.getElementById(field + '-group').classList.remove('usa-form-group--error');
      document.getElementById(field + '-error').textContent = '';
      var input = document.getElementById(field);
      if (input) {
        input.classList.remove('usa-input--error');
        input.removeAttribute('aria-invalid');
      }
    });
    ['dobMonth', 'dobDay', 'dobYear'].forEach(function (id) {
      document.getElementById(id).classList.remove('usa-input--error');
      document.getElementById(id).removeAttribute('aria-invalid');
    });
    document.getElementById('error-summary').classList.add('cb-hidden');
    document.getElementById('error-summary-list').textContent = '';
  }

  function showErrors(errors) {
    clearErrors();
    var list = document.getElementById('error-summary-list');
    errors.forEach(function (error) {
      var field = FIELDS.indexOf(error[0]) >= 0 ? error[0] : 'criteria';
      document.getElementById(field + '-group').classList.add('usa-form-group--error');
      document.getElementById(field + '-error').textContent = error[1];
      var inputs = field === 'dateOfBirth' ? ['dobMonth', 'dobDay', 'dobYear'] : [field];
      inputs.forEach(function (id) {
        var input = document.getElementById(id);
        if (input) {
          input.classList.add('usa-input--error');
          input.setAttribute('aria-invalid', 'true');
        }
      });
      var target = FOCUS[field] || field;
      list.appendChild(el('li', {}, el('a', { href: '#' + target, 'class': 'usa-link', 'data-field': field },
        LABELS[field] + ': ' + error[1])));
    });
    var summary = document.getElementById('error-summary');
    summary.classList.remove('cb-hidden');
    summary.focus();
  }

  function percent(confidence) {
    var value = Math.round(confidence * 100);
    var words = confidence >= 0.9 ? 'High' : (confidence >= 0.7 ? 'Medium' : 'Low');
    return words + ' (' + value + '%)';
  }

  // A calibrated probability: one decimal near certainty, where whole percents hide the difference.
  function probability(value) {
    var shown = value >= 0.99 && value < 1 ? (Math.floor(value * 1000) / 10).toFixed(1) : Math.round(value * 100);
    return shown + '%';
  }

  function evidence(items) {
    return (items || []).map(function (item) {
      return item.description;
    }).join('; ');
  }

  function sameness(candidate) {
    if (candidate.records && candidate.records.length === 1) {
      return 'One record';
    }
    return candidate.likelihood + ' one person (' + probability(candidate.sameProbability) + ')';
  }

  function duplicates(candidate, all) {
    return (candidate.possibleDuplicates || []).map(function (duplicate) {
      var other = all[duplicate.candidateIndex] || {};
      var against = evidence(duplicate.evidenceAgainst);
      return el('li', { 'class': 'cb-possible-duplicate' }, [
        el('strong', {}, 'Possible duplicate'),
        ' of ' + (other.displayName || 'another candidate') + (other.dateOfBirth ? ', born ' + other.dateOfBirth : '')
          + ': ' + duplicate.likelihood + ' (' + probability(duplicate.probability) + '). For: '
          + (evidence(duplicate.evidenceFor) || 'nothing') + (against ? '. Against: ' + against : '')
          + (duplicate.recordedNotSamePerson ? '. A caseworker recorded that these are not the same person.'
            : '. Not merged: decide with the agencies.')
      ]);
    });
  }

  function keys(candidate) {
    var names = { SSN: 'SSN', NAME: 'Name', DATE_OF_BIRTH: 'Date of birth', CASE_NUMBER: 'Case number' };
    var exact = (candidate.matchedOn || []).map(function (key) {
      return names[key] || key;
    }).join(', ');
    var why = evidence(candidate.matchedBy);
    return why ? (exact ? exact + ' (' + why + ')' : why) : (exact || 'None');
  }

  function candidateRow(candidate, purpose, all) {
    var href = '/person?handle=' + encodeURIComponent(candidate.handle) + '&purpose=' + encodeURIComponent(purpose);
    var knownTo = el('ul', { 'class': 'usa-list usa-list--unstyled' }, (candidate.records || []).map(function (record) {
      var estimated = record.dateOfBirthEstimated ? ' (estimated)' : '';
      return el('li', {}, [
        el('strong', {}, CB.sourceLabel(record.provenance.source)),
        ' ' + record.provenance.recordId + ': ' + (record.name || 'name restricted')
          + (record.dateOfBirth ? ', born ' + record.dateOfBirth + estimated : '')
          + (record.evidenceFor && record.evidenceFor.length ? '; linked, ' + probability(record.linkConfidence)
            + ': ' + evidence(record.evidenceFor)
            + (record.evidenceAgainst && record.evidenceAgainst.length ? '; against: '
              + evidence(record.evidenceAgainst) : '') : '')
      ]);
    }).concat(duplicates(candidate, all)));
    return el('tr', { 'class': 'cb-candidate' }, [
      el('th', { scope: 'row', 'data-label': 'Name' }, el('a', { href: href, 'class': 'usa-link cb-candidate__link' },
        candidate.displayName || 'Name restricted')),
      el('td', { 'data-label': 'Date of birth' }, candidate.dateOfBirth || 'Not recorded'),
      el('td', { 'data-label': 'Match' }, [
        el('span', { 'class': 'cb-same-person' }, sameness(candidate)),
        el('br'),
        el('span', { 'class': 'cb-search-fit' }, 'Fits the search: ' + percent(candidate.confidence))
      ]),
      el('td', { 'data-label': 'Matched on' }, keys(candidate)),
      el('td', { 'data-label': 'Known to' }, knownTo)
    ]);
  }

  function showCandidates(candidates, purpose, note) {
    var body = document.getElementById('candidates-body');
    body.textContent = '';
    var all = candidates.slice();
    candidates.sort(function (a, b) {
      return b.confidence - a.confidence;
    }).forEach(function (candidate) {
      body.appendChild(candidateRow(candidate, purpose, all));
    });
    if (candidates.length === 0) {
      body.appendChild(el('tr', {}, el('td', { colspan: '5' }, 'No candidate people to show.')));
    }
    document.getElementById('candidates-note').textContent = note;
  }

  function setStatus(source, status) {
    var list = document.getElementById('search-sources');
    var current = list.querySelector('[data-source="' + source + '"]');
    var badge = CB.sourceBadge(source, status);
    if (current) {
      list.replaceChild(badge, current);
    }
    else {
      list.appendChild(badge);
    }
  }

  function announce(text) {
    document.getElementById('results-status').textContent = text;
  }

  function serverViolations(body) {
    var errors = [];
    CB.errorsWithCode(body, 'BAD_REQUEST').forEach(function (error) {
      ((error.extensions && error.extensions.violations) || []).forEach(function (violation) {
        errors.push([violation.field, violation.message]);
      });
      if (!(error.extensions && error.extensions.violations)) {
        errors.push(['criteria', error.message]);
      }
    });
    if (CB.errorsWithCode(body, 'FORBIDDEN').length) {
      errors.push(['purpose', 'Your role may not search for this purpose. Choose another purpose.']);
    }
    return errors;
  }

  function search(input) {
    var run = ++generation;
    var results = document.getElementById('results');
    results.classList.remove('cb-hidden');
    document.getElementById('search-sources').textContent = '';
    var perSource = {};
    var statuses = {};
    CB.SOURCES.forEach(function (source) {
      setStatus(source.id, null);
    });
    showCandidates([], input.purpose, 'Agencies are being asked. Candidates appear as each answers.');
    announce('Searching ' + CB.SOURCES.length + ' agencies.');
    document.getElementById('results-heading').focus();

    var pending = CB.SOURCES.map(function (source) {
      return CB.graphql(QUERY, { criteria: input.criteria, purpose: input.purpose, sources: [source.id] })
        .then(function (body) {
          if (run !== generation) {
            return;
          }
          var violations = serverViolations(body);
          if (violations.length) {
            showErrors(violations);
            results.classList.add('cb-hidden');
            generation++;
            return;
          }
          var data = body && body.data && body.data.searchPeople;
          var status = data ? CB.statusFor(data.sources, source.id) : null;
          status = status || CB.failedStatus(source.id, (body && body.failure) || 'unreadable');
          statuses[source.id] = status;
          setStatus(source.id, status);
          perSource[source.id] = data ? data.candidates : [];
          var all = [];
          Object.keys(perSource).forEach(function (id) {
            all = all.concat(perSource[id]);
          });
          showCandidates(all, input.purpose, 'Showing each agency\'s records as it answers.');
          announce(source.label + ': ' + (status.state === 'OK' ? data.candidates.length + ' records'
            : CB.sourceBadge(source.id, status).textContent.replace(source.label + ': ', '')));
        });
    });
    Promise.all(pending).then(function () {
      if (run !== generation) {
        return;
      }
      var answered = Object.keys(statuses).filter(function (id) {
        return statuses[id].state === 'OK';
      });
      if (answered.length < 2) {
        finish(answered, perSource, input, false, statuses);
        return;
      }
      CB.graphql(QUERY, { criteria: input.criteria, purpose: input.purpose, sources: answered })
        .then(function (body) {
          if (run !== generation) {
            return;
          }
          var data = body && body.data && body.data.searchPeople;
          if (data) {
            var regrouped = {};
            regrouped.all = data.candidates;
            finish(answered, regrouped, input, data.truncated, statuses);
          }
          else {
            finish(answered, perSource, input, false, statuses);
          }
        });
    });
  }

  function finish(answered, perSource, input, truncated, statuses) {
    var all = [];
    Object.keys(perSource).forEach(function (id) {
      all = all.concat(perSource[id]);
    });
    var missing = CB.SOURCES.filter(function (source) {
      return statuses[source.id] && CB.unavailable(statuses[source.id].state);
    }).map(function (source) {
      return source.label;
    });
    var note;
    if (all.length > 0) {
      note = all.length + (all.length === 1 ? ' candidate person' : ' candidate people')
        + (answered.length > 1 ? ', grouped across ' + answered.length + ' agencies.' : '.');
    }
    else if (missing.length === CB.SOURCES.length) {
      note = 'No agency answered, so nothing is known yet about who this is. Try again later.';
    }
    else {
      note = 'No candidate people in the agencies that answered.';
    }
    if (missing.length > 0 && missing.length < CB.SOURCES.length) {
      note += ' Not included because they did not answer: ' + missing.join(', ') + '.';
    }
    if (truncated) {
      note += ' More people matched than are shown: narrow your search.';
    }
    showCandidates(all, input.purpose, note);
    announce('Search finished. ' + note);
    var results = document.getElementById('results');
    results.setAttribute('data-complete', 'true');
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    document.getElementById('results').removeAttribute('data-complete');
    var input = readForm();
    if (input.errors.length) {
      document.getElementById('results').classList.add('cb-hidden');
      showErrors(input.errors);
      return;
    }
    clearErrors();
    // the page's address never holds criteria; keep history clean of any state too
    window.history.replaceState(null, '', window.location.pathname);
    search(input);
  });

  form.addEventListener('reset', function () {
    clearErrors();
    generation++;
    document.getElementById('results').classList.add('cb-hidden');
  });

  document.getElementById('error-summary-list').addEventListener('click', function (event) {
    var link = event.target.closest('a');
    if (link) {
      event.preventDefault();
      document.getElementById(link.getAttribute('href').substring(1)).focus();
    }
  });

  // leaving the page (including into the back-forward cache) must not keep the SSN
  window.addEventListener('pagehide', function () {
    document.getElementById('ssn').value = '';
  });
}());
