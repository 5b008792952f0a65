package org.casebridge.gateway.access.policy;

import java.time.Instant;
import java.util.List;

/**
 * Who changed the policy, when, why and what: one entry of its history.
 *
 * @param version the version number, from 1
 * @param changedAt when the change was committed
 * @param changedBy the security officer's user name ({@code system} for the shipped
 * defaults)
 * @param reason why, as the officer wrote it
 * @param summary one line per change
 * @param rollbackOf the version this one restored, if it was a rollback
 */
public record PolicyVersion(long version, Instant changedAt, String changedBy, String reason, List<String> summary,
		Long rollbackOf) {

	public PolicyVersion {
		summary = List.copyOf(summary);
	}

}
