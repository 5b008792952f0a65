/*
 * The auditor's questions over the audit GraphQL API: who accessed a person in a period,
 * what a user or integrator accessed, and the access report as a CSV file made in the
 * browser from the same answer (nothing is stored; the download is the only copy).
 *
 * A person is named to the server, never matched here: by the handles of the auditor's own
 * lookup (auditPeople, recorded as the auditor's query, not as an access), by an SSN the
 * server hashes, or by a case number. The server answers every access to any of the
 * person's records, page by page; every page is read, so nothing is silently left out.
 */
(function () {
  'use strict';
  var CB = window.CaseBridge;
  var el = CB.el;
  var PAGE = 500;
  /** Events of one user within this long of each other form one action (a search, then a view). */
  var ACTION_GAP_MS = 15 * 60 * 1000;
  var FIND = 'query AuditFind($criteria: PersonSearchInput!) { auditPeople(criteria: $criteria)'
    + ' { candidates { handle } } }';
  var SUMMARY = 'query AccessSummary($filter: AuditFilter!) {'
    + ' auditAccessSummary(filter: $filter) { subject clientId events firstAt lastAt } }';
  var EVENTS = 'query AccessEvents($filter: AuditFilter!, $first: Int, $after: String) {'
    + ' auditEvents(filter: $filter, first: $first, after: $after) { edges { node { seq eventId type occurredAt'
    + ' subject roles clientId clientAddress purposeOfUse operationName personHandles agencyRecordIds'
    + ' fieldGroupsDisclosed fieldGroupsWithheld familyViolenceRestricted federalTaxInformationDisclosed'
    + ' sources { source outcome } outcome detail hash } } pageInfo { hasNextPage endCursor } } }';
  var TYPES = {
    PERSON_SEARCH: 'Search', PERSON_VIEW: 'Viewed the person', ACCESS_DENIED: 'Refused',
    AUTHENTICATION_FAILED: 'Failed sign-in', POLICY_CHANGED: 'Changed the access policy',
    AUDIT_QUERY: 'Audit question'
  };
  var GROUPS = {
    'identity.name': 'names', 'identity.dob': 'date of birth', 'identity.ssn': 'SSN',
    'identity.demographics': 'sex and death', 'support.case': 'support case', 'support.order': 'support order',
    'support.financial': 'payments and arrears', 'support.fti': 'federal tax information', 'paternity': 'paternity',
    'placement.episode': 'foster-care placement', 'placement.location': 'placement address and provider',
    'locate.address': 'addresses', 'locate.employer': 'employers', 'locate.wages': 'wages',
    'locate.driver': 'driver records', 'worker.contact': 'caseworker contact'
  };
  var events = [];
  var period = null;

  function byPerson() {
    return document.getElementById('by-person').checked;
  }

  function findBy() {
    return document.querySelector('input[name=find]:checked').value;
  }

  function toggle() {
    var person = byPerson();
    var find = findBy();
    document.getElementById('audit-person-group').classList.toggle('cb-hidden', !person);
    document.getElementById('audit-name-group').classList.toggle('cb-hidden', !person || find !== 'name');
    document.getElementById('audit-ssn-group').classList.toggle('cb-hidden', !person || find !== 'ssn');
    document.getElementById('audit-case-group').classList.toggle('cb-hidden', !person || find !== 'case');
    document.getElementById('audit-subject-group').classList.toggle('cb-hidden', person);
  }

  function fieldError(id, message) {
    document.getElementById(id + '-group').classList.toggle('usa-form-group--error', !!message);
    document.getElementById(id + '-error').textContent = message || '';
    var input = document.getElementById(id);
    if (message) {
      input.setAttribute('aria-invalid', 'true');
    }
    else {
      input.removeAttribute('aria-invalid');
    }
  }

  /** Nothing of an earlier answer stays on screen once a new question is asked. */
  function clearResults() {
    events = [];
    document.getElementById('audit-summary-body').textContent = '';
    document.getElementById('audit-events-body').textContent = '';
    var section = document.getElementById('audit-results');
    section.classList.add('cb-hidden');
    section.removeAttribute('data-complete');
    document.getElementById('audit-error').classList.add('cb-hidden');
  }

  function fail(text) {
    clearResults();
    document.getElementById('audit-error-text').textContent = text;
    document.getElementById('audit-error').classList.remove('cb-hidden');
  }

  function iso(dateValue, endOfDay) {
    var date = new Date(dateValue + 'T00:00:00Z');
    if (endOfDay) {
      date = new Date(date.getTime() + 24 * 3600 * 1000);
    }
    return date.toISOString().replace('.000Z', 'Z');
  }

  function value(id) {
    return document.getElementById(id).value.trim();
  }

  function require(id, ok, message, errors) {
    fieldError(id, ok ? null : message);
    if (!ok) {
      errors.push(id);
    }
  }

  function validate() {
    var errors = [];
    var from = value('audit-from');
    var to = value('audit-to');
    require('audit-from', !!from, 'Enter the first day of the period.', errors);
    require('audit-to', !!to, 'Enter the last day of the period.', errors);
    if (from && to && to < from) {
      require('audit-to', false, 'The last day must not be before the first.', errors);
    }
    ['audit-last', 'audit-first', 'audit-dob', 'audit-ssn', 'audit-case', 'audit-subject'].forEach(function (id) {
      fieldError(id, null);
    });
    if (!byPerson()) {
      require('audit-subject', !!value('audit-subject'), 'Enter the user name or client.', errors);
    }
    else if (findBy() === 'name') {
      require('audit-last', !!value('audit-last'), 'Enter the last name.', errors);
      require('audit-first', !!value('audit-first'), 'Enter the first name.', errors);
      require('audit-dob', !!value('audit-dob'), 'Enter the date of birth.', errors);
    }
    else if (findBy() === 'ssn') {
      require('audit-ssn', /^\d{3}-?\d{2}-?\d{4}$/.test(value('audit-ssn')),
        'Enter the SSN as nine digits, with or without dashes.', errors);
    }
    else {
      require('audit-case', !!value('audit-case'), 'Enter the case number.', errors);
    }
    if (errors.length) {
      document.getElementById(errors[0]).focus();
      return null;
    }
    return { from: iso(from, false), to: iso(to, true), firstDay: from, lastDay: to };
  }

  function answer(body, field) {
    if (!body || !body.data || !body.data[field]) {
      throw new Error((body && body.errors && body.errors[0] && body.errors[0].message)
        || (body && body.failure) || 'no answer');
    }
    return body.data[field];
  }

  /** Every page, however many: the report is never cut short. */
  function fetchAll(filter, after, collected) {
    return CB.graphql(EVENTS, { filter: filter, first: PAGE, after: after }).then(function (body) {
      var page = answer(body, 'auditEvents');
      page.edges.forEach(function (edge) {
        collected.push(edge.node);
      });
      document.getElementById('audit-summary-text').textContent = 'Reading the trail: '
        + collected.length + ' records so far…';
      if (page.pageInfo.hasNextPage) {
        return fetchAll(filter, page.pageInfo.endCursor, collected);
      }
      return collected;
    });
  }

  function groups(values) {
    return (values || []).map(function (group) {
      var masked = /:masked$/.test(group);
      var id = group.replace(/:masked$/, '');
      return (GROUPS[id] || id) + (masked ? ' (masked)' : '');
    }).join(', ') || 'nothing';
  }

  /** Events of one user, client and purpose close together, oldest first within the action. */
  function actions(list) {
    var result = [];
    list.slice().reverse().forEach(function (event) {
      var last = result[result.length - 1];
      var time = Date.parse(event.occurredAt);
      if (last && last.subject === event.subject && last.clientId === event.clientId
        && last.purposeOfUse === event.purposeOfUse && time - last.lastTime <= ACTION_GAP_MS) {
        last.events.push(event);
        last.lastTime = time;
      }
      else {
        result.push({ subject: event.subject, clientId: event.clientId, purposeOfUse: event.purposeOfUse,
          lastTime: time, events: [event] });
      }
    });
    return result.reverse();
  }

  function distinct(values) {
    return values.filter(function (value, index) {
      return values.indexOf(value) === index;
    });
  }

  /** "Search (4 requests), then Viewed the person (4 requests)": a screen asks each agency apart. */
  function steps(action) {
    var result = [];
    action.events.forEach(function (event) {
      var label = TYPES[event.type] || event.type;
      var last = result[result.length - 1];
      if (last && last.label === label) {
        last.count++;
      }
      else {
        result.push({ label: label, count: 1 });
      }
    });
    return result.map(function (step) {
      return step.label + (step.count > 1 ? ' (' + step.count + ' requests)' : '');
    }).join(', then ');
  }

  function union(action, field) {
    var seen = [];
    action.events.forEach(function (event) {
      (event[field] || []).forEach(function (value) {
        if (seen.indexOf(value) < 0) {
          seen.push(value);
        }
      });
    });
    return seen;
  }

  function render(summary) {
    var summaryBody = document.getElementById('audit-summary-body');
    var eventsBody = document.getElementById('audit-events-body');
    summaryBody.textContent = '';
    eventsBody.textContent = '';
    summary.forEach(function (row) {
      summaryBody.appendChild(el('tr', {}, [
        el('th', { scope: 'row', 'data-label': 'User' }, row.subject || 'Not signed in'),
        el('td', { 'data-label': 'Client' }, row.clientId || ''),
        el('td', { 'data-label': 'Records' }, String(row.events)),
        el('td', { 'data-label': 'First' }, row.firstAt),
        el('td', { 'data-label': 'Last' }, row.lastAt)]));
    });
    var grouped = actions(events);
    grouped.forEach(function (action) {
      var first = action.events[0];
      var withheld = groups(union(action, 'fieldGroupsWithheld'));
      var fvi = action.events.some(function (event) {
        return event.familyViolenceRestricted;
      });
      var fti = action.events.some(function (event) {
        return event.federalTaxInformationDisclosed;
      });
      eventsBody.appendChild(el('tr', { 'data-type': action.events.map(function (event) {
        return event.type;
      }).join(' ') }, [
        el('th', { scope: 'row', 'data-label': 'When (UTC)' }, first.occurredAt),
        el('td', { 'data-label': 'What' }, steps(action)),
        el('td', { 'data-label': 'User' }, action.subject || 'Not signed in'),
        el('td', { 'data-label': 'Client' }, action.clientId === 'ui-session' ? 'CaseBridge screens'
          : (action.clientId || '')),
        el('td', { 'data-label': 'Purpose' }, action.purposeOfUse || ''),
        el('td', { 'data-label': 'Outcome' }, distinct(action.events.map(function (event) {
          return event.outcome + (event.detail ? ' (' + event.detail + ')' : '');
        })).join(', ')),
        el('td', { 'data-label': 'Disclosed' }, groups(union(action, 'fieldGroupsDisclosed'))
          + (fti ? '; federal tax information disclosed' : '')),
        el('td', { 'data-label': 'Withheld' }, withheld
          + (fvi ? '; family violence restriction applied' : '')),
        el('td', { 'data-label': 'Sources' }, distinct(union(action, 'sources').map(function (s) {
          return s.source + ' ' + s.outcome;
        })).join(', '))]));
    });
    document.getElementById('audit-summary-text').textContent = events.length + (events.length === 1
      ? ' record' : ' records') + ' in ' + grouped.length + (grouped.length === 1 ? ' action' : ' actions')
      + ', ' + period.firstDay + ' to ' + period.lastDay + '.';
    var section = document.getElementById('audit-results');
    section.classList.remove('cb-hidden');
    section.setAttribute('data-complete', 'true');
    document.getElementById('audit-results-heading').focus();
  }

  /** The person filter: handles from the auditor's own lookup, and what the server hashes. */
  function person() {
    if (findBy() === 'case') {
      return Promise.resolve({ caseNumber: value('audit-case') });
    }
    var criteria = findBy() === 'ssn' ? { ssn: value('audit-ssn') }
      : { lastName: value('audit-last'), firstName: value('audit-first'), dateOfBirth: value('audit-dob') };
    return CB.graphql(FIND, { criteria: criteria }).then(function (body) {
      var handles = answer(body, 'auditPeople').candidates.map(function (candidate) {
        return candidate.handle;
      });
      if (findBy() === 'ssn') {
        return { handles: handles, ssn: value('audit-ssn') };
      }
      if (handles.length === 0) {
        return null;
      }
      // records of one person the agencies hold apart are found as separate candidates
      return { handles: handles };
    });
  }

  function ask(filter) {
    return Promise.all([CB.graphql(SUMMARY, { filter: filter }), fetchAll(filter, null, [])])
      .then(function (answers) {
        var summary = answer(answers[0], 'auditAccessSummary');
        events = answers[1];
        render(summary);
      });
  }

  function submit(event) {
    event.preventDefault();
    clearResults();
    var input = validate();
    if (!input) {
      return;
    }
    period = input;
    var filter = { from: input.from, to: input.to };
    var group = document.getElementById('audit-group').value;
    if (group) {
      filter.fieldGroup = group;
    }
    var failed = function (error) {
      fail('The audit trail could not be read: ' + error.message);
    };
    if (!byPerson()) {
      filter.subject = value('audit-subject');
      ask(filter).catch(failed);
      return;
    }
    person().then(function (named) {
      if (!named) {
        fieldError('audit-last', 'No person with this name and date of birth was found.');
        document.getElementById('audit-last').focus();
        return null;
      }
      filter.person = named;
      return ask(filter);
    }).catch(failed);
  }

  function csvCell(value) {
    var text = Array.isArray(value) ? value.join('; ') : (value === null || value === undefined ? '' : String(value));
    return /[",\n;]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function exportCsv() {
    var columns = ['seq', 'eventId', 'type', 'occurredAt', 'subject', 'roles', 'clientId', 'clientAddress',
      'purposeOfUse', 'operationName', 'outcome', 'detail', 'personHandles', 'agencyRecordIds',
      'fieldGroupsDisclosed', 'fieldGroupsWithheld', 'familyViolenceRestricted', 'federalTaxInformationDisclosed',
      'sources', 'hash'];
    var lines = [columns.join(',')];
    events.forEach(function (event) {
      lines.push(columns.map(function (column) {
        var value = column === 'sources' ? (event.sources || []).map(function (s) {
          return s.source + ':' + s.outcome;
        }) : event[column];
        return csvCell(value);
      }).join(','));
    });
    var blob = new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    // named for the days it holds, first and last inclusive
    var link = el('a', { href: URL.createObjectURL(blob),
      download: 'casebridge-access-report-' + period.firstDay + '-to-' + period.lastDay + '.csv' });
    document.body.appendChild(link);
    link.click();
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
      link.remove();
    }, 0);
  }

  var today = new Date();
  document.getElementById('audit-to').value = today.toISOString().substring(0, 10);
  document.getElementById('audit-from').value = new Date(today.getTime() - 30 * 24 * 3600 * 1000)
    .toISOString().substring(0, 10);
  ['by-person', 'by-user', 'find-by-name', 'find-by-ssn', 'find-by-case'].forEach(function (id) {
    document.getElementById(id).addEventListener('change', toggle);
  });
  document.getElementById('audit-form').addEventListener('submit', submit);
  document.getElementById('audit-export').addEventListener('click', exportCsv);
  window.addEventListener('pagehide', function () {
    ['audit-ssn', 'audit-last', 'audit-first', 'audit-dob', 'audit-case'].forEach(function (id) {
      document.getElementById(id).value = '';
    });
  });
  toggle();
}());
