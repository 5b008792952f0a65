package org.casebridge.gateway.jointcase;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Who receives a flag: the CaseBridge users who are the assigned workers of the cases it
 * is for, and the users watching the person. Nobody else.
 */
@Component
class AlertRouting {

	private final Map<String, String> usersByWorker;

	private final AlertStore store;

	AlertRouting(JointCaseProperties properties, AlertStore store) {
		this.usersByWorker = properties.usersByWorker();
		this.store = store;
	}

	Set<String> recipients(Flag flag) {
		Set<String> recipients = new TreeSet<>();
		for (Flag.CaseRef ref : flag.cases()) {
			String user = (ref.notified() && ref.workerId() != null) ? this.usersByWorker.get(ref.workerId()) : null;
			if (user != null) {
				recipients.add(user);
			}
		}
		recipients.addAll(this.store.watchers(AlertStore.recordKeys(flag)));
		return recipients;
	}

	/** Whether the user is the case's assigned worker. */
	boolean assigned(String user, Flag.CaseRef ref) {
		return ref.workerId() != null && user.equals(this.usersByWorker.get(ref.workerId()));
	}

}
