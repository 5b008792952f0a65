package org.casebridge.simulator.internal.population;

import java.util.Locale;

/**
 * One agency's search indexes: by SSN, case number, date of birth and last name (with
 * aliases).
 */
final class AgencyIndex {

	private final KeyIndex bySsn;

	private final KeyIndex byCase;

	private final KeyIndex byBirthDate;

	private final KeyIndex byLastName;

	private AgencyIndex(Builder builder) {
		this.bySsn = builder.ssn.build();
		this.byCase = builder.cases.build();
		this.byBirthDate = builder.birthDates.build();
		this.byLastName = builder.lastNames.build();
	}

	/**
	 * Candidates from the most selective criterion given, or null when only a first name
	 * was given (the caller then scans).
	 */
	int[] candidates(Criteria criteria) {
		if (criteria.ssn() != null) {
			return this.bySsn.candidates(criteria.ssn());
		}
		if (criteria.caseNumber() != null) {
			return this.byCase.candidates(upper(criteria.caseNumber()));
		}
		if (criteria.dateOfBirth() != null) {
			return this.byBirthDate.candidates(criteria.dateOfBirth().toString());
		}
		if (criteria.lastName() != null) {
			return this.byLastName.candidates(upper(criteria.lastName()));
		}
		return null;
	}

	private static String upper(String text) {
		return text.toUpperCase(Locale.ROOT);
	}

	static final class Builder {

		private final KeyIndex.Builder ssn = new KeyIndex.Builder();

		private final KeyIndex.Builder cases = new KeyIndex.Builder();

		private final KeyIndex.Builder birthDates = new KeyIndex.Builder();

		private final KeyIndex.Builder lastNames = new KeyIndex.Builder();

		void add(int person, Identity identity) {
			if (identity.ssn() != null) {
				this.ssn.add(identity.ssn(), person);
			}
			identity.caseNumbers().forEach((number) -> this.cases.add(upper(number), person));
			this.birthDates.add(identity.dateOfBirth().toString(), person);
			this.lastNames.add(upper(identity.last()), person);
			identity.aliases().forEach((alias) -> {
				if (!alias.last().equalsIgnoreCase(identity.last())) {
					this.lastNames.add(upper(alias.last()), person);
				}
			});
		}

		AgencyIndex build() {
			return new AgencyIndex(this);
		}

	}

}
