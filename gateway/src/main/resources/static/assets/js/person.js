/*
 * The person view: one request per agency with the person's handle, so each section fills
 * as its agency answers. Each agency section is read from its own agency's answer only
 * (the other answers carry it as "not requested"); identity is gathered from all of them.
 * A section whose agency did not answer says "unavailable" with the reason, never "no
 * record"; one that holds only a possible match says so and links to it. While a child
 * is in context (child-context.js) every request is for that child. The summary at the
 * top (person-summary.js) is read from those same answers, plus the person's joint-case
 * flags asked once for the same handle and purpose. Printing uses the same page and so
 * the same restrictions.
 */
(function () {
  'use strict';
  var CB = window.CaseBridge;
  var R = window.CaseBridgePerson;
  var F = window.CaseBridgeFlags;
  var Summary = window.CaseBridgeSummary;
  var Child = window.CaseBridgeChild;
  var el = CB.el;
  var main = document.getElementById('main-content');
  var handle = main.getAttribute('data-handle');
  var purpose = main.getAttribute('data-purpose');
  var QUERY = 'query Person($handle: ID!, $purpose: PurposeOfUse!, $sources: [Source!], $forChild: ID) {'
    + ' person(handle: $handle, purpose: $purpose, sources: $sources, forChild: $forChild) ' + R.SELECTION + ' }';
  var FLAGS = 'query Flags($handle: ID!, $purpose: PurposeOfUse!, $forChild: ID) {'
    + ' jointCaseFlags(handle: $handle, purpose: $purpose, forChild: $forChild) { flags ' + F.SELECTION + ' } }';
  var SECTION_FIELDS = { support: 'support', paternity: 'paternity', placement: 'placements', locate: 'locate' };

  var answers = {};
  var flags = null;
  var generation = 0;
  var loadedFor = null;
  var personName = null;

  function answered() {
    return CB.SOURCES.filter(function (source) {
      return answers[source.id] && answers[source.id].view;
    }).map(function (source) {
      return answers[source.id];
    });
  }

  /** The agency's answer as a list of at most one, for the sections it alone fills. */
  function own(source) {
    var answer = answers[source];
    return answer && answer.view ? [answer] : [];
  }

  /**
   * The state of a section: its agency's state, unless the agency answered but the
   * section itself is missing (then the section's own state).
   */
  function sectionState(section) {
    var source = section.getAttribute('data-primary');
    var answer = answers[source];
    if (!answer) {
      return { state: 'LOADING' };
    }
    var status = answer.status;
    if (status.state === 'OK' && section.id !== 'locate') {
      var missing = answer.restrictions.missingAt(['person', SECTION_FIELDS[section.id]]);
      if (missing) {
        return { state: missing.state, reason: missing.reason };
      }
    }
    return status;
  }

  function possibleMatchLinks(source) {
    var answer = answers[source];
    var matches = (answer.view && answer.view.possibleMatches) || [];
    var mine = matches.filter(function (candidate) {
      return (candidate.records || []).some(function (record) {
        return record.provenance && record.provenance.source === source;
      });
    });
    return el('ul', { 'class': 'usa-list cb-possible-matches' }, (mine.length ? mine : matches).map(function (candidate) {
      var record = (candidate.records || []).filter(function (r) {
        return r.provenance && r.provenance.source === source;
      })[0];
      var href = '/person?handle=' + encodeURIComponent(candidate.handle) + '&purpose=' + encodeURIComponent(purpose);
      return el('li', {}, [
        el('a', { href: href, 'class': 'usa-link cb-possible-match' }, 'Open ' + (candidate.displayName || 'the record')),
        (record ? ': ' + CB.sourceLabel(source) + ' record ' + record.provenance.recordId : '')
          + (candidate.dateOfBirth ? ', born ' + candidate.dateOfBirth : '')
      ]);
    }));
  }

  function sectionStatus(section) {
    var source = section.getAttribute('data-primary');
    var box = section.querySelector('.cb-section__status');
    box.textContent = '';
    if (!source) {
      return;
    }
    var label = CB.sourceLabel(source);
    var status = sectionState(section);
    var state = status.state;
    section.setAttribute('data-state', state);
    var message;
    var extra = null;
    var tone = 'info';
    var lead = '';
    if (state === 'LOADING') {
      message = 'Asking ' + label + '…';
      lead = 'Loading: ';
    }
    else if (state === 'OK') {
      return;
    }
    else if (state === 'NOT_FOUND') {
      message = label + ' holds no record of this person.';
    }
    else if (state === 'DENIED') {
      message = 'You may not see ' + label + ' for this purpose.';
      tone = 'warning';
    }
    else if (state === 'POSSIBLE_MATCH') {
      lead = 'Possible match: ';
      message = label + ' holds a record that may be this person (not linked: the identity details differ).'
        + ' Open it to judge.';
      extra = possibleMatchLinks(source);
    }
    else {
      message = label + ' is unavailable' + (status.reason ? ' (' + status.reason + ')' : '')
        + '. Its records are missing from this section: this does not mean there are none.';
      tone = 'error';
      lead = 'Unavailable: ';
    }
    box.appendChild(el('div', {
      'class': 'usa-alert usa-alert--slim usa-alert--' + tone + ' cb-section-alert',
      'data-state': state
    }, el('div', { 'class': 'usa-alert__body' }, [
      el('p', { 'class': 'usa-alert__text' }, [el('strong', {}, lead), message]), extra])));
  }

  /** Why locate data is withheld by the limit on locating for child welfare, and how to ask. */
  function locateLimitNotice() {
    var answer = answers.LOCATE;
    var limit = answer ? answer.restrictions.all.filter(function (restriction) {
      return restriction.reason === 'LOCATE_LIMIT';
    })[0] : null;
    if (!limit) {
      return null;
    }
    var child = Child.get();
    var hint = child
      ? 'This view is for ' + child.name + ': only that child\'s parents and putative fathers can be located'
        + ' for the placement. To place another child, open that child and choose “Find a parent for this'
        + ' child\'s placement”.'
      : 'To locate a parent or putative father for a child\'s placement, open the child\'s record, choose “Find a'
        + ' parent for this child\'s placement”, then search for this person and open them again.';
    return el('div', { 'class': 'usa-alert usa-alert--info usa-alert--slim cb-locate-limit' },
      el('div', { 'class': 'usa-alert__body' }, [
        el('p', { 'class': 'usa-alert__text' }, [el('strong', {}, 'Why locate data is withheld: '),
          limit.message || R.reasonWords('LOCATE_LIMIT')]),
        el('p', { 'class': 'usa-alert__text' }, hint)]));
  }

  function emptyWords(source) {
    var answer = answers[source];
    var label = CB.sourceLabel(source);
    if (!answer) {
      return 'Waiting for ' + label;
    }
    if (answer.status.state === 'OK') {
      return 'None recorded by ' + label;
    }
    if (answer.status.state === 'NOT_FOUND') {
      return label + ' holds no record of this person';
    }
    if (answer.status.state === 'POSSIBLE_MATCH') {
      return 'Not shown: ' + label + ' holds only a record that may be this person';
    }
    return 'Not available from ' + label;
  }

  function render() {
    var list = answered();
    var waiting = CB.SOURCES.some(function (source) {
      return !answers[source.id];
    });
    var emptyText = list.length === 0 ? (waiting ? 'Waiting for the agencies' : 'Not available: no agency answered')
      : 'None recorded by the agencies that answered';
    var bodies = {
      identity: R.identity(list, emptyText),
      support: R.records(own('SUPPORT'), 'support', true),
      paternity: R.records(own('VITALS'), 'paternity', true),
      placement: R.records(own('WELFARE'), 'placements', true),
      locate: [locateLimitNotice()].concat(R.locate(own('LOCATE'), emptyWords('LOCATE')))
    };
    Object.keys(bodies).forEach(function (id) {
      var section = document.getElementById(id);
      var body = section.querySelector('.cb-section__body');
      body.textContent = '';
      var content = bodies[id];
      var primary = section.getAttribute('data-primary');
      if (content.length === 0 && primary && sectionState(section).state === 'OK') {
        content = [el('p', { 'class': 'cb-empty' }, 'No records held by ' + CB.sourceLabel(primary) + '.')];
      }
      CB.append(body, content);
      sectionStatus(section);
    });
    personName = null;
    list.forEach(function (answer) {
      ((answer.view.identity && answer.view.identity.names) || []).forEach(function (n) {
        if (!personName && n && n.kind === 'LEGAL') {
          personName = R.personName(n);
        }
      });
    });
    if (personName) {
      document.getElementById('person-name').textContent = personName;
      document.title = personName + ' | CaseBridge';
    }
    restrictedSummary();
    Summary.render({ support: own('SUPPORT'), welfare: own('WELFARE'),
      locate: answers.LOCATE ? [answers.LOCATE] : [], own: ownRecordIds(), flags: flags,
      states: { SUPPORT: stateOf('SUPPORT'), WELFARE: stateOf('WELFARE') } });
    childAction();
  }

  function stateOf(source) {
    return answers[source] ? answers[source].status.state : 'LOADING';
  }

  /** This person's own agency records, "SUPPORT:123", as the identity values name them. */
  function ownRecordIds() {
    var ids = {};
    answered().forEach(function (answer) {
      ((answer.view.identity && answer.view.identity.names) || []).forEach(function (name) {
        if (name && name.provenance) {
          ids[name.provenance.source + ':' + name.provenance.recordId] = true;
        }
      });
    });
    return ids;
  }

  /**
   * One line per kind of restriction. A section's restrictions are taken from its own
   * agency's answer; identity's, which every answer carries, once.
   */
  function restrictedSummary() {
    var seen = {};
    var items = [];
    CB.SOURCES.forEach(function (source) {
      var answer = answers[source.id];
      if (!answer) {
        return;
      }
      answer.restrictions.all.forEach(function (restriction) {
        var owner = R.sectionSource(restriction.path);
        if (owner && owner !== source.id) {
          return;
        }
        var text = R.describe(restriction.path) + ': ' + R.reasonWords(restriction.reason);
        if (!seen[text]) {
          seen[text] = true;
          items.push(el('li', { 'data-reason': restriction.reason }, text));
        }
      });
    });
    var summary = document.getElementById('restricted-summary');
    var list = document.getElementById('restricted-list');
    list.textContent = '';
    CB.append(list, items);
    summary.classList.toggle('cb-hidden', items.length === 0);
  }

  /** Whether the agencies record this person as a minor or as the child of a record. */
  function isChild() {
    var today = new Date();
    var adult = new Date(Date.UTC(today.getFullYear() - 18, today.getMonth(), today.getDate()))
      .toISOString().substring(0, 10);
    var ownIds = ownRecordIds();
    var child = false;
    answered().forEach(function (answer) {
      var identity = answer.view.identity || {};
      (identity.datesOfBirth || []).forEach(function (dob) {
        var value = String(dob.value || '');
        if (value.length === 10 ? value > adult : (value.length === 4 && value > adult.substring(0, 4))) {
          child = true;
        }
      });
    });
    [['VITALS', 'paternity'], ['WELFARE', 'placements']].forEach(function (pair) {
      own(pair[0]).forEach(function (answer) {
        (answer.view[pair[1]] || []).forEach(function (record) {
          if (ownIds[pair[0] + ':' + record.childAgencyPersonId]) {
            child = true;
          }
        });
      });
    });
    return child;
  }

  function childAction() {
    var current = Child.get();
    var show = isChild() && !(current && current.handle === handle);
    document.getElementById('child-action').classList.toggle('cb-hidden', !show);
  }

  function setBadge(source, status) {
    var list = document.getElementById('person-sources');
    var current = list.querySelector('[data-source="' + source + '"]');
    var badge = CB.sourceBadge(source, status);
    if (current) {
      list.replaceChild(badge, current);
    }
    else {
      list.appendChild(badge);
    }
  }

  /** The handle itself was refused: there is no person to show, so no sections either. */
  function fail(text) {
    document.getElementById('person-error-text').textContent = text;
    document.getElementById('person-error').classList.remove('cb-hidden');
    document.querySelectorAll('.cb-section, .cb-person-sources, .cb-toc, #print-button, #child-action, #summary')
      .forEach(function (part) {
        part.classList.add('cb-hidden');
      });
  }

  function load() {
    var run = ++generation;
    var child = Child.get();
    loadedFor = child ? child.handle : null;
    answers = {};
    flags = null;
    main.removeAttribute('data-complete');
    CB.SOURCES.forEach(function (source) {
      setBadge(source.id, null);
    });
    render();
    var pending = CB.SOURCES.map(function (source) {
      var variables = { handle: handle, purpose: purpose, sources: [source.id], forChild: loadedFor };
      return CB.graphql(QUERY, variables).then(function (body) {
        if (run !== generation) {
          return;
        }
        var view = body && body.data && body.data.person;
        var notFound = CB.errorsWithCode(body, 'NOT_FOUND');
        if (notFound.length && !view) {
          fail(child ? 'The link to this person, or to ' + child.name + ' (the child this view is for), has expired'
            + ' or is not valid. Clear the child or search again.'
            : 'The link to this person has expired or is not valid. Search again to open the person.');
        }
        var status = view ? CB.statusFor(view.sources, source.id) : null;
        status = status || CB.failedStatus(source.id, (body && body.failure) || 'unreadable');
        answers[source.id] = {
          source: source.id,
          status: status,
          view: view,
          restrictions: new R.Restrictions(body)
        };
        setBadge(source.id, status);
        render();
        document.getElementById('person-status').textContent = source.label + ': '
          + CB.sourceBadge(source.id, status).querySelector('.cb-source__state').textContent;
      });
    });
    pending.push(CB.graphql(FLAGS, { handle: handle, purpose: purpose, forChild: loadedFor }).then(function (body) {
      if (run !== generation) {
        return;
      }
      flags = { body: body, restrictions: new R.Restrictions(body) };
      render();
    }));
    Promise.all(pending).then(function () {
      if (run !== generation) {
        return;
      }
      main.setAttribute('data-complete', 'true');
      document.getElementById('person-status').textContent = 'All agencies have answered or timed out.';
    });
  }

  document.getElementById('set-child-context').addEventListener('click', function () {
    Child.set(handle, personName);
    document.getElementById('child-context').setAttribute('tabindex', '-1');
    document.getElementById('child-context').focus();
  });
  Child.onChange(function (child) {
    var now = child ? child.handle : null;
    if (loadedFor !== null && now !== loadedFor) {
      // what was shown was for another child: ask again for the one in context now
      load();
    }
    else {
      childAction();
    }
  });
  document.getElementById('print-button').addEventListener('click', function () {
    window.print();
  });
  window.addEventListener('beforeprint', function () {
    document.getElementById('printed-at').textContent = new Date().toLocaleString();
  });
  document.getElementById('printed-at').textContent = new Date().toLocaleString();
  load();
}());
