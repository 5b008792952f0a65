package org.casebridge.connector.support.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casebridge.connector.Source;
import org.casebridge.connector.change.AgencyChange;
import org.casebridge.connector.change.ChangeKind;
import org.casebridge.connector.change.ChangePage;
import org.casebridge.connector.change.RefusedChange;
import org.casebridge.connector.http.AgencyValues;
import org.casebridge.connector.http.ChangeSignatures;
import org.casebridge.connector.http.MalformedPayload;

/**
 * Maps a page of the child support change feed. A change that cannot be read, or that the
 * agency did not sign, is refused on its own; the rest of the page still counts.
 */
final class ChangeMapping {

	private static final Map<String, ChangeKind> KINDS = Map.of("ORD_EST", ChangeKind.ORDER_ESTABLISHED, "ORD_MOD",
			ChangeKind.ORDER_MODIFIED, "PAYEE", ChangeKind.PAYEE_CHANGED, "CASE_OPN", ChangeKind.CASE_OPENED,
			"CASE_CLS", ChangeKind.CASE_CLOSED, "DEATH", ChangeKind.DEATH_RECORDED);

	private ChangeMapping() {
	}

	static ChangePage page(SupportWire.Changes answer, String cursor, ChangeSignatures signatures) {
		if (answer.changes() == null) {
			throw new MalformedPayload("a change page without changes");
		}
		List<AgencyChange> changes = new ArrayList<>();
		List<RefusedChange> refused = new ArrayList<>();
		for (SupportWire.Change change : answer.changes()) {
			if (change == null) {
				refused.add(new RefusedChange(null, "an empty change"));
				continue;
			}
			if (!signatures.verifies(change.signature(), change.changeId(), change.type(), change.memberId(),
					change.caseId(), change.effective(), change.recorded())) {
				refused.add(new RefusedChange(change.changeId(), "not signed by the agency"));
				continue;
			}
			try {
				changes.add(change(change));
			}
			catch (MalformedPayload ex) {
				refused.add(new RefusedChange(change.changeId(), "unreadable: " + ex.getMessage()));
			}
		}
		String next = (answer.next() != null && !answer.next().isBlank()) ? answer.next() : cursor;
		return new ChangePage(changes, refused, next);
	}

	private static AgencyChange change(SupportWire.Change change) {
		String id = AgencyValues.required(change.changeId(), "changeId");
		ChangeKind kind = KINDS.get(change.type());
		if (kind == null) {
			throw new MalformedPayload("an unknown change type");
		}
		String member = AgencyValues.required(change.memberId(), "memberId");
		if (!member.matches("M\\d{7}")) {
			throw new MalformedPayload("a malformed memberId");
		}
		return new AgencyChange(Source.SUPPORT, id, kind, member, AgencyValues.text(change.caseId()),
				AgencyValues.date(change.effective(), WireValues.US_DATE, "effective"),
				AgencyValues.timestamp(AgencyValues.required(change.recorded(), "recorded"), "recorded"));
	}

}
