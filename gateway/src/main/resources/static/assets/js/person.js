/*
 * The person view: one request per agency with the person's handle, so each section fills
 * as its agency answers. A section whose agency did not answer says "unavailable" with
 * the reason, never "no record". Printing uses the same page and so the same
 * restrictions.
 */
(function () {
  'use strict';
  var CB = window.CaseBridge;
  var R = window.CaseBridgePerson;
  var el = CB.el;
  var main = document.getElementById('main-content');
  var handle = main.getAttribute('data-handle');
  var purpose = main.getAttribute('data-purpose');
  var QUERY = 'query Person($handle: ID!, $purpose: PurposeOfUse!, $sources: [Source!]) {'
    + ' person(handle: $handle, purpose: $purpose, sources: $sources) ' + R.SELECTION + ' }';

  var answers = {};

  function answered() {
    return CB.SOURCES.filter(function (source) {
      return answers[source.id] && answers[source.id].view;
    }).map(function (source) {
      return answers[source.id];
    });
  }

  function sectionStatus(section) {
    var source = section.getAttribute('data-primary');
    var box = section.querySelector('.cb-section__status');
    box.textContent = '';
    if (!source) {
      return;
    }
    var label = CB.sourceLabel(source);
    var answer = answers[source];
    var status = answer ? answer.status : null;
    var state = status ? status.state : 'LOADING';
    section.setAttribute('data-state', state);
    var message;
    var tone = 'info';
    if (state === 'LOADING') {
      message = 'Asking ' + label + '…';
    }
    else if (state === 'NOT_FOUND') {
      message = label + ' holds no record of this person.';
    }
    else if (state === 'DENIED') {
      message = 'You may not see ' + label + ' for this purpose.';
      tone = 'warning';
    }
    else if (state === 'OK') {
      return;
    }
    else {
      message = label + ' is unavailable' + (status.reason ? ' (' + status.reason + ')' : '')
        + '. Its records are missing from this section: this does not mean there are none.';
      tone = 'error';
    }
    box.appendChild(el('div', {
      'class': 'usa-alert usa-alert--slim usa-alert--' + tone + ' cb-section-alert',
      'data-state': state
    }, el('div', { 'class': 'usa-alert__body' }, el('p', { 'class': 'usa-alert__text' }, [
      el('strong', {}, state === 'LOADING' ? 'Loading: ' : (tone === 'error' ? 'Unavailable: ' : '')), message
    ]))));
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
      support: R.records(list, 'support'),
      paternity: R.records(list, 'paternity'),
      placement: R.records(list, 'placements'),
      locate: R.locate(list, emptyText)
    };
    Object.keys(bodies).forEach(function (id) {
      var section = document.getElementById(id);
      var body = section.querySelector('.cb-section__body');
      body.textContent = '';
      var content = bodies[id];
      var primary = section.getAttribute('data-primary');
      var primaryAnswer = primary ? answers[primary] : null;
      if (content.length === 0 && primaryAnswer && primaryAnswer.status.state === 'OK') {
        content = [el('p', { 'class': 'cb-empty' }, 'No records held by ' + CB.sourceLabel(primary) + '.')];
      }
      CB.append(body, content);
      sectionStatus(section);
    });
    var name = null;
    list.forEach(function (answer) {
      ((answer.view.identity && answer.view.identity.names) || []).forEach(function (n) {
        if (!name && n && n.kind === 'LEGAL') {
          name = R.personName(n);
        }
      });
    });
    if (name) {
      document.getElementById('person-name').textContent = name;
      document.title = name + ' | CaseBridge';
    }
    restrictedSummary();
  }

  function restrictedSummary() {
    var seen = {};
    var items = [];
    CB.SOURCES.forEach(function (source) {
      var answer = answers[source.id];
      if (!answer) {
        return;
      }
      answer.restrictions.all.forEach(function (restriction) {
        var text = R.describe(restriction.path) + ': ' + R.reasonWords(restriction.reason);
        if (!seen[text]) {
          seen[text] = true;
          items.push(el('li', {}, text));
        }
      });
    });
    var summary = document.getElementById('restricted-summary');
    var list = document.getElementById('restricted-list');
    list.textContent = '';
    CB.append(list, items);
    summary.classList.toggle('cb-hidden', items.length === 0);
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
    document.querySelectorAll('.cb-section, .cb-person-sources, .cb-toc, #print-button').forEach(function (part) {
      part.classList.add('cb-hidden');
    });
  }

  function load() {
    CB.SOURCES.forEach(function (source) {
      setBadge(source.id, null);
    });
    render();
    var pending = CB.SOURCES.map(function (source) {
      return CB.graphql(QUERY, { handle: handle, purpose: purpose, sources: [source.id] }).then(function (body) {
        var view = body && body.data && body.data.person;
        var notFound = CB.errorsWithCode(body, 'NOT_FOUND');
        if (notFound.length && !view) {
          fail('The link to this person has expired or is not valid. Search again to open the person.');
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
    Promise.all(pending).then(function () {
      main.setAttribute('data-complete', 'true');
      document.getElementById('person-status').textContent = 'All agencies have answered or timed out.';
    });
  }

  document.getElementById('print-button').addEventListener('click', function () {
    window.print();
  });
  window.addEventListener('beforeprint', function () {
    document.getElementById('printed-at').textContent = new Date().toLocaleString();
  });
  document.getElementById('printed-at').textContent = new Date().toLocaleString();
  load();
}());
