package org.casebridge.connector.change;

import java.util.List;

/**
 * One read of an agency's change feed.
 *
 * @param changes the accepted changes, in the agency's order
 * @param refused the changes read but refused, each with its reason
 * @param cursor where the next read starts: the agency's position after every change of
 * this page, accepted or refused; the same cursor as asked when there was nothing new
 */
public record ChangePage(List<AgencyChange> changes, List<RefusedChange> refused, String cursor) {

	public ChangePage {
		changes = List.copyOf(changes);
		refused = List.copyOf(refused);
	}

	public boolean isEmpty() {
		return this.changes.isEmpty() && this.refused.isEmpty();
	}

}
