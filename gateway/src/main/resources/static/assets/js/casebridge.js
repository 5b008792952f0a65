/*
 * CaseBridge screen helpers: the GraphQL call every screen makes (same endpoint as
 * integrators, authenticated by the session, CSRF token in a header), safe DOM building
 * (text only, never HTML from data) and the per-agency status badge.
 * Nothing here stores anything in the browser.
 */
(function () {
  'use strict';

  var SOURCES = [
    { id: 'SUPPORT', label: 'Child support' },
    { id: 'WELFARE', label: 'Child welfare' },
    { id: 'VITALS', label: 'Vital records' },
    { id: 'LOCATE', label: 'Locate' }
  ];

  var STATES = {
    LOADING: { text: 'Asking…', icon: 'hourglass_empty', tone: 'loading' },
    OK: { text: 'Answered', icon: 'check_circle', tone: 'ok' },
    NOT_FOUND: { text: 'No record', icon: 'remove_circle', tone: 'none' },
    POSSIBLE_MATCH: { text: 'Possible match only: not linked', icon: 'help', tone: 'possible' },
    UNAVAILABLE: { text: 'Unavailable', icon: 'error', tone: 'down' },
    TIMEOUT: { text: 'Unavailable: did not answer in time', icon: 'schedule', tone: 'down' },
    CIRCUIT_OPEN: { text: 'Unavailable: failing, not asked', icon: 'error', tone: 'down' },
    DENIED: { text: 'Not permitted for this purpose', icon: 'lock', tone: 'denied' },
    ERROR: { text: 'Unavailable: unreadable answer', icon: 'error', tone: 'down' },
    FAILED: { text: 'Unavailable: CaseBridge did not answer', icon: 'error', tone: 'down' }
  };

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function csrfHeaders(headers) {
    var header = meta('_csrf_header');
    var token = meta('_csrf');
    if (header && token) {
      headers[header] = token;
    }
    return headers;
  }

  /**
   * Posts a GraphQL document; resolves to the response body or to { failure: reason }.
   * With options.quiet the call is background work (the header's alert count), not the
   * user's: it does not restart the page's idle clock.
   */
  function graphql(query, variables, options) {
    var headers = csrfHeaders({
      'Content-Type': 'application/json',
      'Accept': 'application/graphql-response+json, application/json'
    });
    return fetch('/graphql', {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: JSON.stringify({ query: query, variables: variables })
    }).then(function (response) {
      if (response.status === 401) {
        signedOut();
        return { failure: 'signed-out' };
      }
      if (response.status === 403) {
        return { failure: 'forbidden' };
      }
      if (response.status === 503) {
        // the gateway is at capacity: nothing was asked of any agency
        return { failure: 'busy' };
      }
      if (!(options && options.quiet)) {
        document.dispatchEvent(new CustomEvent('casebridge:activity'));
      }
      return response.json().catch(function () {
        return { failure: 'unreadable' };
      });
    }, function () {
      return { failure: 'network' };
    });
  }

  function signedOut() {
    var live = document.getElementById('signed-out-alert');
    if (live) {
      return;
    }
    var main = document.getElementById('main-content');
    var alert = el('div', { id: 'signed-out-alert', 'class': 'usa-alert usa-alert--warning', role: 'alert' }, [
      el('div', { 'class': 'usa-alert__body' }, [
        el('h2', { 'class': 'usa-alert__heading' }, 'Your session has ended'),
        el('p', { 'class': 'usa-alert__text' }, [
          'Nothing more can be shown until you ',
          el('a', { href: '/', 'class': 'usa-link' }, 'sign in again'), '.'
        ])
      ])
    ]);
    main.insertBefore(alert, main.firstChild);
  }

  /** Builds an element; children are strings (as text) or nodes. */
  function el(tag, attributes, children) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value !== null && value !== undefined && value !== false) {
        element.setAttribute(name, value === true ? '' : String(value));
      }
    });
    append(element, children);
    return element;
  }

  function append(element, children) {
    if (children === null || children === undefined) {
      return element;
    }
    (Array.isArray(children) ? children : [children]).forEach(function (child) {
      if (child === null || child === undefined || child === false) {
        return;
      }
      element.appendChild(typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child)) : child);
    });
    return element;
  }

  function icon(name, extraClass) {
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('class', 'usa-icon' + (extraClass ? ' ' + extraClass : ''));
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var use = document.createElementNS('http://www.w3.org/2000/svg', 'use');
    use.setAttribute('href', '/uswds/img/sprite.svg#' + name);
    svg.appendChild(use);
    return svg;
  }

  function sourceLabel(id) {
    for (var i = 0; i < SOURCES.length; i++) {
      if (SOURCES[i].id === id) {
        return SOURCES[i].label;
      }
    }
    return id;
  }

  /**
   * True when a source's data is missing (as opposed to answered, absent, not permitted,
   * or held only as a possible match for the caseworker to judge).
   */
  function unavailable(state) {
    return state !== 'OK' && state !== 'NOT_FOUND' && state !== 'LOADING' && state !== 'DENIED'
      && state !== 'POSSIBLE_MATCH';
  }

  /** The badge of one agency: icon and words, never colour alone. */
  function sourceBadge(source, status) {
    var state = status ? status.state : 'LOADING';
    var view = STATES[state] || STATES.ERROR;
    var words = view.text;
    if (status && status.reason && state !== 'OK' && state !== 'NOT_FOUND' && state !== 'DENIED'
      && state !== 'POSSIBLE_MATCH') {
      words += ' (' + status.reason + ')';
    }
    var item = el('li', {
      'class': 'cb-source cb-source--' + view.tone,
      'data-source': source,
      'data-state': state
    }, [
      icon(view.icon, state === 'LOADING' ? 'cb-spin' : null),
      el('span', { 'class': 'cb-source__text' }, [
        el('span', { 'class': 'cb-source__name' }, sourceLabel(source) + ': '),
        el('span', { 'class': 'cb-source__state' }, words)])
    ]);
    if (status && state !== 'LOADING' && status.latencyMs !== undefined) {
      append(item, el('span', { 'class': 'cb-source__latency' },
        ' ' + (status.latencyMs / 1000).toFixed(1) + ' s'));
    }
    return item;
  }

  function statusFor(statuses, source) {
    var found = null;
    (statuses || []).forEach(function (status) {
      if (status.source === source) {
        found = status;
      }
    });
    return found;
  }

  /** A failed call, shaped like a source status so the screen shows it the same way. */
  function failedStatus(source, failure) {
    var reasons = {
      'signed-out': 'your session has ended',
      forbidden: 'refused, reload the page',
      network: 'no connection to CaseBridge',
      busy: 'CaseBridge is busy, reload the page in a moment',
      unreadable: 'unreadable answer'
    };
    return { source: source, state: 'FAILED', reason: reasons[failure] || failure };
  }

  function errorsWithCode(body, code) {
    return ((body && body.errors) || []).filter(function (error) {
      return error.extensions && error.extensions.code === code;
    });
  }

  window.CaseBridge = {
    SOURCES: SOURCES,
    graphql: graphql,
    csrfHeaders: csrfHeaders,
    el: el,
    append: append,
    icon: icon,
    sourceLabel: sourceLabel,
    sourceBadge: sourceBadge,
    statusFor: statusFor,
    failedStatus: failedStatus,
    unavailable: unavailable,
    errorsWithCode: errorsWithCode,
    signedOut: signedOut
  };
}());
