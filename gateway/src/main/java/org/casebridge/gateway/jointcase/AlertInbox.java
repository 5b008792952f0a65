package org.casebridge.gateway.jointcase;

import java.util.List;

/** The schema's {@code AlertInbox}: the caller's alerts and how many are new. */
record AlertInbox(List<Alert> alerts, int newCount) {

	AlertInbox {
		alerts = List.copyOf(alerts);
	}

}
