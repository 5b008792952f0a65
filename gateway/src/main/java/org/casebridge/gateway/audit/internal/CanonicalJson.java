package org.casebridge.gateway.audit.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one serialisation that record hashes are computed over. It must never change for
 * existing records: fields in a fixed order, map keys sorted, strings JSON-escaped.
 */
final class CanonicalJson {

	private final StringBuilder out = new StringBuilder(512).append('{');

	private boolean first = true;

	CanonicalJson field(String name, String value) {
		name(name);
		string(this.out, value);
		return this;
	}

	CanonicalJson field(String name, long value) {
		name(name);
		this.out.append(value);
		return this;
	}

	CanonicalJson field(String name, boolean value) {
		name(name);
		this.out.append(value);
		return this;
	}

	CanonicalJson field(String name, List<String> values) {
		name(name);
		this.out.append(list(values));
		return this;
	}

	/** Adds a value that is already canonical JSON, verbatim. */
	CanonicalJson rawField(String name, String json) {
		name(name);
		this.out.append(json);
		return this;
	}

	String end() {
		return this.out.append('}').toString();
	}

	static String map(Map<String, String> map) {
		StringBuilder sb = new StringBuilder().append('{');
		boolean firstEntry = true;
		for (Map.Entry<String, String> entry : new TreeMap<>(map).entrySet()) {
			if (!firstEntry) {
				sb.append(',');
			}
			firstEntry = false;
			string(sb, entry.getKey());
			sb.append(':');
			string(sb, entry.getValue());
		}
		return sb.append('}').toString();
	}

	static String list(List<String> values) {
		if (values == null) {
			return "null";
		}
		StringBuilder sb = new StringBuilder().append('[');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				sb.append(',');
			}
			string(sb, values.get(i));
		}
		return sb.append(']').toString();
	}

	private void name(String name) {
		if (!this.first) {
			this.out.append(',');
		}
		this.first = false;
		string(this.out, name);
		this.out.append(':');
	}

	private static void string(StringBuilder sb, String value) {
		if (value == null) {
			sb.append("null");
			return;
		}
		sb.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				case '\t' -> sb.append("\\t");
				default -> {
					if (c < 0x20) {
						sb.append(String.format("\\u%04x", (int) c));
					}
					else {
						sb.append(c);
					}
				}
			}
		}
		sb.append('"');
	}

}
