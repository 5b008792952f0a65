package org.casebridge.gateway.access.policy;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

import org.casebridge.gateway.access.PolicyChange;
import org.casebridge.gateway.access.PolicyChangeListener;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes the policy: each change is checked in full, stored as a new version in one
 * transaction, put in force on this replica at once (the others follow within their
 * refresh interval). Every {@link PolicyChangeListener} (the audit trail) hears of it
 * just before it is stored, and a listener's failure stops it: a change that cannot be
 * audited, like one that fails a check, stores nothing.
 */
@Service
class PolicyEditor {

	static final int MAX_REASON = 1000;

	private static final int ATTEMPTS = 3;

	private final PolicyVersions versions;

	private final PolicyInForce inForce;

	private final TransactionTemplate transactions;

	private final ObjectProvider<PolicyChangeListener> listeners;

	private final Clock clock;

	PolicyEditor(PolicyVersions versions, PolicyInForce inForce, TransactionTemplate transactions,
			ObjectProvider<PolicyChangeListener> listeners, Clock clock) {
		this.versions = versions;
		this.inForce = inForce;
		this.transactions = transactions;
		this.listeners = listeners;
		this.clock = clock;
	}

	/**
	 * Applies {@code edit} to the newest version.
	 * @param basedOn the version the officer looked at, if they want a conflict reported
	 * rather than their edit applied on top of someone else's
	 */
	@PreAuthorize("hasRole('SECURITY_OFFICER')")
	public PolicyVersion change(String actor, String reason, Long basedOn, UnaryOperator<PolicyDocument> edit) {
		return apply(actor, reason, basedOn, null, edit);
	}

	/** Makes an old version's content the newest version. */
	@PreAuthorize("hasRole('SECURITY_OFFICER')")
	public PolicyVersion rollback(String actor, String reason, Long basedOn, long toVersion) {
		PolicyVersions.Stored target = this.versions.find(toVersion)
			.orElseThrow(() -> new PolicyRejectedException(List.of(new PolicyViolation("toVersion", "NO_SUCH_VERSION",
					"There is no policy version " + toVersion + "."))));
		PolicyDocument restored = PolicyCodec.read(target.document());
		return apply(actor, reason, basedOn, toVersion, (current) -> restored);
	}

	private PolicyVersion apply(String actor, String reason, Long basedOn, Long rollbackOf,
			UnaryOperator<PolicyDocument> edit) {
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw new PolicyRejectedException(List.of(new PolicyViolation("reason", "REASON_REQUIRED",
					"Say why the policy changes, in at most " + MAX_REASON + " characters.")));
		}
		for (int attempt = 1;; attempt++) {
			long latest = this.versions.latestVersion();
			if (basedOn != null && basedOn != latest) {
				throw new PolicyConflictException(basedOn, latest);
			}
			PolicyVersions.Stored stored = this.versions.find(latest).orElseThrow();
			PolicyDocument before = PolicyCodec.read(stored.document());
			PolicyDocument after = edit.apply(before);
			List<PolicyViolation> violations = PolicyRules.check(after);
			if (!violations.isEmpty()) {
				throw new PolicyRejectedException(violations);
			}
			List<String> summary = PolicyDiff.between(before, after);
			if (summary.isEmpty()) {
				throw new PolicyRejectedException(
						List.of(new PolicyViolation("policy", "NO_CHANGE", "The change leaves the policy as it is.")));
			}
			PolicyVersion version = new PolicyVersion(latest + 1, this.clock.instant(), actor, why, summary,
					rollbackOf);
			// audit first: a change that cannot be recorded is not made
			announce(version);
			try {
				this.transactions.executeWithoutResult((tx) -> this.versions.insert(version, PolicyCodec.write(after)));
			}
			catch (DuplicateKeyException ex) {
				if (basedOn != null || attempt == ATTEMPTS) {
					throw new PolicyConflictException(latest, latest + 1);
				}
				continue;
			}
			this.inForce.adopt(new Policy(version, after));
			return version;
		}
	}

	private void announce(PolicyVersion version) {
		PolicyChange change = new PolicyChange(version.version(), version.changedBy(), version.reason(),
				String.join("\n", version.summary()));
		this.listeners.orderedStream().forEach((listener) -> listener.policyChanged(change));
	}

}
