package org.casebridge.simulator.internal.population;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What an agency was asked to search by; null for what was not given. Last names match
 * the recorded name or an alias exactly (ignoring case), first names by prefix, the rest
 * exactly.
 *
 * @param ssn nine digits
 */
public record Criteria(String ssn, String lastName, String firstName, LocalDate dateOfBirth, String caseNumber) {

	public boolean isEmpty() {
		return this.ssn == null && this.lastName == null && this.firstName == null && this.dateOfBirth == null
				&& this.caseNumber == null;
	}

	boolean matches(Identity identity) {
		return (this.ssn == null || this.ssn.equals(identity.ssn()))
				&& (this.dateOfBirth == null || this.dateOfBirth.equals(identity.dateOfBirth()))
				&& (this.caseNumber == null || identity.caseNumbers()
					.stream()
					.anyMatch((number) -> number.equalsIgnoreCase(this.caseNumber)))
				&& (this.lastName == null || lastNameMatches(identity))
				&& (this.firstName == null || firstNameMatches(identity));
	}

	private boolean lastNameMatches(Identity identity) {
		return this.lastName.equalsIgnoreCase(identity.last())
				|| identity.aliases().stream().anyMatch((alias) -> this.lastName.equalsIgnoreCase(alias.last()));
	}

	private boolean firstNameMatches(Identity identity) {
		String prefix = this.firstName.toUpperCase(Locale.ROOT);
		return identity.first().toUpperCase(Locale.ROOT).startsWith(prefix) || identity.aliases()
			.stream()
			.anyMatch((alias) -> alias.first().toUpperCase(Locale.ROOT).startsWith(prefix));
	}

}
