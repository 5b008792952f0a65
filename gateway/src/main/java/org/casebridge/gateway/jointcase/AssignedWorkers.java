package org.casebridge.gateway.jointcase;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Which CaseBridge user an agency's assigned worker is, as configured under
 * {@code casebridge.joint-cases.workers}: the agencies name a case's worker by e-mail
 * address, callers sign in under a user name. Read by other features that ask whether a
 * caller is the worker of a case (the browsing watch's case tie).
 */
@Component
public class AssignedWorkers {

	private final Map<String, String> usersByWorker;

	AssignedWorkers(JointCaseProperties properties) {
		this.usersByWorker = properties.usersByWorker();
	}

	/**
	 * Whether the user is one of the agency workers named.
	 * @param user a CaseBridge user name
	 * @param agencyWorkerIds agency worker ids (e-mail addresses), any case
	 * @return true if one of them is configured as this user
	 */
	public boolean isAnyOf(String user, Collection<String> agencyWorkerIds) {
		for (String worker : agencyWorkerIds) {
			if (worker != null && user.equals(this.usersByWorker.get(worker.toLowerCase(Locale.ROOT)))) {
				return true;
			}
		}
		return false;
	}

}
