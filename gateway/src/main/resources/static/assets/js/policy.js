/*
 * The security officer's policy console over the policy GraphQL API: a role × field-group
 * grid per purpose, saved with a required reason (one new version per changed role),
 * the version history with what each version changed, rollback, and "preview as role": the
 * decision for each field group, under the policy in force and under the unsaved changes.
 */
(function () {
  'use strict';
  var CB = window.CaseBridge;
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
    + ' { candidates { handle displayName dateOfBirth } } }';
  var DECISION = '{ fieldGroup access reason }';
  var PREVIEW = 'query Preview($role: ID!, $purpose: PurposeOfUse!, $handle: ID, $forChild: ID, $draft: GrantInput) {'
    + ' policyPreview(role: $role, purpose: $purpose, handle: $handle, forChild: $forChild, draft: $draft) {'
    + ' role purpose permitted sources fieldGroups { fieldGroup access } locateLimitedToParents'
    + ' draft { changes problems { path code message } permitted sources fieldGroups { fieldGroup access } }'
    + ' person { decisions ' + DECISION + ' draftDecisions ' + DECISION + ' } } }';

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
        var input = grantInput(roleName);
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

  /** The grant the grid's unsaved changes make for the role and the grid's purpose, as setGrant takes it. */
  function grantInput(roleName) {
    var role = policy.roles.filter(function (r) {
      return r.role === roleName;
    })[0];
    var grant = grantFor(role, purpose());
    return {
      role: roleName,
      purpose: purpose(),
      sources: grant.sources,
      fieldGroups: policy.fieldGroups.map(function (group) {
        var pending = edits[key(roleName, group.name)];
        return { fieldGroup: group.name, access: pending || accessOf(grant, group.name) };
      })
    };
  }

  /** Whether the grid holds unsaved changes for the role under the grid's purpose. */
  function hasEdits(roleName) {
    return Object.keys(edits).some(function (k) {
      var parts = k.split('|');
      return parts[0] === purpose() && parts[1] === roleName;
    });
  }

  /**
   * The first candidate a case-review search by name finds, with how many were found; { handle: null }
   * without a name, null (with the error shown) if none.
   */
  function findByName(last, first, group) {
    if (!last) {
      return Promise.resolve({ handle: null });
    }
    var criteria = { lastName: last };
    if (first) {
      criteria.firstName = first;
    }
    return CB.graphql(SEARCH, { criteria: criteria }).then(function (found) {
      var candidates = found && found.data && found.data.searchPeople && found.data.searchPeople.candidates;
      var ok = candidates && candidates.length > 0;
      document.getElementById(group + '-error').textContent = ok ? ''
        : (firstError(found) || 'No person with this name was found.');
      document.getElementById(group + '-group').classList.toggle('usa-form-group--error', !ok);
      return ok ? { handle: candidates[0].handle, who: candidates[0], count: candidates.length } : null;
    });
  }

  function value(id) {
    return document.getElementById(id).value.trim();
  }

  function preview(event) {
    event.preventDefault();
    var role = document.getElementById('preview-role').value;
    var previewPurpose = document.getElementById('preview-purpose').value;
    var withDraft = document.getElementById('preview-draft').checked && previewPurpose === purpose() && hasEdits(role);
    var variables = { role: role, purpose: previewPurpose, draft: withDraft ? grantInput(role) : null };
    Promise.all([findByName(value('preview-last'), value('preview-first'), 'preview-person'),
      findByName(value('preview-child-last'), value('preview-child-first'), 'preview-child')]).then(function (found) {
      if (!found[0] || !found[1]) {
        return null;
      }
      variables.handle = found[0].handle;
      variables.forChild = found[1].handle;
      return CB.graphql(PREVIEW, variables).then(function (body) {
        return { body: body, person: found[0] };
      });
    }).then(function (answer) {
      if (answer) {
        renderPreview(answer.body, answer.person);
      }
    });
  }

  function label(decision) {
    var text = decision.access.charAt(0) + decision.access.slice(1).toLowerCase();
    return decision.reason ? text + ' (' + decision.reason + ')' : text;
  }

  function cell(decision) {
    if (!decision) {
      return el('td', {}, '—');
    }
    return el('td', { 'data-access': decision.access, 'data-reason': decision.reason || '' }, label(decision));
  }

  function byGroup(list) {
    var all = {};
    (list || []).forEach(function (decision) {
      all[decision.fieldGroup] = decision;
    });
    return all;
  }

  function renderPreview(body, person) {
    var result = document.getElementById('preview-result');
    var data = body.data && body.data.policyPreview;
    result.classList.remove('cb-hidden');
    var summary = document.getElementById('preview-summary');
    var groups = document.getElementById('preview-groups');
    var changes = document.getElementById('preview-changes');
    var who = document.getElementById('preview-who');
    groups.textContent = '';
    changes.textContent = '';
    who.textContent = '';
    if (!data) {
      summary.textContent = 'No preview: ' + (firstError(body) || 'no answer');
      return;
    }
    summary.textContent = data.permitted
      ? data.role + ' asking for ' + data.purpose + ' would query ' + (data.sources.join(', ') || 'no agency')
        + (data.locateLimitedToParents ? '; locate data only for a parent of the child the view is for.' : '.')
      : data.role + ' may not use the purpose ' + data.purpose + '.';
    if (person.handle) {
      who.textContent = 'Decided for ' + person.who.displayName
        + (person.who.dateOfBirth ? ', born ' + person.who.dateOfBirth : '')
        + (person.count > 1 ? ' (the first of ' + person.count + ' people with this name)' : '') + '.';
    }
    var draft = data.draft;
    document.getElementById('preview-draft-heading').classList.toggle('cb-hidden', !draft);
    if (draft) {
      (draft.problems.length ? draft.problems.map(function (problem) {
        return 'Could not be saved: ' + problem.message;
      }) : draft.changes).forEach(function (line) {
        changes.appendChild(el('li', {}, line));
      });
    }
    var current = byGroup(data.person ? data.person.decisions : data.fieldGroups);
    var drafted = draft ? byGroup(data.person ? data.person.draftDecisions : draft.fieldGroups) : {};
    data.fieldGroups.forEach(function (access) {
      var row = el('tr', { 'data-group': access.fieldGroup }, [el('th', { scope: 'row' }, access.fieldGroup),
        cell(current[access.fieldGroup])]);
      if (draft) {
        row.appendChild(cell(drafted[access.fieldGroup]));
      }
      groups.appendChild(row);
    });
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
    ['preview-last', 'preview-first', 'preview-child-last', 'preview-child-first'].forEach(function (id) {
      document.getElementById(id).value = '';
    });
  });
  load();
}());
