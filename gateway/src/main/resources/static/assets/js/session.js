/*
 * The session's idle clock. The server ends an unused session after idle-timeout; this
 * clock follows it (restarted by every call the screen makes), warns `warning` seconds
 * before the end in a modal dialog with "Stay signed in", and signs out properly (here and
 * at the identity provider) just before the server would.
 */
(function () {
  'use strict';
  var dialog = document.getElementById('session-dialog');
  if (!dialog || typeof dialog.showModal !== 'function') {
    return;
  }
  var idleSeconds = Number(dialog.getAttribute('data-idle-seconds'));
  var warningSeconds = Number(dialog.getAttribute('data-warning-seconds'));
  var countdown = document.getElementById('session-countdown');
  var deadline = 0;
  var warnTimer = null;
  var tickTimer = null;
  var SIGN_OUT_MARGIN_MS = 3000;

  function restart(seconds) {
    deadline = Date.now() + seconds * 1000;
    clearTimeout(warnTimer);
    clearInterval(tickTimer);
    if (dialog.open) {
      dialog.close();
    }
    warnTimer = setTimeout(warn, Math.max(0, deadline - Date.now() - warningSeconds * 1000));
  }

  function words(ms) {
    var seconds = Math.max(0, Math.ceil(ms / 1000));
    if (seconds >= 60) {
      var minutes = Math.ceil(seconds / 60);
      return minutes + (minutes === 1 ? ' minute' : ' minutes');
    }
    return seconds + (seconds === 1 ? ' second' : ' seconds');
  }

  function warn() {
    tick();
    dialog.showModal();
    document.getElementById('stay-signed-in').focus();
    tickTimer = setInterval(tick, 1000);
  }

  function tick() {
    var left = deadline - Date.now();
    countdown.textContent = words(left);
    if (left <= SIGN_OUT_MARGIN_MS) {
      signOut();
    }
  }

  function signOut() {
    clearInterval(tickTimer);
    clearTimeout(warnTimer);
    var form = document.getElementById('sign-out-form');
    if (form) {
      form.submit();
    }
    else {
      window.location.assign('/');
    }
  }

  function stay() {
    fetch('/session/keep-alive', {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: window.CaseBridge.csrfHeaders({ 'Accept': 'application/json' })
    }).then(function (response) {
      if (!response.ok) {
        window.location.assign('/');
        return null;
      }
      return response.json();
    }).then(function (body) {
      if (body) {
        restart(body.idleSeconds);
      }
    }, function () {
      window.location.assign('/');
    });
  }

  document.getElementById('stay-signed-in').addEventListener('click', stay);
  document.getElementById('sign-out-now').addEventListener('click', signOut);
  dialog.addEventListener('cancel', function (event) {
    // Escape means "not now": keep the session, as the default button would
    event.preventDefault();
    stay();
  });
  document.addEventListener('casebridge:activity', function () {
    restart(idleSeconds);
  });
  restart(idleSeconds);
}());
