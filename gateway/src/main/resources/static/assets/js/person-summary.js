/*
 * The summary at the top of the person view: the person's joint-case flags, their role in
 * each case with the order, arrears and last payment, each case's assigned worker, and
 * the latest address and employer. Everything but the flags is read from the agencies'
 * answers the view already holds for this reader, so the summary can never show more
 * than the sections below it: a value the reader's grant, the Family Violence Indicator
 * or the locate limit withholds is the same "Restricted" marker here, never a value.
 */
(function () {
  'use strict';
  var CB = window.CaseBridge;
  var R = window.CaseBridgePerson;
  var F = window.CaseBridgeFlags;
  var el = CB.el;
  var money = R.format.money;
  var code = R.format.code;

  /** The first restriction at or under a path, or null. */
  function restrictedWithin(restrictions, path) {
    var prefix = path.join('.');
    var found = null;
    restrictions.all.forEach(function (restriction) {
      var at = restriction.path.join('.');
      if (!found && (at === prefix || at.indexOf(prefix + '.') === 0)) {
        found = restriction;
      }
    });
    return found;
  }

  function notRecorded(text) {
    return el('span', { 'class': 'cb-empty' }, text || 'Not recorded');
  }

  /** A part of a record, or its marker when withheld. */
  function guarded(row, key, describe, emptyText) {
    var restriction = restrictedWithin(row.restrictions, row.path.concat([key]));
    if (restriction) {
      return R.restrictedMarker(restriction);
    }
    var value = row.item[key];
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
      return notRecorded(emptyText);
    }
    return describe(value);
  }

  function worker(value) {
    var lines = [el('span', { 'class': 'cb-worker__name' }, value.name || 'Name not recorded')];
    if (value.office) {
      lines.push(el('span', {}, value.office));
    }
    lines.push(value.phone ? el('a', { 'class': 'usa-link cb-worker__phone', href: 'tel:' + value.phone.replace(/[^0-9+]/g, '') },
      value.phone) : notRecorded('Phone not recorded'));
    lines.push(value.email ? el('a', { 'class': 'usa-link cb-worker__email', href: 'mailto:' + value.email }, value.email)
      : notRecorded('E-mail not recorded'));
    return el('span', { 'class': 'cb-worker' }, lines);
  }

  function supportRow(row, own) {
    var item = row.item;
    var roles = (item.participants || []).filter(function (participant) {
      return participant.agencyPersonId && own['SUPPORT:' + participant.agencyPersonId];
    }).map(function (participant) {
      return code(participant.role);
    });
    return [
      'Child support case ' + item.caseNumber + ' (' + [code(item.caseType), String(code(item.status) || '').toLowerCase()]
        .filter(Boolean).join(', ') + ')',
      roles.length ? roles.join(', ') : notRecorded('Not named on the case'),
      guarded(row, 'order', function (order) {
        return (money(order.amount) || 'Amount not recorded')
          + (order.frequency ? ' ' + String(code(order.frequency)).toLowerCase() : '');
      }, 'No order'),
      guarded(row, 'arrears', function (arrears) {
        return 'Family ' + (money(arrears.family) || '$0') + ', state ' + (money(arrears.state) || '$0')
          + (arrears.asOfDate ? ' (' + arrears.asOfDate + ')' : '');
      }),
      guarded(row, 'payments', function (payments) {
        var last = payments[0];
        return (money(last.amount) || 'Amount not recorded') + ' on ' + (last.receivedOn || 'an unrecorded date') + ' (' + code(last.source) + ')';
      }, 'None recorded'),
      guarded(row, 'worker', worker)
    ];
  }

  function welfareRow(row, own) {
    var item = row.item;
    var role;
    if (own['WELFARE:' + item.childAgencyPersonId]) {
      role = item.dischargeDate ? 'Child, left care ' + item.dischargeDate : 'Child in care';
    }
    else {
      var parents = (item.parents || []).filter(function (parent) {
        return parent.agencyPersonId && own['WELFARE:' + parent.agencyPersonId];
      });
      role = parents.length ? code(parents[0].relationship) + ' of ' + (item.childName || 'the child')
        : notRecorded('Not named on the episode');
    }
    var none = function () {
      return el('span', { 'class': 'cb-empty' }, 'Not a support case');
    };
    return [
      'Child welfare removal episode ' + item.episodeId + (item.removalDate ? ' (removed ' + item.removalDate + ')' : ''),
      role, none(), none(), none(), guarded(row, 'worker', worker)
    ];
  }

  var COLUMNS = ['Case', 'This person\'s role', 'Order', 'Arrears', 'Last payment', 'Assigned worker'];

  function casesTable(support, welfare, own, states) {
    var body = [];
    var width = String(COLUMNS.length);
    [[support, 'support', supportRow, 'SUPPORT'], [welfare, 'placements', welfareRow, 'WELFARE']].forEach(function (spec) {
      var state = states[spec[3]] || 'LOADING';
      if (state === 'LOADING') {
        body.push(el('tr', {}, el('td', { colspan: width }, notRecorded('Waiting for ' + CB.sourceLabel(spec[3])))));
        return;
      }
      if (state !== 'OK' && state !== 'NOT_FOUND') {
        body.push(el('tr', {}, el('td', { colspan: width }, R.missingMarker({ source: spec[3], state: state }))));
        return;
      }
      R.rowsOf(spec[0], [spec[1]]).forEach(function (row) {
        var cells;
        if (row.restricted) {
          body.push(el('tr', {}, el('td', { colspan: String(COLUMNS.length) }, R.restrictedMarker(row.restricted))));
          return;
        }
        if (row.missing) {
          body.push(el('tr', {}, el('td', { colspan: String(COLUMNS.length) }, R.missingMarker(row.missing))));
          return;
        }
        cells = spec[2](row, own);
        body.push(el('tr', { 'data-case': row.item.caseNumber || row.item.episodeId }, cells.map(function (cell, index) {
          return el(index === 0 ? 'th' : 'td', index === 0 ? { scope: 'row' } : { 'data-label': COLUMNS[index] }, cell);
        })));
      });
    });
    if (body.length === 0) {
      body.push(el('tr', {}, el('td', { colspan: width },
        'Neither child support nor child welfare holds a case of this person')));
    }
    return el('table', { 'class': 'usa-table usa-table--borderless usa-table--compact usa-table--stacked cb-table',
      id: 'summary-cases' }, [
      el('caption', {}, 'Cases and who to call'),
      el('thead', {}, el('tr', {}, COLUMNS.map(function (column) {
        return el('th', { scope: 'col' }, column);
      }))),
      el('tbody', {}, body)]);
  }

  /** The newest item of a locate list, or its marker, or words saying why there is none. */
  function latest(locate, key, pick, describe) {
    var answer = locate[0];
    var state = answer ? answer.status.state : 'LOADING';
    if (state !== 'OK') {
      return notAnswered(state);
    }
    var whole = answer.restrictions.missingAt(['person', 'locate']);
    if (whole) {
      return R.missingMarker(whole);
    }
    var rows = R.rowsOf(locate, ['locate', key]);
    var restricted = rows.filter(function (row) {
      return row.restricted;
    })[0];
    if (restricted) {
      return R.restrictedMarker(restricted.restricted);
    }
    var missing = rows.filter(function (row) {
      return row.missing;
    })[0];
    if (missing) {
      return R.missingMarker(missing.missing);
    }
    var best = null;
    rows.forEach(function (row) {
      var inner = restrictedWithin(row.restrictions, row.path);
      if (inner) {
        best = best && best.marker ? best : { marker: inner };
        return;
      }
      if (best && best.marker) {
        return;
      }
      if (pick(row.item) && (!best || pick(row.item) > pick(best.item))) {
        best = row;
      }
      else if (!best) {
        best = row;
      }
    });
    if (!best) {
      return notRecorded('None recorded');
    }
    if (best.marker) {
      return R.restrictedMarker(best.marker);
    }
    var p = best.item.provenance || {};
    return el('span', {}, [describe(best.item), el('span', { 'class': 'cb-summary__source' },
      ' (' + CB.sourceLabel(p.source) + ', as of ' + (p.asOf ? String(p.asOf).substring(0, 10) : 'date not given') + ')')]);
  }

  /** Why Locate's answer holds no list to pick from: never "none" unless it says so. */
  function notAnswered(state) {
    if (state === 'LOADING') {
      return notRecorded('Waiting for Locate');
    }
    if (state === 'NOT_FOUND') {
      return notRecorded('Locate holds no record of this person');
    }
    return R.missingMarker({ source: 'LOCATE', state: state });
  }

  function whereabouts(locate) {
    var address = latest(locate, 'addresses', function (item) {
      return item.since || (item.provenance && item.provenance.asOf) || '';
    }, function (item) {
      return R.format.address(item);
    });
    var employer = latest(locate, 'employers', function (item) {
      return item.separatedOn ? '' : (item.hiredOn || '');
    }, function (item) {
      return (item.employerName || 'Employer not named') + (item.hiredOn ? ', hired ' + item.hiredOn : '')
        + (item.separatedOn ? ', left ' + item.separatedOn : '');
    });
    return el('dl', { 'class': 'cb-fields', id: 'summary-whereabouts' }, [
      el('div', { 'class': 'cb-field', 'data-summary': 'address' }, [el('dt', {}, 'Latest address'), el('dd', {}, address)]),
      el('div', { 'class': 'cb-field', 'data-summary': 'employer' }, [el('dt', {}, 'Employer'), el('dd', {}, employer)])]);
  }

  function flagList(flags) {
    if (!flags) {
      return el('p', { 'class': 'cb-empty', id: 'summary-flags' }, 'Asking for joint-case flags…');
    }
    var answer = flags.body && flags.body.data && flags.body.data.jointCaseFlags;
    if (!answer) {
      var error = flags.body && flags.body.errors && flags.body.errors[0];
      return el('p', { id: 'summary-flags', 'data-state': 'UNAVAILABLE' },
        'Joint-case flags are unavailable' + (error && error.message ? ' (' + error.message + ')' : '')
        + '. This does not mean there are none.');
    }
    if (answer.flags.length === 0) {
      return el('p', { id: 'summary-flags', 'data-state': 'NONE' }, 'No joint-case flags on this person.');
    }
    return el('ul', { 'class': 'usa-list usa-list--unstyled cb-summary-flags', id: 'summary-flags' },
      answer.flags.map(function (flag, index) {
        return el('li', { 'class': 'cb-summary-flag', 'data-kind': flag.kind }, [
          el('h4', {}, F.title(flag.kind))].concat(F.details(flag, ['jointCaseFlags', 'flags', index], flags.restrictions,
          { withoutEvidence: true })));
      }));
  }

  /**
   * Fills the summary from the agencies' answers (support, welfare, locate: each a list
   * of at most one answer), each agency's state, this person's agency record ids
   * ("SUPPORT:123") and the flags' answer (null while it is awaited).
   */
  function render(parts) {
    var box = document.getElementById('summary-body');
    box.textContent = '';
    CB.append(box, [
      el('h3', {}, 'Joint-case flags'), flagList(parts.flags),
      casesTable(parts.support, parts.welfare, parts.own, parts.states),
      el('h3', {}, 'Latest address and employer'),
      whereabouts(parts.locate)]);
  }

  window.CaseBridgeSummary = { render: render };
}());
