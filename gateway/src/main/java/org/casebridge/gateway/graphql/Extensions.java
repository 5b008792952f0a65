package org.casebridge.gateway.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entries for an error's {@code extensions}, kept in the order given, so the same error
 * is sent as the same bytes by every replica and every run ({@link Map#of} iterates in an
 * order that changes from one JVM to the next).
 */
public final class Extensions {

	private Extensions() {
	}

	/** The entries {@code key1, value1, key2, value2, ...}, in that order. */
	public static Map<String, Object> of(Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("keys and values come in pairs");
		}
		Map<String, Object> entries = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			entries.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return Collections.unmodifiableMap(entries);
	}

}
