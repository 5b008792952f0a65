package org.casebridge.demo.evaluation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} pairs; an unknown name or a missing value fails with a message.
 */
final class Options {

	private static final Set<String> KNOWN = Set.of("people", "seed", "train-seed", "estimate", "out", "natural");

	/** Options that take no value. */
	private static final Set<String> FLAGS = Set.of("natural");

	private Options() {
	}

	static Map<String, String> parse(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String name = args[i].startsWith("--") ? args[i].substring(2) : "";
			if (!KNOWN.contains(name)) {
				throw new IllegalArgumentException(
						"unknown option " + args[i] + "; known: --" + String.join(", --", KNOWN));
			}
			if (FLAGS.contains(name)) {
				options.put(name, "true");
				continue;
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException(args[i] + " needs a value");
			}
			options.put(name, args[++i]);
		}
		return options;
	}

}
