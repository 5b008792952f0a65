/*
 * The count of new joint-case alerts in the header of every screen, for users who can
 * receive alerts. It asks `alertCount` (a number, no person data, nothing disclosed) when
 * the page opens, whenever the inbox changes an alert, and then once a minute, but only
 * while the user is at work: a minute in which the user neither typed, clicked nor made
 * the screen call CaseBridge is skipped, so the count never keeps an idle session alive.
 * The live subscription (`alertRaised` over graphql-ws) is for integrators: its handshake
 * takes a bearer token, which a browser session does not hold (docs/ui.md).
 */
(function () {
  'use strict';
  var CB = window.CaseBridge;
  var badge = document.getElementById('alert-count');
  if (!badge || !CB) {
    return;
  }
  var status = document.getElementById('alert-count-status');
  var pollMs = Math.max(15, Number(badge.getAttribute('data-poll-seconds')) || 60) * 1000;
  var QUERY = 'query AlertCount { alertCount }';
  var shown = null;
  var active = true;
  var inFlight = false;
  var again = false;

  function words(count) {
    return count === 1 ? '1 new alert' : count + ' new alerts';
  }

  function show(count) {
    badge.setAttribute('data-count', String(count));
    badge.textContent = '';
    CB.append(badge, [
      el('span', { 'class': 'usa-tag cb-alert-count__number' + (count > 0 ? ' cb-alert-count__number--new' : ''),
        'aria-hidden': 'true' }, String(count)),
      el('span', { 'class': 'usa-sr-only' }, ': ' + words(count))]);
    badge.classList.remove('cb-hidden');
    if (shown !== null && count !== shown && status) {
      status.textContent = 'You have ' + words(count) + '.';
    }
    shown = count;
  }

  function el(tag, attributes, children) {
    return CB.el(tag, attributes, children);
  }

  function refresh() {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    active = false;
    CB.graphql(QUERY, {}, { quiet: true }).then(function (body) {
      inFlight = false;
      var count = body && body.data ? body.data.alertCount : null;
      if (typeof count === 'number') {
        show(count);
      }
      if (again) {
        again = false;
        refresh();
      }
    });
  }

  function markActive() {
    active = true;
  }

  ['keydown', 'pointerdown'].forEach(function (type) {
    document.addEventListener(type, markActive, { passive: true, capture: true });
  });
  document.addEventListener('casebridge:activity', markActive);
  document.addEventListener('casebridge:alerts-changed', refresh);
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden && active) {
      refresh();
    }
  });
  setInterval(function () {
    if (active && !document.hidden) {
      refresh();
    }
  }, pollMs);
  refresh();
}());
