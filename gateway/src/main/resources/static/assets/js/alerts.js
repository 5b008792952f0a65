/*
 * The alerts inbox: the caller's own joint-case alerts, read for a stated purpose of use
 * (reading is a disclosure, and the purpose decides what each alert's evidence shows),
 * each with its flag in words, the agency to act, the cases, the evidence, a link to the
 * person, and Acknowledge and Dismiss. A dismissal needs a reason: the form asks for one
 * before it calls, and shows the gateway's own refusal at the field when it refuses.
 */
(function () {
  'use strict';
  var CB = window.CaseBridge;
  var R = window.CaseBridgePerson;
  var F = window.CaseBridgeFlags;
  var el = CB.el;
  var QUERY = 'query Alerts($purpose: PurposeOfUse!) { alerts(purpose: $purpose) { newCount'
    + ' alerts { id raisedAt status statusAt person flag ' + F.SELECTION + ' } } }';
  var ACKNOWLEDGE = 'mutation Acknowledge($id: ID!) { acknowledgeAlert(id: $id) { id status } }';
  var DISMISS = 'mutation Dismiss($id: ID!, $reason: String!) { dismissAlert(id: $id, reason: $reason) { id status } }';
  var STATUS_WORDS = { NEW: 'New', ACKNOWLEDGED: 'Acknowledged', DISMISSED: 'Dismissed' };
  var FAILURES = {
    'signed-out': 'Your session has ended.',
    forbidden: 'The request was refused. Reload the page.',
    network: 'There is no connection to CaseBridge.',
    busy: 'CaseBridge is busy. Try again in a moment.',
    unreadable: 'CaseBridge gave an unreadable answer.'
  };

  var form = document.getElementById('alerts-form');
  var select = document.getElementById('alerts-purpose');
  var statusLine = document.getElementById('alerts-status');
  var purpose = null;
  var newCount = 0;
  var shownCount = 0;

  function announce(text) {
    statusLine.textContent = text;
  }

  function fieldError(group, input, errorBox, text) {
    errorBox.textContent = text || '';
    group.classList.toggle('usa-form-group--error', Boolean(text));
    input.classList.toggle('usa-input--error', Boolean(text));
    if (text) {
      input.setAttribute('aria-invalid', 'true');
    }
    else {
      input.removeAttribute('aria-invalid');
    }
  }

  /** The gateway's message for a refused call, or the words for a failed one. */
  function refusal(body) {
    if (body && body.failure) {
      return FAILURES[body.failure] || body.failure;
    }
    var error = body && body.errors && body.errors[0];
    return error ? error.message : null;
  }

  function summary() {
    var text = shownCount === 0 ? 'You have no open alerts.'
      : shownCount + (shownCount === 1 ? ' open alert, ' : ' open alerts, ') + newCount + ' new.';
    document.getElementById('alerts-summary').textContent = text;
    return text;
  }

  function countChanged() {
    document.dispatchEvent(new CustomEvent('casebridge:alerts-changed'));
  }

  function personLink(alert, heading) {
    var href = '/person?handle=' + encodeURIComponent(alert.person) + '&purpose=' + encodeURIComponent(purpose);
    return el('p', {}, el('a', { href: href, 'class': 'usa-link cb-alert__person' }, [
      'Open the person', el('span', { 'class': 'usa-sr-only' }, ' this alert is about: ' + heading)]));
  }

  function when(instant) {
    var time = new Date(instant);
    return isNaN(time.getTime()) ? String(instant) : time.toLocaleString();
  }

  function statusTag(status) {
    return el('span', { 'class': 'usa-tag cb-alert__status cb-alert__status--' + status.toLowerCase(),
      'data-status': status }, STATUS_WORDS[status] || status);
  }

  function item(alert, index, restrictions) {
    var base = 'alert-' + index;
    var heading = F.title(alert.flag.kind);
    var li = el('li', { 'class': 'cb-alert', 'data-alert-id': alert.id, 'data-kind': alert.flag.kind,
      'data-status': alert.status });
    var meta = el('p', { 'class': 'cb-alert__meta' }, [statusTag(alert.status),
      ' Raised ' + when(alert.raisedAt)]);
    var acknowledge = el('button', { type: 'button', 'class': 'usa-button usa-button--outline cb-alert__acknowledge' },
      ['Acknowledge', el('span', { 'class': 'usa-sr-only' }, ': ' + heading)]);
    var dismissToggle = el('button', { type: 'button', 'class': 'usa-button usa-button--outline cb-alert__dismiss',
      'aria-expanded': 'false', 'aria-controls': base + '-dismiss' },
    ['Dismiss…', el('span', { 'class': 'usa-sr-only' }, ' ' + heading)]);
    var reasonId = base + '-reason';
    var reason = el('textarea', { 'class': 'usa-textarea cb-alert__reason', id: reasonId, name: 'reason',
      maxlength: '1000', rows: '3', required: true, 'aria-describedby': reasonId + '-hint ' + reasonId + '-error' });
    var reasonError = el('span', { 'class': 'usa-error-message', id: reasonId + '-error', role: 'alert' });
    var reasonGroup = el('div', { 'class': 'usa-form-group' }, [
      el('label', { 'class': 'usa-label', 'for': reasonId }, ['Why you are dismissing this alert ',
        el('abbr', { title: 'required', 'class': 'usa-hint usa-hint--required' }, '*')]),
      el('span', { 'class': 'usa-hint', id: reasonId + '-hint' },
        'Required, up to 1,000 characters. It is recorded with the alert.'),
      reasonError, reason]);
    var dismissForm = el('form', { 'class': 'cb-alert__dismiss-form cb-hidden', id: base + '-dismiss', novalidate: true,
      autocomplete: 'off' }, [reasonGroup, el('div', { 'class': 'cb-alert__actions' }, [
      el('button', { type: 'submit', 'class': 'usa-button cb-alert__dismiss-submit' }, 'Dismiss the alert'),
      el('button', { type: 'button', 'class': 'usa-button usa-button--unstyled cb-alert__dismiss-cancel' }, 'Cancel')])]);
    var actions = el('div', { 'class': 'cb-alert__actions' }, [
      alert.status === 'NEW' ? acknowledge : null, dismissToggle]);
    var actionError = el('p', { 'class': 'usa-error-message cb-alert__error', role: 'alert' });

    CB.append(li, el('article', { 'aria-labelledby': base + '-title' }, [
      el('h3', { id: base + '-title', tabindex: '-1', 'class': 'cb-alert__title' }, heading), meta]
      .concat(F.details(alert.flag, ['alerts', 'alerts', index, 'flag'], restrictions))
      .concat([personLink(alert, heading), actionError, actions, dismissForm])));

    acknowledge.addEventListener('click', function () {
      acknowledge.disabled = true;
      CB.graphql(ACKNOWLEDGE, { id: alert.id }).then(function (body) {
        var receipt = body && body.data && body.data.acknowledgeAlert;
        if (!receipt) {
          acknowledge.disabled = false;
          actionError.textContent = refusal(body) || 'The alert could not be acknowledged.';
          return;
        }
        actionError.textContent = '';
        if (alert.status === 'NEW') {
          newCount--;
        }
        alert.status = receipt.status;
        li.setAttribute('data-status', receipt.status);
        meta.replaceChild(statusTag(receipt.status), meta.firstChild);
        acknowledge.remove();
        dismissToggle.focus();
        announce('Alert acknowledged: ' + heading + '. ' + summary());
        countChanged();
      });
    });

    function toggle(open) {
      dismissForm.classList.toggle('cb-hidden', !open);
      dismissToggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (open) {
        reason.focus();
      }
      else {
        fieldError(reasonGroup, reason, reasonError, null);
        dismissToggle.focus();
      }
    }
    dismissToggle.addEventListener('click', function () {
      toggle(dismissForm.classList.contains('cb-hidden'));
    });
    dismissForm.querySelector('.cb-alert__dismiss-cancel').addEventListener('click', function () {
      toggle(false);
    });
    dismissForm.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        toggle(false);
      }
    });
    dismissForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var given = reason.value.trim();
      if (!given) {
        fieldError(reasonGroup, reason, reasonError, 'Enter why you are dismissing this alert.');
        reason.focus();
        return;
      }
      var submit = dismissForm.querySelector('.cb-alert__dismiss-submit');
      submit.disabled = true;
      CB.graphql(DISMISS, { id: alert.id, reason: reason.value }).then(function (body) {
        submit.disabled = false;
        var receipt = body && body.data && body.data.dismissAlert;
        if (!receipt) {
          fieldError(reasonGroup, reason, reasonError, refusal(body) || 'The alert could not be dismissed.');
          reason.focus();
          return;
        }
        if (alert.status === 'NEW') {
          newCount--;
        }
        shownCount--;
        var next = li.nextElementSibling || li.previousElementSibling;
        li.remove();
        var text = summary();
        announce('Alert dismissed: ' + heading + '. ' + text);
        (next ? next.querySelector('.cb-alert__title') : document.getElementById('alerts-results-heading')).focus();
        countChanged();
      });
    });
    return li;
  }

  function showError(text) {
    document.getElementById('alerts-error-text').textContent = text;
    document.getElementById('alerts-error').classList.remove('cb-hidden');
  }

  function load() {
    document.getElementById('alerts-error').classList.add('cb-hidden');
    var results = document.getElementById('alerts-results');
    var list = document.getElementById('alerts-list');
    results.removeAttribute('data-complete');
    announce('Reading your alerts…');
    return CB.graphql(QUERY, { purpose: purpose }).then(function (body) {
      var inbox = body && body.data && body.data.alerts;
      list.textContent = '';
      if (!inbox) {
        results.classList.add('cb-hidden');
        showError(refusal(body) || 'CaseBridge did not answer.');
        announce('Your alerts cannot be shown.');
        return;
      }
      var restrictions = new R.Restrictions(body);
      newCount = inbox.newCount;
      shownCount = inbox.alerts.length;
      inbox.alerts.forEach(function (alert, index) {
        list.appendChild(item(alert, index, restrictions));
      });
      results.classList.remove('cb-hidden');
      results.setAttribute('data-complete', 'true');
      announce(summary());
      document.getElementById('alerts-results-heading').focus();
      countChanged();
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var group = document.getElementById('alerts-purpose-group');
    var error = document.getElementById('alerts-purpose-error');
    if (!select.value) {
      fieldError(group, select, error, 'Select why you are reading your alerts.');
      select.focus();
      return;
    }
    fieldError(group, select, error, null);
    purpose = select.value;
    load();
  });
}());
