package org.casebridge.gateway.access.enforcement;

import java.time.LocalDate;
import java.time.Year;

import org.casebridge.gateway.access.FieldGroup;

/** The masked forms: a date as its year, an identifier as its last four characters. */
final class Masks {

	private Masks() {
	}

	static Object apply(FieldGroup group, Object value) {
		if (value == null || value instanceof Boolean) {
			// a flag beside a masked value (e.g. "estimated") says nothing the mask hides
			return value;
		}
		return switch (group.mask()) {
			case YEAR -> {
				if (value instanceof LocalDate date) {
					yield Year.of(date.getYear());
				}
				throw new IllegalStateException("cannot mask a " + value.getClass().getSimpleName() + " as a year");
			}
			case LAST_FOUR -> {
				if (value instanceof String text) {
					String digits = text.replaceAll("[^0-9A-Za-z]", "");
					yield "***-**-" + ((digits.length() >= 4) ? digits.substring(digits.length() - 4) : "****");
				}
				throw new IllegalStateException("cannot mask a " + value.getClass().getSimpleName());
			}
			case NONE -> throw new IllegalStateException("field group " + group.id() + " has no masked form");
		};
	}

}
