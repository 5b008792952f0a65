/*
 * The security officer's policy console over the policy GraphQL API: a role × field-group
 * grid per purpose, saved with a required reason (one new version per changed role),
 * the version history with what each version changed, rollback, and "preview as role".
 */
(function () {
  'use strict';
  var CB = window.CaseBridge;
  var R = window.CaseBridgePerson;
  var el = CB.el;
  var ACCESS = [['FULL', 'Full'], ['MASKED', 'Masked'], ['WITHHELD', 'Withheld']];
  var GRANT = 'purpose sources fieldGroups { fieldGroup access }';
  var VERSION = 'version changedAt changedBy reason summary rollbackOf';
  var POLICY = '{ accessPolicy { version { ' + VERSION + ' } roles { role program description purposes grants { '
    + GRANT + ' } } fieldGroups { name description maskable location locate federalTaxInformation } } '
    + 'accessPolicyHistory(first: 20) { ' + VERSION + ' } }';
  var SET_GRANT = 'mutation SetGrant($input: GrantInput!, $change: PolicyChangeInput!) {'
    + ' setGrant(input: $input, change: $change) { ' + VERSION + ' } }';
  var ROLLBACK = 'mutation Rollback($toVersion: Int!, $change: PolicyChangeInput!) {'
    + ' rollbackPolicy(toVersion: $toVersion, change: $change) { ' + VERSION + ' } }';
  var SEARCH = 'query Find($criteria: PersonSearchInput!) { searchPeople(criteria: $criteria, purpose: CASE_REVIEW)'
    + ' { candidates { handle } } }';
  var PREVIEW = 'query Preview($role: ID!, $purpose: PurposeOfUse!, $handle: ID, $forChild: ID) {'
    + ' policyPreview(role: $role, purpose: $purpose, handle: $handle, forChild: $forChild) { role purpose permitted sources'
    + ' fieldGroups { fieldGroup access } locateLimitedToParents person ' + R.SELECTION + ' } }';

  var policy = null;
  var edits = {};

  function show(id, text) {
    document.getElementById(id + '-text').textContent = text;
    var box = document.getElementById(id);
    box.classList.remove('cb-hidden');
    box.focus();
  }

  function hideAlerts() {
    document.getElementById('policy-saved').classList.add('cb-hidden');
    document.getElementById('policy-error').classList.add('cb-hidden');
  }

  function firstError(body) {
    if (!body || body.failure) {
      return 'CaseBridge did not answer (' + ((body && body.failure) || 'no answer') + ').';
    }
    return body.errors && body.errors.length ? body.errors[0].message : null;
  }

  function grantFor(role, purpose) {
    var own = null;
    var fallback = null;
    role.grants.forEach(function (grant) {
      if (grant.purpose === purpose) {
        own = grant;
      }
      if (grant.purpose === null) {
        fallback = grant;
      }
    });
    return own || fallback || { purpose: null, sources: [], fieldGroups: [] };
  }

  function accessOf(grant, group) {
    var found = 'WITHHELD';
    grant.fieldGroups.forEach(function (access) {
      if (access.fieldGroup === group) {
        found = access.access;
      }
    });
    return found;
  }

  function purpose() {
    return document.getElementById('grid-purpose').value;
  }

  function key(role, group) {
    return purpose() + '|' + role + '|' + group;
  }

  function groupTags(group) {
    var tags = [];
    if (group.location) {
      tags.push('location: withheld under the family violence indicator');
    }
    if (group.locate) {
      tags.push('locate data');
    }
    if (group.federalTaxInformation) {
      tags.push('federal tax information');
    }
    return tags.length ? ' (' + tags.join('; ') + ')' : '';
  }

  function renderGrid() {
    var head = document.getElementById('grid-head');
    var body = document.getElementById('grid-body');
    head.textContent = '';
    body.textContent = '';
    head.appendChild(el('th', { scope: 'col' }, 'Field group'));
    policy.roles.forEach(function (role) {
      var permitted = role.purposes.indexOf(purpose()) >= 0;
      head.appendChild(el('th', { scope: 'col', 'data-role': role.role }, [role.role,
        permitted ? null : el('span', { 'class': 'display-block text-normal' }, '(purpose not permitted)')]));
    });
    policy.fieldGroups.forEach(function (group) {
      var row = el('tr', { 'data-group': group.name }, el('th', { scope: 'row' }, [
        el('span', { 'class': 'text-bold' }, group.name),
        el('span', { 'class': 'display-block text-normal font-body-3xs' }, group.description + groupTags(group))]));
      policy.roles.forEach(function (role) {
        var current = accessOf(grantFor(role, purpose()), group.name);
        var id = 'cell-' + role.role + '-' + group.name.replace(/\./g, '-');
        var pending = edits[key(role.role, group.name)];
        var select = el('select', { 'class': 'usa-select', id: id, 'data-role': role.role, 'data-group': group.name,
          'aria-label': role.role + ', ' + group.name }, ACCESS.filter(function (option) {
          return option[0] !== 'MASKED' || group.maskable;
        }).map(function (option) {
          return el('option', { value: option[0], selected: (pending || current) === option[0] }, option[1]);
        }));
        var cell = el('td', { 'data-role': role.role }, [select,
          el('span', { 'class': 'cb-changed-note' + (pending ? '' : ' cb-hidden') }, 'changed')]);
        if (pending) {
          select.classList.add('cb-changed');
        }
        select.addEventListener('change', function () {
          if (select.value === current) {
            delete edits[key(role.role, group.name)];
          }
          else {
            edits[key(role.role, group.name)] = select.value;
          }
          var changed = edits[key(role.role, group.name)] !== undefined;
          select.classList.toggle('cb-changed', changed);
          cell.querySelector('.cb-changed-note').classList.toggle('cb-hidden', !changed);
        });
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
  }

  function renderVersion() {
    var v = policy.version;
    document.getElementById('policy-version').textContent = 'In force: version ' + v.version + ', changed '
      + v.changedAt.substring(0, 16).replace('T', ' ') + ' UTC by ' + v.changedBy + '.';
  }

  function renderHistory(history) {
    var body = document.getElementById('history-body');
    body.textContent = '';
    history.forEach(function (version) {
      var current = version.version === policy.version.version;
      var action = current ? el('span', {}, 'In force')
        : el('button', { type: 'button', 'class': 'usa-button usa-button--outline usa-button--small',
          'data-version': String(version.version) }, 'Roll back to version ' + version.version);
      if (!current) {
        action.addEventListener('click', function () {
          openRollback(version.version);
        });
      }
      body.appendChild(el('tr', { 'data-version': String(version.version) }, [
        el('th', { scope: 'row', 'data-label': 'Version' }, String(version.version)
          + (version.rollbackOf ? ' (rollback to ' + version.rollbackOf + ')' : '')),
        el('td', { 'data-label': 'When and who' }, version.changedAt.substring(0, 16).replace('T', ' ')
          + ' UTC, ' + version.changedBy),
        el('td', { 'data-label': 'Reason' }, version.reason),
        el('td', { 'data-label': 'What changed' }, el('ul', { 'class': 'usa-list cb-diff' },
          (version.summary.length ? version.summary : ['No change']).map(function (line) {
            return el('li', {}, line);
          }))),
        el('td', { 'data-label': 'Actions' }, action)
      ]));
    });
  }

  function renderRoles() {
    var select = document.getElementById('preview-role');
    select.textContent = '';
    policy.roles.forEach(function (role) {
      select.appendChild(el('option', { value: role.role }, role.role));
    });
  }

  function load() {
    return CB.graphql(POLICY, {}).then(function (body) {
      var error = firstError(body);
      if (error || !body.data) {
        show('policy-error', 'The policy could not be read: ' + (error || 'no answer'));
        return;
      }
      policy = body.data.accessPolicy;
      renderVersion();
      renderGrid();
      renderHistory(body.data.accessPolicyHistory);
      renderRoles();
      document.getElementById('main-content').setAttribute('data-version', String(policy.version.version));
    });
  }

  function reasonOk(id) {
    var reason = document.getElementById(id).value.trim();
    var group = document.getElementById(id + '-group');
    var error = document.getElementById(id + '-error');
    if (!reason) {
      group.classList.add('usa-form-group--error');
      error.textContent = 'Give the reason for this change.';
      document.getElementById(id).setAttribute('aria-invalid', 'true');
      document.getElementById(id).focus();
      return null;
    }
    group.classList.remove('usa-form-group--error');
    error.textContent = '';
    document.getElementById(id).removeAttribute('aria-invalid');
    return reason;
  }

  /** One setGrant per changed role, each based on the version the previous one made. */
  function save(event) {
    event.preventDefault();
    hideAlerts();
    var changed = {};
    Object.keys(edits).forEach(function (k) {
      var parts = k.split('|');
      if (parts[0] === purpose()) {
        changed[parts[1]] = true;
      }
    });
    var roles = Object.keys(changed);
    if (roles.length === 0) {
      show('policy-error', 'Nothing has changed for this purpose.');
      return;
    }
    var reason = reasonOk('change-reason');
    if (!reason) {
      return;
    }
    var version = policy.version.version;
    var chain = Promise.resolve(true);
    roles.forEach(function (roleName) {
      chain = chain.then(function (ok) {
        if (!ok) {
          return false;
        }
        var role = policy.roles.filter(function (r) {
          return r.role === roleName;
        })[0];
        var grant = grantFor(role, purpose());
        var input = {
          role: roleName,
          purpose: purpose(),
          sources: grant.sources,
          fieldGroups: policy.fieldGroups.map(function (group) {
            var pending = edits[key(roleName, group.name)];
            return { fieldGroup: group.name, access: pending || accessOf(grant, group.name) };
          })
        };
        return CB.graphql(SET_GRANT, { input: input, change: { reason: reason, basedOnVersion: version } })
          .then(function (body) {
            var error = firstError(body);
            if (error) {
              show('policy-error', 'Not saved for ' + roleName + ': ' + error);
              return false;
            }
            version = body.data.setGrant.version;
            return true;
          });
      });
    });
    chain.then(function (ok) {
      if (ok) {
        edits = {};
        document.getElementById('change-reason').value = '';
        load().then(function () {
          show('policy-saved', 'Saved. Version ' + version + ' is now in force.');
        });
      }
    });
  }

  var rollbackTo = null;

  function openRollback(version) {
    rollbackTo = version;
    document.getElementById('rollback-text').textContent = 'Make the content of version ' + version
      + ' the policy in force, as a new version.';
    document.getElementById('rollback-reason').value = '';
    document.getElementById('rollback-dialog').showModal();
    document.getElementById('rollback-reason').focus();
  }

  function confirmRollback(event) {
    event.preventDefault();
    var reason = reasonOk('rollback-reason');
    if (!reason) {
      return;
    }
    CB.graphql(ROLLBACK, { toVersion: rollbackTo, change: { reason: reason, basedOnVersion: policy.version.version } })
      .then(function (body) {
        document.getElementById('rollback-dialog').close();
        var error = firstError(body);
        if (error) {
          show('policy-error', 'Not rolled back: ' + error);
          return;
        }
        var made = body.data.rollbackPolicy.version;
        load().then(function () {
          show('policy-saved', 'Rolled back: version ' + made + ' restores version ' + rollbackTo + '.');
        });
      });
  }

  /** The handle of the first candidate with this SSN, or null (with the error shown) if none. */
  function findBySsn(ssn, group) {
    if (!ssn) {
      return Promise.resolve({ handle: null });
    }
    return CB.graphql(SEARCH, { criteria: { ssn: ssn } }).then(function (found) {
      var candidates = found && found.data && found.data.searchPeople && found.data.searchPeople.candidates;
      var ok = candidates && candidates.length > 0;
      document.getElementById(group + '-error').textContent = ok ? ''
        : (firstError(found) || 'No person with this SSN was found.');
      document.getElementById(group + '-group').classList.toggle('usa-form-group--error', !ok);
      return ok ? { handle: candidates[0].handle } : null;
    });
  }

  function preview(event) {
    event.preventDefault();
    var role = document.getElementById('preview-role').value;
    var previewPurpose = document.getElementById('preview-purpose').value;
    var ssn = document.getElementById('preview-ssn').value.trim();
    var childSsn = document.getElementById('preview-child-ssn').value.trim();
    Promise.all([findBySsn(ssn, 'preview-ssn'), findBySsn(childSsn, 'preview-child')]).then(function (found) {
      if (!found[0] || !found[1]) {
        return null;
      }
      return CB.graphql(PREVIEW, { role: role, purpose: previewPurpose, handle: found[0].handle,
        forChild: found[1].handle });
    }).then(function (body) {
      if (body) {
        renderPreview(body);
      }
    });
  }

  function renderPreview(body) {
    var result = document.getElementById('preview-result');
    var data = body.data && body.data.policyPreview;
    result.classList.remove('cb-hidden');
    var summary = document.getElementById('preview-summary');
    var groups = document.getElementById('preview-groups');
    var person = document.getElementById('preview-person');
    groups.textContent = '';
    person.textContent = '';
    if (!data) {
      summary.textContent = 'No preview: ' + (firstError(body) || 'no answer');
      return;
    }
    summary.textContent = data.permitted
      ? data.role + ' asking for ' + data.purpose + ' would query ' + (data.sources.join(', ') || 'no agency')
        + (data.locateLimitedToParents ? '; locate data only for a parent of the child the view is for.' : '.')
      : data.role + ' may not use the purpose ' + data.purpose + '.';
    data.fieldGroups.forEach(function (access) {
      groups.appendChild(el('li', { 'data-group': access.fieldGroup }, access.fieldGroup + ': '
        + access.access.charAt(0) + access.access.slice(1).toLowerCase()));
    });
    if (data.person) {
      var answer = { view: data.person, restrictions: new R.Restrictions(body, ['policyPreview']) };
      CB.append(person, [el('h4', {}, 'Identity')].concat(R.identity([answer]), [el('h4', {}, 'Support')],
        R.records([answer], 'support'), [el('h4', {}, 'Paternity')], R.records([answer], 'paternity'),
        [el('h4', {}, 'Placement')], R.records([answer], 'placements'), [el('h4', {}, 'Locate')], R.locate([answer])));
    }
    document.getElementById('preview-result-heading').focus();
  }

  document.getElementById('grid-purpose').addEventListener('change', renderGrid);
  document.getElementById('grid-form').addEventListener('submit', save);
  document.getElementById('discard-policy').addEventListener('click', function () {
    edits = {};
    renderGrid();
  });
  document.getElementById('rollback-form').addEventListener('submit', confirmRollback);
  document.getElementById('rollback-cancel').addEventListener('click', function () {
    document.getElementById('rollback-dialog').close();
  });
  document.getElementById('preview-form').addEventListener('submit', preview);
  window.addEventListener('pagehide', function () {
    document.getElementById('preview-ssn').value = '';
    document.getElementById('preview-child-ssn').value = '';
  });
  load();
}());
