package org.casebridge.gateway.jointcase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Who receives a flag: the CaseBridge users who are the assigned workers of the cases it
 * is for, and, for every flag but a located parent, the users watching the person. Nobody
 * else.
 */
@Component
class AlertRouting {

	private final Map<String, String> usersByWorker;

	private final AlertStore store;

	AlertRouting(JointCaseProperties properties, AlertStore store) {
		this.usersByWorker = properties.usersByWorker();
		this.store = store;
	}

	/** Each flag's recipients, the watchers of all of them read at once. */
	Map<Flag, Set<String>> recipients(List<Flag> flags) {
		Map<String, Set<String>> watchers = this.store
			.watchers(flags.stream().flatMap((f) -> AlertStore.recordKeys(f).stream()).collect(Collectors.toSet()));
		Map<Flag, Set<String>> recipients = new LinkedHashMap<>();
		for (Flag flag : flags) {
			Set<String> users = new TreeSet<>();
			for (Flag.CaseRef ref : flag.cases()) {
				String user = (ref.notified() && ref.workerId() != null) ? this.usersByWorker.get(ref.workerId())
						: null;
				if (user != null) {
					users.add(user);
				}
			}
			if (flag.kind().toWatchers()) {
				AlertStore.recordKeys(flag).forEach((key) -> users.addAll(watchers.getOrDefault(key, Set.of())));
			}
			recipients.put(flag, users);
		}
		return recipients;
	}

	/** Whether the user is the case's assigned worker. */
	boolean assigned(String user, Flag.CaseRef ref) {
		return ref.workerId() != null && user.equals(this.usersByWorker.get(ref.workerId()));
	}

}
