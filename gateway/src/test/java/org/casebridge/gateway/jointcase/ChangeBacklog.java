package org.casebridge.gateway.jointcase;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.AgencyChanges;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The agencies' changes the gateway has not yet read or applied, for tests that wait. */
final class ChangeBacklog {

	private ChangeBacklog() {
	}

	/**
	 * Changes announced by the agencies with a feed and not yet applied: counted in this
	 * order (announced, then read, then pending), so that a change read in between is
	 * counted once, not missed. A change that failed three times is no longer pending.
	 */
	static long pendingOrUnread(AgencyChanges changes, JdbcClient jdbc) {
		long announced = changes.count(Agency.SUPPORT) + changes.count(Agency.WELFARE) + changes.count(Agency.LOCATE);
		long read = jdbc.sql(
				"SELECT COALESCE(SUM(CAST(position AS BIGINT)), 0) FROM joint_change_cursor WHERE position IS NOT NULL")
			.query(Long.class)
			.single();
		long pending = jdbc.sql("SELECT COUNT(*) FROM joint_change_inbox WHERE applied_at IS NULL AND attempts < 3")
			.query(Long.class)
			.single();
		return pending + (announced - read);
	}

}
