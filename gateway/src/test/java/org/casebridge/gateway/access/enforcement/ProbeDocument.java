package org.casebridge.gateway.access.enforcement;

import java.util.ArrayList;
import java.util.List;

/**
 * A document that reaches every probe three ways: directly, through aliases inside a
 * named fragment, and through aliases inside inline fragments, each way under its own
 * response keys so each can be checked.
 */
final class ProbeDocument {

	enum Way {

		DIRECT, NAMED_FRAGMENT, INLINE_FRAGMENT

	}

	private ProbeDocument() {
	}

	static String person(List<Probe> probes) {
		return document("person(handle: \"handle-1\", purpose: $purpose)", "PersonView", probes);
	}

	static String search(List<Probe> probes) {
		return document("searchPeople(criteria: {lastName: \"Rivera\"}, purpose: $purpose)", "PersonSearchResult",
				probes);
	}

	private static String document(String root, String type, List<Probe> probes) {
		StringBuilder direct = new StringBuilder();
		StringBuilder named = new StringBuilder();
		StringBuilder inline = new StringBuilder();
		for (Probe probe : probes) {
			direct.append(selection(probe, Way.DIRECT, 0)).append('\n');
			named.append(selection(probe, Way.NAMED_FRAGMENT, 0)).append('\n');
			inline.append(selection(probe, Way.INLINE_FRAGMENT, 0)).append('\n');
		}
		return "query Probes($purpose: PurposeOfUse!) {\n answer: " + root + " {\n" + direct + "...Probes\n ... on "
				+ type + " {\n" + inline + "}\n}\n}\nfragment Probes on " + type + " {\n" + named + "}\n";
	}

	private static String selection(Probe probe, Way way, int depth) {
		Probe.Step step = probe.steps().get(depth);
		String key = key(probe, way, depth);
		String field = key.equals(step.field()) ? step.field() : key + ": " + step.field();
		if (depth == probe.steps().size() - 1) {
			return field;
		}
		String inner = selection(probe, way, depth + 1);
		if (way == Way.INLINE_FRAGMENT) {
			inner = "... { " + inner + " }";
		}
		return field + " { " + inner + " }";
	}

	/** The response key of a probe's step in one way. */
	static String key(Probe probe, Way way, int depth) {
		return switch (way) {
			case DIRECT -> probe.steps().get(depth).field();
			case NAMED_FRAGMENT -> "f_" + probe.id() + depth;
			case INLINE_FRAGMENT -> "i_" + probe.id() + depth;
		};
	}

	static List<String> keys(Probe probe, Way way) {
		List<String> keys = new ArrayList<>();
		for (int depth = 0; depth < probe.steps().size(); depth++) {
			keys.add(key(probe, way, depth));
		}
		return keys;
	}

}
