/*
 * The child a caseworker is placing: locating for child welfare is limited to a parent or
 * putative father of one named child, so the person view asks with that child's handle
 * (forChild) while it is set. Kept in sessionStorage (this tab only, gone when it
 * closes) as the child's opaque handle and display name, tied to the signed-in user and
 * dropped on any page without one (after sign-out). The banner on the search and person
 * screens says which child it is and clears it; changes are announced politely.
 */
(function () {
  'use strict';
  var KEY = 'casebridge.forChild';
  var listeners = [];

  function signedInUser() {
    var element = document.querySelector('[data-testid=signed-in-user]');
    return element ? element.textContent.trim() : null;
  }

  function stored() {
    try {
      return JSON.parse(window.sessionStorage.getItem(KEY));
    }
    catch (ignored) {
      return null;
    }
  }

  function forget() {
    try {
      window.sessionStorage.removeItem(KEY);
    }
    catch (ignored) {
      // storage unavailable: nothing was kept
    }
  }

  /** The child in context, { handle, name }, or null. */
  function get() {
    var child = stored();
    if (!child || typeof child.handle !== 'string' || child.user !== signedInUser()) {
      if (child) {
        forget();
      }
      return null;
    }
    return { handle: child.handle, name: child.name || 'the child (name withheld)' };
  }

  function announce(text) {
    var status = document.getElementById('child-context-status');
    if (status) {
      status.textContent = text;
    }
  }

  function render() {
    var banner = document.getElementById('child-context');
    if (!banner) {
      return;
    }
    var child = get();
    banner.classList.toggle('cb-hidden', !child);
    document.getElementById('child-context-name').textContent = child ? child.name : '';
  }

  function changed(child) {
    render();
    listeners.forEach(function (listener) {
      listener(child);
    });
  }

  function set(handle, name) {
    window.sessionStorage.setItem(KEY, JSON.stringify({ user: signedInUser(), handle: handle, name: name }));
    var child = get();
    announce('For child: ' + child.name + '. Each person you open now is shown for this child\'s placement.');
    changed(child);
  }

  function clear() {
    var had = get();
    forget();
    if (had) {
      announce('The child is cleared. People you open now are not shown for any child.');
    }
    changed(null);
  }

  /** Calls listener(child or null) whenever the child is set or cleared on this page. */
  function onChange(listener) {
    listeners.push(listener);
  }

  if (!signedInUser()) {
    forget();
  }
  var clearButton = document.getElementById('child-context-clear');
  if (clearButton) {
    clearButton.addEventListener('click', function () {
      clear();
      var heading = document.querySelector('main h1');
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
    });
  }
  render();

  window.CaseBridgeChild = { get: get, set: set, clear: clear, onChange: onChange };
}());
