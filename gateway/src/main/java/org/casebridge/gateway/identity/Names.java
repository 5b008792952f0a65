package org.casebridge.gateway.identity;

import java.text.Normalizer;
import java.util.Locale;

import org.casebridge.connector.model.PersonName;

/** Name normalisation shared by matching and display. */
final class Names {

	private Names() {
	}

	/** Upper case, accents removed, letters only: "O'Brien-Díaz" becomes "OBRIENDIAZ". */
	static String normalize(String name) {
		if (name == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
		StringBuilder letters = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
				letters.append(Character.toUpperCase(c));
			}
		}
		return letters.toString();
	}

	/** "ANA RIVERA" or "ana rivera" becomes "Ana Rivera". */
	static String display(PersonName name) {
		if (name == null) {
			return "(no name)";
		}
		StringBuilder out = new StringBuilder();
		for (String part : new String[] { name.first(), name.last() }) {
			if (part == null || part.isBlank()) {
				continue;
			}
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(titleCase(part.trim()));
		}
		return (out.length() > 0) ? out.toString() : "(no name)";
	}

	private static String titleCase(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean start = true;
		for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
			out.append(start ? Character.toUpperCase(c) : c);
			start = !Character.isLetter(c);
		}
		return out.toString();
	}

}
