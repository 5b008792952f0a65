/*
 * Renders a person's records from the GraphQL answer: every value under its agency and
 * as-of date, every withheld value as a visible "Restricted" marker with its reason,
 * never as an empty field, and every section an agency did not fill (not answered,
 * denied, only a possible match) as missing, never as "none". Text only: nothing from
 * the data is ever parsed as HTML.
 */
(function () {
  'use strict';
  var CB = window.CaseBridge;
  var el = CB.el;
  var ACRONYMS = ['TANF', 'IV', 'VAP', 'DMV', 'IRS', 'APPLA', 'TPR', 'EIN', 'NCP', 'CP'];

  function code(value) {
    if (typeof value !== 'string') {
      return value;
    }
    var words = value.split('_').map(function (word) {
      return ACRONYMS.indexOf(word) >= 0 ? word : word.toLowerCase();
    });
    var text = words.join(' ').replace('IV e', 'IV-E').replace('IV d', 'IV-D');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function money(value) {
    return value === null || value === undefined ? value : '$' + value;
  }

  function yesNo(value) {
    return value === true ? 'Yes' : (value === false ? 'No' : value);
  }

  function percent(value) {
    if (typeof value !== 'number') {
      return value;
    }
    return (value <= 1 ? value * 100 : value).toFixed(2) + '%';
  }

  function date(value) {
    return typeof value === 'string' ? value.substring(0, 10) : value;
  }

  function address(value) {
    if (!value) {
      return value;
    }
    var parts = [value.line1, value.line2, [value.city, value.state].filter(Boolean).join(', '), value.postalCode];
    return parts.filter(Boolean).join(', ');
  }

  function personName(value) {
    return [value.first, value.middle, value.last].filter(Boolean).join(' ');
  }

  var P = 'provenance { source recordId asOf retrievedAt }';
  var ADDRESS = '{ ' + P + ' kind line1 line2 city state postalCode since }';
  var WORKER = '{ name office phone email }';
  var SELECTION = '{ handle'
    + ' identity { names { first middle last kind ' + P + ' } datesOfBirth { value estimated ' + P + ' }'
    + ' ssns { value ' + P + ' } sexes { value ' + P + ' } datesOfDeath { value estimated ' + P + ' } }'
    + ' support { ' + P + ' caseNumber caseType status openedOn participants { agencyPersonId name role }'
    + ' order { orderNumber kind amount frequency medicalSupport effectiveDate }'
    + ' arrears { family state asOfDate } payments { paymentId receivedOn amount source }'
    + ' taxOffsets { paymentId receivedOn amount source }'
    + ' disbursements { disbursementId issuedOn amount payeeType payeeName }'
    + ' taxOffsetDisbursements { disbursementId issuedOn amount payeeType payeeName }'
    + ' assignment { program effectiveDate } referral { source referredOn } worker ' + WORKER + ' }'
    + ' paternity { ' + P + ' birthCertificateNumber childAgencyPersonId childName childDateOfBirth motherName'
    + ' legalFatherName method establishedOn vapSignedOn vapRescissionDeadline vapRescindedOn'
    + ' allegedFathers { agencyPersonId name basis } geneticTests { testId allegedFatherAgencyPersonId testedOn result probability }'
    + ' conflicts }'
    + ' placements { ' + P + ' episodeId childAgencyPersonId childName removalDate removalReason'
    + ' placements { placementId setting startDate endDate providerName address ' + ADDRESS + ' }'
    + ' permanencyGoal legalCustody terminations { parentAgencyPersonId parentName terminatedOn voluntary }'
    + ' iveEligibility { eligible determinedOn monthlyMaintenance }'
    + ' referralDecision { referTo reason decidedOn reviewBy } dischargeDate dischargeReason worker ' + WORKER
    + ' parents { agencyPersonId name relationship } }'
    + ' locate { addresses ' + ADDRESS + ' employers { ' + P + ' employerName ein hiredOn separatedOn employerAddress '
    + ADDRESS + ' } wages { ' + P + ' quarter employerName ein amount }'
    + ' driverRecords { ' + P + ' licenseNumber issuingState status expiresOn address ' + ADDRESS + ' } }'
    + ' sources { source state reason latencyMs attempts }'
    + ' possibleMatches { handle displayName dateOfBirth records { provenance { source recordId } } } }';


  var FORMATS = { code: code, money: money, yesNo: yesNo, percent: percent, date: date, address: address };

  /** What each RESTRICTED reason means, in the caseworker's words. */
  var REASONS = {
    NOT_GRANTED: 'Restricted: not granted to your role for this purpose',
    FTI: 'Restricted: federal tax information, for child-support staff only',
    LOCATE_LIMIT: 'Restricted: locate data only for a parent or putative father of the child this view is for',
    PROTECTED: 'Disclosure restricted'
  };

  function reasonWords(reason) {
    return REASONS[reason] || ('Restricted: ' + reason);
  }

  /**
   * Where a value is withheld (errors with code RESTRICTED) and where a section is missing
   * because its agency did not fill it (code SOURCE_UNAVAILABLE), by path. Paths are kept
   * from "person" on, whatever field the person was fetched under. A section that was
   * not asked for (state NOT_REQUESTED) is simply not part of this answer.
   */
  function Restrictions(body, root) {
    this.byPath = {};
    this.all = [];
    this.missingByPath = {};
    var self = this;
    var skip = (root || []).length;
    CB.errorsWithCode(body, 'RESTRICTED').forEach(function (error) {
      var restriction = {
        path: (error.path || []).slice(skip),
        reason: (error.extensions && error.extensions.reason) || 'NOT_GRANTED',
        fieldGroup: (error.extensions && error.extensions.fieldGroup) || null,
        message: error.message || null
      };
      restriction.key = restriction.path.join('.') + '|' + restriction.reason;
      self.byPath[restriction.path.join('.')] = restriction;
      self.all.push(restriction);
    });
    CB.errorsWithCode(body, 'SOURCE_UNAVAILABLE').forEach(function (error) {
      var extensions = error.extensions || {};
      if (extensions.state === 'NOT_REQUESTED') {
        return;
      }
      self.missingByPath[(error.path || []).slice(skip).join('.')] = {
        source: extensions.source || null,
        state: extensions.state || 'UNAVAILABLE',
        reason: extensions.reason || null
      };
    });
  }

  Restrictions.prototype.at = function (path) {
    return this.byPath[path.join('.')] || null;
  };

  /** Why a section is missing from this answer, or null. */
  Restrictions.prototype.missingAt = function (path) {
    return this.missingByPath[path.join('.')] || null;
  };

  /** Words for a section an agency did not fill, never "none". */
  function missingWords(missing) {
    var label = CB.sourceLabel(missing.source);
    if (missing.state === 'POSSIBLE_MATCH') {
      return 'Not shown: ' + label + ' holds only a record that may be this person';
    }
    if (missing.state === 'DENIED') {
      return 'Not shown: ' + label + ' is not permitted for this purpose';
    }
    return 'Unavailable: ' + label + ' did not answer. This does not mean there are none';
  }

  function missingMarker(missing) {
    return el('span', { 'class': 'cb-missing', 'data-state': missing.state }, [
      CB.icon(missing.state === 'POSSIBLE_MATCH' ? 'help' : 'error'), el('span', {}, missingWords(missing))]);
  }

  function restrictedMarker(restriction) {
    return el('span', { 'class': 'cb-restricted', 'data-reason': restriction.reason,
      'data-field-group': restriction.fieldGroup }, [CB.icon('lock'), el('span', {}, reasonWords(restriction.reason))]);
  }

  /** A value, or the reason it is withheld, or that the agency did not record it. */
  function valueOf(item, key, path, restrictions, format) {
    var reason = restrictions.at(path.concat([key]));
    if (reason) {
      return restrictedMarker(reason);
    }
    var value = item ? item[key] : null;
    if (format) {
      value = (FORMATS[format] || format)(value);
    }
    if (value === null || value === undefined || value === '') {
      return el('span', { 'class': 'cb-empty' }, 'Not recorded');
    }
    return Array.isArray(value) ? (value.length ? value.map(code).join(', ') : 'None') : String(value);
  }

  function provenance(item) {
    if (!item || !item.provenance) {
      return null;
    }
    var p = item.provenance;
    return el('p', { 'class': 'cb-provenance' }, [
      el('span', { 'class': 'cb-provenance__source' }, 'Source: ' + CB.sourceLabel(p.source)),
      ', record ' + p.recordId + ', as of ' + (p.asOf ? date(p.asOf) : 'date not given')
    ]);
  }

  function fields(item, specs, path, restrictions) {
    return el('dl', { 'class': 'cb-fields' }, specs.map(function (spec) {
      return el('div', { 'class': 'cb-field' }, [
        el('dt', {}, spec[0]), el('dd', {}, valueOf(item, spec[1], path, restrictions, spec[2]))]);
    }));
  }

  /** A table whose rows may come from several agencies' answers. */
  function table(caption, columns, rows, withSource, emptyText) {
    var head = columns.map(function (column) {
      return el('th', { scope: 'col' }, column[0]);
    });
    if (withSource) {
      head.push(el('th', { scope: 'col' }, 'Source'), el('th', { scope: 'col' }, 'As of'));
    }
    var body = rows.map(function (row) {
      if (row.restricted) {
        return el('tr', {}, el('td', { colspan: String(head.length) }, restrictedMarker(row.restricted)));
      }
      if (row.missing) {
        return el('tr', {}, el('td', { colspan: String(head.length) }, missingMarker(row.missing)));
      }
      var cells = columns.map(function (column) {
        return el('td', { 'data-label': column[0] },
          valueOf(row.item, column[1], row.path, row.restrictions, column[2]));
      });
      if (withSource) {
        var p = row.item.provenance || {};
        cells.push(el('td', { 'data-label': 'Source' }, CB.sourceLabel(p.source) + ' ' + (p.recordId || '')),
          el('td', { 'data-label': 'As of' }, p.asOf ? date(p.asOf) : 'Not given'));
      }
      return el('tr', {}, cells);
    });
    if (body.length === 0) {
      body.push(el('tr', {}, el('td', { colspan: String(head.length) }, emptyText || 'None recorded')));
    }
    return el('table', { 'class': 'usa-table usa-table--borderless usa-table--compact usa-table--stacked cb-table' }, [
      el('caption', {}, caption), el('thead', {}, el('tr', {}, head)), el('tbody', {}, body)]);
  }

  /**
   * Rows of one list across answers: [{ item, path, restrictions }], a restricted row or a
   * missing row. Several answers can withhold the same list for the same reason (each
   * agency's answer carries the person-level decisions): that is one restriction, one row.
   */
  function rowsOf(answers, listPath) {
    var rows = [];
    var seen = {};
    answers.forEach(function (answer) {
      var list = answer.view;
      var ok = true;
      listPath.forEach(function (key) {
        list = (list && list[key] !== undefined) ? list[key] : null;
      });
      var path = ['person'].concat(listPath);
      var reason = answer.restrictions.at(path);
      var missing = answer.restrictions.missingAt(path);
      if (reason) {
        if (!seen[reason.key]) {
          seen[reason.key] = true;
          rows.push({ restricted: reason });
        }
        ok = false;
      }
      else if (missing && list === null) {
        rows.push({ missing: missing });
        ok = false;
      }
      if (ok && Array.isArray(list)) {
        list.forEach(function (item, index) {
          rows.push({ item: item, path: path.concat([index]), restrictions: answer.restrictions });
        });
      }
    });
    return rows;
  }

  function group(label, item, key, specs, path, restrictions) {
    var reason = restrictions.at(path.concat([key]));
    var content;
    if (reason) {
      content = restrictedMarker(reason);
    }
    else if (!item[key]) {
      content = el('p', { 'class': 'cb-empty' }, 'Not recorded');
    }
    else {
      content = fields(item[key], specs, path.concat([key]), restrictions);
    }
    return el('div', { 'class': 'cb-group' }, [el('h4', {}, label), content]);
  }

  function subTable(label, item, key, columns, path, restrictions) {
    var reason = restrictions.at(path.concat([key]));
    if (reason) {
      return el('div', { 'class': 'cb-group' }, [el('h4', {}, label), restrictedMarker(reason)]);
    }
    var rows = (item[key] || []).map(function (row, index) {
      return { item: row, path: path.concat([key, index]), restrictions: restrictions };
    });
    return table(label, columns, rows, false);
  }

  var WORKER = [['Name', 'name'], ['Office', 'office'], ['Phone', 'phone'], ['Email', 'email']];

  var RECORDS = {
    support: function (item, path, r) {
      return [
        fields(item, [['Case number', 'caseNumber'], ['Case type', 'caseType', 'code'], ['Status', 'status', 'code'],
          ['Opened', 'openedOn']], path, r),
        subTable('Participants', item, 'participants', [['Name', 'name'], ['Role', 'role', 'code'],
          ['Agency id', 'agencyPersonId']], path, r),
        group('Order', item, 'order', [['Order number', 'orderNumber'], ['Kind', 'kind', 'code'],
          ['Amount', 'amount', 'money'], ['Frequency', 'frequency', 'code'], ['Medical support', 'medicalSupport', 'yesNo'],
          ['Effective', 'effectiveDate']], path, r),
        group('Arrears', item, 'arrears', [['Owed to the family', 'family', 'money'], ['Owed to the state', 'state', 'money'],
          ['Computed on', 'asOfDate']], path, r),
        subTable('Payments', item, 'payments', [['Received', 'receivedOn'], ['Amount', 'amount', 'money'],
          ['From', 'source', 'code'], ['Payment id', 'paymentId']], path, r),
        subTable('Federal tax refund offsets', item, 'taxOffsets', [['Received', 'receivedOn'],
          ['Amount', 'amount', 'money'], ['Payment id', 'paymentId']], path, r),
        subTable('Disbursements', item, 'disbursements', [['Issued', 'issuedOn'], ['Amount', 'amount', 'money'],
          ['Payee type', 'payeeType', 'code'], ['Payee', 'payeeName']], path, r),
        subTable('Disbursements of federal tax refund offsets', item, 'taxOffsetDisbursements', [['Issued', 'issuedOn'],
          ['Amount', 'amount', 'money'], ['Payee type', 'payeeType', 'code'], ['Payee', 'payeeName']], path, r),
        group('Assignment of support rights', item, 'assignment', [['Program', 'program', 'code'],
          ['Effective', 'effectiveDate']], path, r),
        group('Referral', item, 'referral', [['Referred by', 'source', 'code'], ['Referred on', 'referredOn']], path, r),
        group('Assigned worker', item, 'worker', WORKER, path, r)
      ];
    },
    paternity: function (item, path, r) {
      return [
        fields(item, [['Birth certificate', 'birthCertificateNumber'], ['Child', 'childName'],
          ['Child\'s date of birth', 'childDateOfBirth'], ['Mother', 'motherName'], ['Legal father', 'legalFatherName'],
          ['Method', 'method', 'code'], ['Established', 'establishedOn'], ['Acknowledgment signed', 'vapSignedOn'],
          ['Rescission deadline', 'vapRescissionDeadline'], ['Rescinded', 'vapRescindedOn'],
          ['Conflicts', 'conflicts']], path, r),
        subTable('Alleged fathers', item, 'allegedFathers', [['Name', 'name'], ['Basis', 'basis', 'code'],
          ['Agency id', 'agencyPersonId']], path, r),
        subTable('Genetic tests', item, 'geneticTests', [['Test', 'testId'], ['Tested', 'testedOn'],
          ['Result', 'result', 'code'], ['Probability', 'probability', 'percent']], path, r)
      ];
    },
    placements: function (item, path, r) {
      return [
        fields(item, [['Episode', 'episodeId'], ['Child', 'childName'], ['Child\'s agency id', 'childAgencyPersonId'],
          ['Removed', 'removalDate'], ['Removal reason', 'removalReason', 'code'],
          ['Permanency goal', 'permanencyGoal', 'code'], ['Legal custody', 'legalCustody', 'code'],
          ['Discharged', 'dischargeDate'], ['Discharge reason', 'dischargeReason', 'code']], path, r),
        subTable('Placements', item, 'placements', [['Setting', 'setting', 'code'], ['Start', 'startDate'],
          ['End', 'endDate'], ['Caregiver or facility', 'providerName'], ['Address', 'address', 'address']], path, r),
        subTable('Terminations of parental rights', item, 'terminations', [['Parent', 'parentName'],
          ['Terminated', 'terminatedOn'], ['Voluntary', 'voluntary', 'yesNo']], path, r),
        group('Title IV-E eligibility', item, 'iveEligibility', [['Eligible', 'eligible', 'yesNo'],
          ['Determined', 'determinedOn'], ['Monthly maintenance', 'monthlyMaintenance', 'money']], path, r),
        group('Referral to child support', item, 'referralDecision', [['Refer', 'referTo', 'code'],
          ['Reason', 'reason'], ['Decided', 'decidedOn'], ['Review by', 'reviewBy']], path, r),
        subTable('Parents', item, 'parents', [['Name', 'name'], ['Relationship', 'relationship', 'code'],
          ['Agency id', 'agencyPersonId']], path, r),
        group('Assigned worker', item, 'worker', WORKER, path, r)
      ];
    }
  };

  var TITLES = {
    support: function (item) { return 'Support case ' + (item.caseNumber || ''); },
    paternity: function (item) { return 'Birth ' + (item.birthCertificateNumber || ''); },
    placements: function (item) { return 'Removal episode ' + (item.episodeId || ''); }
  };

  /**
   * Record cards for support, paternity or placement, across answers. With quiet, a
   * section its agency did not fill gives no card (the caller says so otherwise).
   */
  function records(answers, key, quiet) {
    return rowsOf(answers, [key]).filter(function (row) {
      return !(quiet && row.missing);
    }).map(function (row) {
      if (row.restricted) {
        return el('div', { 'class': 'cb-record' }, restrictedMarker(row.restricted));
      }
      if (row.missing) {
        return el('p', { 'class': 'cb-record' }, missingMarker(row.missing));
      }
      return el('article', { 'class': 'cb-record' }, [
        el('h3', {}, TITLES[key](row.item)), provenance(row.item)
      ].concat(RECORDS[key](row.item, row.path, row.restrictions)));
    });
  }

  function identity(answers, emptyText) {
    var names = rowsOf(answers, ['identity', 'names']).map(function (row) {
      if (!row.restricted) {
        row.item = Object.assign({ fullName: personName(row.item) }, row.item);
      }
      return row;
    });
    return [
      table('Names', [['Name', 'fullName'], ['Kind', 'kind', 'code']], names, true, emptyText),
      table('Dates of birth', [['Date', 'value'], ['Estimated', 'estimated', 'yesNo']],
        rowsOf(answers, ['identity', 'datesOfBirth']), true, emptyText),
      table('Social Security numbers', [['SSN', 'value']], rowsOf(answers, ['identity', 'ssns']), true, emptyText),
      table('Sex', [['Sex', 'value', 'code']], rowsOf(answers, ['identity', 'sexes']), true, emptyText),
      table('Dates of death', [['Date', 'value']], rowsOf(answers, ['identity', 'datesOfDeath']), true, emptyText)
    ];
  }

  function locate(answers, emptyText) {
    return [
      table('Addresses', [['Kind', 'kind', 'code'], ['Address', 'line1'], ['City', 'city'], ['State', 'state'],
        ['ZIP', 'postalCode'], ['Since', 'since']], rowsOf(answers, ['locate', 'addresses']), true, emptyText),
      table('Employers', [['Employer', 'employerName'], ['EIN', 'ein'], ['Hired', 'hiredOn'],
        ['Separated', 'separatedOn'], ['Employer address', 'employerAddress', 'address']],
      rowsOf(answers, ['locate', 'employers']), true, emptyText),
      table('Quarterly wages', [['Quarter', 'quarter'], ['Employer', 'employerName'], ['EIN', 'ein'],
        ['Amount', 'amount', 'money']], rowsOf(answers, ['locate', 'wages']), true, emptyText),
      table('Driver records', [['License', 'licenseNumber'], ['State', 'issuingState'], ['Status', 'status', 'code'],
        ['Expires', 'expiresOn'], ['Address', 'address', 'address']], rowsOf(answers, ['locate', 'driverRecords']), true, emptyText)
    ];
  }

  /** Words for a withheld path, e.g. ["person","locate","addresses",0] → "Locate: addresses". */
  function describe(path) {
    var words = path.filter(function (part) {
      return typeof part === 'string' && part !== 'person';
    }).map(function (part) {
      return part.replace(/([A-Z])/g, ' $1').toLowerCase();
    });
    if (words.length === 0) {
      return 'This person';
    }
    words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
    return words.join(': ');
  }

  var SECTION_SOURCES = { support: 'SUPPORT', paternity: 'VITALS', placements: 'WELFARE', locate: 'LOCATE' };

  /**
   * The agency whose answer a path belongs to (["person","locate","wages"] → LOCATE), or
   * null for what every answer carries (identity).
   */
  function sectionSource(path) {
    var field = path[0] === 'person' ? path[1] : path[0];
    return SECTION_SOURCES[field] || null;
  }

  window.CaseBridgePerson = {
    SELECTION: SELECTION,
    Restrictions: Restrictions,
    records: records,
    identity: identity,
    locate: locate,
    describe: describe,
    reasonWords: reasonWords,
    sectionSource: sectionSource,
    personName: personName,
    restrictedMarker: restrictedMarker,
    missingMarker: missingMarker,
    rowsOf: rowsOf,
    format: FORMATS
  };
}());
