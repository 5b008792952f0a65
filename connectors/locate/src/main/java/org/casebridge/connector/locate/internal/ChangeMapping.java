package org.casebridge.connector.locate.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.casebridge.connector.Source;
import org.casebridge.connector.change.AgencyChange;
import org.casebridge.connector.change.ChangeKind;
import org.casebridge.connector.change.ChangePage;
import org.casebridge.connector.change.RefusedChange;
import org.casebridge.connector.http.ChangeSignatures;
import org.casebridge.connector.http.MalformedPayload;

/**
 * Maps a page of the locate agency's change feed: a new hire reported to the registry, or
 * an address the DMV reported. A change that cannot be read, or that the agency did not
 * sign, is refused on its own; the rest of the page still counts.
 */
final class ChangeMapping {

	private static final Map<String, ChangeKind> KINDS = Map.of("NEW_HIRE", ChangeKind.NEW_HIRE, "DMV_ADDRESS",
			ChangeKind.ADDRESS_CHANGED);

	/** As the connector checks a subject key before it goes into a URL path. */
	private static final Pattern SUBJECT_KEY = Pattern.compile("L-[0-9a-f]{8}");

	private ChangeMapping() {
	}

	static ChangePage page(LocateWire.Changes answer, String cursor, ChangeSignatures signatures) {
		if (answer.items() == null) {
			throw new MalformedPayload("a change page without items");
		}
		List<AgencyChange> changes = new ArrayList<>();
		List<RefusedChange> refused = new ArrayList<>();
		for (LocateWire.Change change : answer.items()) {
			if (change == null) {
				refused.add(new RefusedChange(null, "an empty change"));
				continue;
			}
			if (!signatures.verifies(change.signature(), change.changeKey(), change.type(), change.subjectKey(),
					change.recordId(), change.effective(), change.loggedAt())) {
				refused.add(new RefusedChange(change.changeKey(), "not signed by the agency"));
				continue;
			}
			try {
				changes.add(change(change));
			}
			catch (MalformedPayload ex) {
				refused.add(new RefusedChange(change.changeKey(), "unreadable: " + ex.getMessage()));
			}
		}
		String next = (answer.since() != null && !answer.since().isBlank()) ? answer.since() : cursor;
		return new ChangePage(changes, refused, next);
	}

	private static Instant logged(String value) {
		Instant logged = WireValues.timestamp(value, "loggedAt");
		if (logged == null) {
			throw new MalformedPayload("a change without loggedAt");
		}
		return logged;
	}

	private static AgencyChange change(LocateWire.Change change) {
		String id = WireValues.required(change.changeKey(), "changeKey");
		ChangeKind kind = KINDS.get(change.type());
		if (kind == null) {
			throw new MalformedPayload("an unknown type");
		}
		String subject = WireValues.required(change.subjectKey(), "subjectKey");
		if (!SUBJECT_KEY.matcher(subject).matches()) {
			throw new MalformedPayload("a subjectKey that is not one");
		}
		WireValues.required(change.recordId(), "recordId");
		return new AgencyChange(Source.LOCATE, id, kind, subject, null,
				WireValues.date(change.effective(), WireValues.BASIC_DATE, "effective"), logged(change.loggedAt()));
	}

}
