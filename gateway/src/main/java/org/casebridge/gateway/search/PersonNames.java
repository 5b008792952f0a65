package org.casebridge.gateway.search;

import java.util.Locale;

import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;

/** Display form of an agency's name for a person. */
public final class PersonNames {

	private PersonNames() {
	}

	public static String display(PersonRecord record) {
		PersonName name = record.primaryName();
		if (name == null) {
			return "(no name)";
		}
		StringBuilder out = new StringBuilder();
		for (String part : new String[] { name.first(), name.middle(), name.last() }) {
			if (part != null && !part.isBlank()) {
				out.append(out.length() > 0 ? " " : "").append(titleCase(part.strip()));
			}
		}
		return out.toString();
	}

	private static String titleCase(String text) {
		if (!text.equals(text.toUpperCase(Locale.ROOT))) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		boolean start = true;
		for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
			out.append(start ? Character.toUpperCase(c) : c);
			start = !Character.isLetter(c);
		}
		return out.toString();
	}

}
