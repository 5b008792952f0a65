package org.casebridge.connector.welfare.internal;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casebridge.connector.Source;
import org.casebridge.connector.change.AgencyChange;
import org.casebridge.connector.change.ChangeKind;
import org.casebridge.connector.change.ChangePage;
import org.casebridge.connector.change.RefusedChange;
import org.casebridge.connector.http.ChangeSignatures;
import org.casebridge.connector.http.MalformedPayload;

/**
 * Maps a page of the child welfare change feed. A change that cannot be read, or that the
 * agency did not sign, is refused on its own; the rest of the page still counts.
 */
final class ChangeMapping {

	private static final Map<String, ChangeKind> KINDS = Map.of("REMOVAL", ChangeKind.REMOVAL, "PLCMT_BEGIN",
			ChangeKind.PLACEMENT_STARTED, "PLCMT_END", ChangeKind.PLACEMENT_ENDED, "DISCHARGE", ChangeKind.DISCHARGE,
			"TPR", ChangeKind.PARENTAL_RIGHTS_TERMINATED, "REFERRAL", ChangeKind.REFERRAL_DECIDED, "CASE_OPEN",
			ChangeKind.CASE_OPENED, "CASE_CLOSE", ChangeKind.CASE_CLOSED);

	private ChangeMapping() {
	}

	static ChangePage page(WelfareWire.Events answer, String cursor, ChangeSignatures signatures) {
		if (answer.events() == null) {
			throw new MalformedPayload("a change page without events");
		}
		List<AgencyChange> changes = new ArrayList<>();
		List<RefusedChange> refused = new ArrayList<>();
		for (WelfareWire.Event event : answer.events()) {
			if (event == null) {
				refused.add(new RefusedChange(null, "an empty change"));
				continue;
			}
			if (!signatures.verifies(event.sig(), event.eventId(), event.eventCd(), WireValues.id(event.personId()),
					event.caseNumber(), event.effectiveDt(),
					(event.recordedTs() != null) ? Long.toString(event.recordedTs()) : null)) {
				refused.add(new RefusedChange(event.eventId(), "not signed by the agency"));
				continue;
			}
			try {
				changes.add(change(event));
			}
			catch (MalformedPayload ex) {
				refused.add(new RefusedChange(event.eventId(), "unreadable: " + ex.getMessage()));
			}
		}
		String next = (answer.nextAfter() != null && !answer.nextAfter().isBlank()) ? answer.nextAfter() : cursor;
		return new ChangePage(changes, refused, next);
	}

	private static AgencyChange change(WelfareWire.Event event) {
		String id = WireValues.text(event.eventId());
		if (id == null) {
			throw new MalformedPayload("a change without event_id");
		}
		ChangeKind kind = KINDS.get(event.eventCd());
		if (kind == null) {
			throw new MalformedPayload("an unknown event_cd");
		}
		if (event.personId() == null || event.recordedTs() == null) {
			throw new MalformedPayload("a change without person_id or recorded_ts");
		}
		try {
			return new AgencyChange(Source.WELFARE, id, kind, WireValues.id(event.personId()),
					WireValues.text(event.caseNumber()), WireValues.date(event.effectiveDt()),
					WireValues.epochMillis(event.recordedTs()));
		}
		catch (DateTimeParseException ex) {
			throw new MalformedPayload("an impossible effective_dt");
		}
	}

}
