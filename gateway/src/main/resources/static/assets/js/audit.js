/*
 * The auditor's questions over the audit GraphQL API: who accessed a person in a period,
 * what a user accessed, and the access report as a CSV file made in the browser from
 * the same answer (nothing is stored; the download is the only copy).
 *
 * A person handle is sealed afresh on every search, so "who accessed this person" is
 * answered by the person's agency record ids (as the trail records them, source:id): the
 * person is found with a case-review search, and the period's searches and views are
 * kept where they returned any of those records.
 */
(function () {
  'use strict';
  var CB = window.CaseBridge;
  var el = CB.el;
  var PAGE = 200;
  var MAX_EVENTS = 5000;
  var FIND = 'query Find($criteria: PersonSearchInput!) { searchPeople(criteria: $criteria, purpose: CASE_REVIEW)'
    + ' { candidates { records { provenance { source recordId } } } } }';
  var QUERY = 'query Access($filter: AuditFilter!, $first: Int, $after: String) {'
    + ' auditAccessSummary(filter: $filter) { subject clientId events firstAt lastAt }'
    + ' auditEvents(filter: $filter, first: $first, after: $after) { edges { node { seq eventId type occurredAt'
    + ' subject roles clientId clientAddress purposeOfUse operationName personHandles agencyRecordIds'
    + ' fieldGroupsDisclosed fieldGroupsWithheld familyViolenceRestricted federalTaxInformationDisclosed'
    + ' sources { source outcome } outcome detail hash } } pageInfo { hasNextPage endCursor } } }';
  var events = [];
  var period = null;

  function byPerson() {
    return document.getElementById('by-person').checked;
  }

  function toggle() {
    document.getElementById('audit-ssn-group').classList.toggle('cb-hidden', !byPerson());
    document.getElementById('audit-subject-group').classList.toggle('cb-hidden', byPerson());
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

  function fail(text) {
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

  function validate() {
    var errors = [];
    var from = document.getElementById('audit-from').value;
    var to = document.getElementById('audit-to').value;
    fieldError('audit-from', from ? null : 'Enter the first day of the period.');
    fieldError('audit-to', to ? null : 'Enter the last day of the period.');
    if (!from) {
      errors.push('audit-from');
    }
    if (!to) {
      errors.push('audit-to');
    }
    if (from && to && to < from) {
      fieldError('audit-to', 'The last day must not be before the first.');
      errors.push('audit-to');
    }
    var ssn = document.getElementById('audit-ssn').value.trim();
    var subject = document.getElementById('audit-subject').value.trim();
    if (byPerson()) {
      var ok = /^\d{3}-?\d{2}-?\d{4}$/.test(ssn);
      fieldError('audit-ssn', ok ? null : 'Enter the SSN as nine digits, with or without dashes.');
      if (!ok) {
        errors.push('audit-ssn');
      }
    }
    else {
      fieldError('audit-subject', subject ? null : 'Enter the user name.');
      if (!subject) {
        errors.push('audit-subject');
      }
    }
    if (errors.length) {
      document.getElementById(errors[0]).focus();
      return null;
    }
    return { from: iso(from, false), to: iso(to, true), ssn: ssn, subject: subject };
  }

  function fetchAll(filter, after, collected, summary) {
    return CB.graphql(QUERY, { filter: filter, first: PAGE, after: after }).then(function (body) {
      if (!body || !body.data || !body.data.auditEvents) {
        throw new Error((body && body.errors && body.errors[0] && body.errors[0].message)
          || (body && body.failure) || 'no answer');
      }
      var page = body.data.auditEvents;
      page.edges.forEach(function (edge) {
        collected.push(edge.node);
      });
      summary = summary || body.data.auditAccessSummary;
      if (page.pageInfo.hasNextPage && collected.length < MAX_EVENTS) {
        return fetchAll(filter, page.pageInfo.endCursor, collected, summary);
      }
      return { events: collected, summary: summary };
    });
  }

  function list(values) {
    return (values || []).join(', ') || 'None';
  }

  function render(result) {
    events = result.events;
    var summaryBody = document.getElementById('audit-summary-body');
    var eventsBody = document.getElementById('audit-events-body');
    summaryBody.textContent = '';
    eventsBody.textContent = '';
    result.summary.forEach(function (row) {
      summaryBody.appendChild(el('tr', {}, [
        el('th', { scope: 'row', 'data-label': 'User' }, row.subject || 'Unknown'),
        el('td', { 'data-label': 'Client' }, row.clientId || ''),
        el('td', { 'data-label': 'Records' }, String(row.events)),
        el('td', { 'data-label': 'First' }, row.firstAt),
        el('td', { 'data-label': 'Last' }, row.lastAt)]));
    });
    events.forEach(function (event) {
      eventsBody.appendChild(el('tr', { 'data-type': event.type }, [
        el('th', { scope: 'row', 'data-label': 'When (UTC)' }, event.occurredAt),
        el('td', { 'data-label': 'What' }, event.type),
        el('td', { 'data-label': 'User' }, event.subject || ''),
        el('td', { 'data-label': 'Purpose' }, event.purposeOfUse || ''),
        el('td', { 'data-label': 'Outcome' }, event.outcome + (event.detail ? ' (' + event.detail + ')' : '')),
        el('td', { 'data-label': 'Fields disclosed' }, list(event.fieldGroupsDisclosed)),
        el('td', { 'data-label': 'Withheld' }, list(event.fieldGroupsWithheld)
          + (event.familyViolenceRestricted ? '; family violence restriction applied' : '')),
        el('td', { 'data-label': 'Sources' }, (event.sources || []).map(function (s) {
          return s.source + ' ' + s.outcome;
        }).join(', '))]));
    });
    document.getElementById('audit-summary-text').textContent = events.length + (events.length === 1
      ? ' record' : ' records') + ' in the period.';
    var section = document.getElementById('audit-results');
    section.classList.remove('cb-hidden');
    section.setAttribute('data-complete', 'true');
    document.getElementById('audit-results-heading').focus();
  }

  function recordIdsOf(body) {
    var candidates = body && body.data && body.data.searchPeople && body.data.searchPeople.candidates;
    if (!candidates || candidates.length === 0) {
      return null;
    }
    return candidates[0].records.map(function (record) {
      return record.provenance.source.toLowerCase() + ':' + record.provenance.recordId;
    });
  }

  /** Per user and client: how many records, first and last (what the server's summary gives). */
  function summarise(list) {
    var rows = {};
    list.forEach(function (event) {
      var key = (event.subject || '') + '|' + (event.clientId || '');
      var row = rows[key] || { subject: event.subject, clientId: event.clientId, events: 0,
        firstAt: event.occurredAt, lastAt: event.occurredAt };
      row.events++;
      row.firstAt = event.occurredAt < row.firstAt ? event.occurredAt : row.firstAt;
      row.lastAt = event.occurredAt > row.lastAt ? event.occurredAt : row.lastAt;
      rows[key] = row;
    });
    return Object.keys(rows).map(function (key) {
      return rows[key];
    }).sort(function (a, b) {
      return b.events - a.events;
    });
  }

  function submit(event) {
    event.preventDefault();
    document.getElementById('audit-error').classList.add('cb-hidden');
    document.getElementById('audit-results').removeAttribute('data-complete');
    var input = validate();
    if (!input) {
      return;
    }
    period = input;
    var filter = { from: input.from, to: input.to };
    var failed = function (error) {
      fail('The audit trail could not be read: ' + error.message);
    };
    if (!byPerson()) {
      filter.subject = input.subject;
      fetchAll(filter, null, [], null).then(render, failed);
      return;
    }
    CB.graphql(FIND, { criteria: { ssn: input.ssn } }).then(function (body) {
      var ids = recordIdsOf(body);
      if (!ids) {
        fieldError('audit-ssn', 'No person with this SSN was found.');
        return;
      }
      filter.types = ['PERSON_SEARCH', 'PERSON_VIEW'];
      fetchAll(filter, null, [], null).then(function (result) {
        var touched = result.events.filter(function (candidate) {
          return (candidate.agencyRecordIds || []).some(function (id) {
            return ids.indexOf(id) >= 0;
          });
        });
        render({ events: touched, summary: summarise(touched) });
      }, failed);
    });
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
    var link = el('a', { href: URL.createObjectURL(blob),
      download: 'casebridge-access-report-' + period.from.substring(0, 10) + '-' + period.to.substring(0, 10) + '.csv' });
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
  document.getElementById('by-person').addEventListener('change', toggle);
  document.getElementById('by-user').addEventListener('change', toggle);
  document.getElementById('audit-form').addEventListener('submit', submit);
  document.getElementById('audit-export').addEventListener('click', exportCsv);
  window.addEventListener('pagehide', function () {
    document.getElementById('audit-ssn').value = '';
  });
}());
