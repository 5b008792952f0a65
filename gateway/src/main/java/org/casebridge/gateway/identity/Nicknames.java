package org.casebridge.gateway.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names that may stand for one another (William, Bill, Will), read once from
 * {@code identity/nicknames.txt}: agencies record people under the names they give, and a
 * name that differs only as a nickname is still the same person's.
 */
public final class Nicknames {

	private static final Map<String, Set<String>> GROUPS = load();

	private Nicknames() {
	}

	/** Whether two normalised given names are the same or nicknames of one name. */
	static boolean equivalent(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		Set<String> group = GROUPS.get(a);
		return group != null && group.contains(b);
	}

	/** The names that may stand for a normalised given name, itself excluded. */
	public static Set<String> of(String name) {
		Set<String> group = GROUPS.get(name);
		if (group == null) {
			return Set.of();
		}
		Set<String> others = new HashSet<>(group);
		others.remove(name);
		return others;
	}

	private static Map<String, Set<String>> load() {
		Map<String, Set<String>> groups = new HashMap<>();
		try (InputStream in = Nicknames.class.getResourceAsStream("/identity/nicknames.txt")) {
			if (in == null) {
				throw new IllegalStateException("identity/nicknames.txt is missing from the classpath");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				String[] names = trimmed.split("\\s+");
				for (String name : names) {
					Set<String> group = groups.computeIfAbsent(Names.normalize(name), (key) -> new HashSet<>());
					for (String other : names) {
						group.add(Names.normalize(other));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(groups);
	}

}
