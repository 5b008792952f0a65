/*
 * Joint-case flags as the screens show them: on the alerts inbox and at the top of the
 * person view. A flag is its kind in words, the gateway's reason (with the rule's
 * citation), the agency expected to act, the cases it concerns, and its evidence as the
 * reader's grant shows it: a part the grant withholds is a "Restricted" marker, a part the
 * flag does not rest on is left out. Text only, never HTML from data.
 */
(function () {
  'use strict';
  var CB = window.CaseBridge;
  var R = window.CaseBridgePerson;
  var el = CB.el;

  var SELECTION = '{ kind reason actingAgency cases { source caseNumber assignedToCaller }'
    + ' evidence { removal { source episodeId removalDate placedOn }'
    + ' disbursements { source caseNumber disbursementId issuedOn amount payeeType } disbursedTotal'
    + ' paternity { source certificateNumber method vapSignedOn rescindableUntil windowOpenToday }'
    + ' referral { source episodeId referTo decidedOn reviewBy permanencyGoal }'
    + ' discharge { source episodeId dischargedOn supportCaseNumber supportCaseStatus }'
    + ' death { source recordId diedOn } } }';

  var TITLES = {
    PAYEE_MAY_NEED_TO_CHANGE: 'Support may be going to the wrong payee',
    PATERNITY_NOT_ESTABLISHED: 'A child in care has no legal father',
    VAP_RESCINDABLE: 'An acknowledgment of paternity can still be rescinded',
    REFERRAL_REVIEW_DUE: 'A referral to child support needs a decision or review',
    REUNIFICATION_CAUTION: 'A referral names the parent the child is to return to',
    SUPPORT_CASE_MAY_CLOSE: 'A foster-care support case may need to close',
    PARTICIPANT_DECEASED: 'A participant is recorded as deceased'
  };

  function title(kind) {
    return TITLES[kind] || kind;
  }

  function words(value) {
    if (value === null || value === undefined || value === '') {
      return 'not recorded';
    }
    var text = String(value).split('_').map(function (word) {
      return ['IV', 'E', 'D', 'VAP', 'TANF', 'APPLA'].indexOf(word) >= 0 ? word : word.toLowerCase();
    }).join(' ');
    return text.replace('IV E', 'IV-E').replace('IV D', 'IV-D');
  }

  function date(value) {
    return value ? String(value).substring(0, 10) : 'not recorded';
  }

  function money(value) {
    return value === null || value === undefined ? 'not recorded' : '$' + value;
  }

  function caseLabel(item) {
    var kind = item.source === 'WELFARE' ? 'removal episode ' : 'case ';
    return CB.sourceLabel(item.source) + ' ' + kind + item.caseNumber
      + (item.assignedToCaller ? ' (assigned to you)' : '');
  }

  /** One part of the evidence: a line of words, or a marker when it is withheld. */
  function part(label, key, evidence, path, restrictions, describe) {
    var restriction = restrictions.at(path.concat([key]));
    if (restriction) {
      return el('div', { 'class': 'cb-field', 'data-evidence': key }, [el('dt', {}, label),
        el('dd', {}, R.restrictedMarker(restriction))]);
    }
    var value = evidence ? evidence[key] : null;
    if (value === null || value === undefined) {
      return null;
    }
    return el('div', { 'class': 'cb-field', 'data-evidence': key }, [el('dt', {}, label),
      el('dd', {}, describe(value))]);
  }

  var EVIDENCE = [
    ['Removal', 'removal', function (v) {
      return CB.sourceLabel(v.source) + ' removal episode ' + v.episodeId + ': removed ' + date(v.removalDate)
        + (v.placedOn ? ', placed ' + date(v.placedOn) : '');
    }],
    ['Disbursements since the removal', 'disbursements', function (list) {
      if (list.length === 0) {
        return 'None';
      }
      return el('ul', { 'class': 'usa-list cb-evidence-list' }, list.map(function (d) {
        return el('li', {}, money(d.amount) + ' issued ' + date(d.issuedOn) + ' to ' + words(d.payeeType)
          + ' (' + CB.sourceLabel(d.source) + ' case ' + d.caseNumber
          + (d.disbursementId ? ', disbursement ' + d.disbursementId : '') + ')');
      }));
    }],
    ['Disbursed since the removal, in all', 'disbursedTotal', money],
    ['Paternity', 'paternity', function (v) {
      return CB.sourceLabel(v.source) + (v.certificateNumber ? ', birth certificate ' + v.certificateNumber : '')
        + ': established by ' + words(v.method)
        + (v.vapSignedOn ? '; acknowledgment signed ' + date(v.vapSignedOn) : '')
        + (v.rescindableUntil ? '; can be rescinded until ' + date(v.rescindableUntil) : '')
        + (v.windowOpenToday ? ' (still open today)' : '');
    }],
    ['Referral to child support', 'referral', function (v) {
      return CB.sourceLabel(v.source) + ' removal episode ' + v.episodeId + ': '
        + (v.referTo ? 'refer ' + words(v.referTo) + ', decided ' + date(v.decidedOn) : 'no decision recorded')
        + (v.reviewBy ? '; review by ' + date(v.reviewBy) : '')
        + (v.permanencyGoal ? '; permanency goal ' + words(v.permanencyGoal) : '');
    }],
    ['Discharge', 'discharge', function (v) {
      return CB.sourceLabel(v.source) + ' removal episode ' + v.episodeId + ': discharged ' + date(v.dischargedOn)
        + '; support case ' + v.supportCaseNumber + ' is ' + words(v.supportCaseStatus);
    }],
    ['Death', 'death', function (v) {
      return CB.sourceLabel(v.source) + ' record ' + v.recordId + ': died ' + date(v.diedOn);
    }]
  ];

  /**
   * The flag's reason, who acts, the cases and the evidence. `path` is where the flag is
   * in the answer (e.g. ["alerts","alerts",0,"flag"]), for the restrictions at its parts;
   * options.withoutEvidence leaves the evidence out (the person view shows the records).
   */
  function details(flag, path, restrictions, options) {
    var evidencePath = path.concat(['evidence']);
    var parts = EVIDENCE.map(function (spec) {
      return part(spec[0], spec[1], flag.evidence, evidencePath, restrictions, spec[2]);
    }).filter(Boolean);
    return [
      el('p', { 'class': 'cb-flag__reason' }, flag.reason),
      el('dl', { 'class': 'cb-fields cb-flag__facts' }, [
        el('div', { 'class': 'cb-field' }, [el('dt', {}, 'To act'), el('dd', { 'data-acting': flag.actingAgency },
          CB.sourceLabel(flag.actingAgency))]),
        el('div', { 'class': 'cb-field' }, [el('dt', {}, 'Cases concerned'), el('dd', {},
          (flag.cases || []).length ? el('ul', { 'class': 'usa-list usa-list--unstyled cb-flag__cases' },
            flag.cases.map(function (item) {
              return el('li', { 'data-case': item.caseNumber }, caseLabel(item));
            })) : 'None named')])
      ]),
      parts.length && !(options && options.withoutEvidence) ? el('div', { 'class': 'cb-flag__evidence' }, [el('p', { 'class': 'cb-flag__evidence-heading' },
        'Evidence'), el('dl', { 'class': 'cb-fields' }, parts)]) : null
    ];
  }

  window.CaseBridgeFlags = {
    SELECTION: SELECTION,
    title: title,
    details: details
  };
}());
