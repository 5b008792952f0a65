package org.casebridge.simulator.internal.population;

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
			return this.bySsn.candidates(KeyIndex.hashIgnoringCase(criteria.ssn()));
		}
		if (criteria.caseNumber() != null) {
			return this.byCase.candidates(KeyIndex.hashIgnoringCase(criteria.caseNumber()));
		}
		if (criteria.dateOfBirth() != null) {
			return this.byBirthDate.candidates(KeyIndex.hash(criteria.dateOfBirth().toEpochDay()));
		}
		if (criteria.lastName() != null) {
			return this.byLastName.candidates(KeyIndex.hashIgnoringCase(criteria.lastName()));
		}
		return null;
	}

	static final class Builder {

		private final KeyIndex.Builder ssn = new KeyIndex.Builder();

		private final KeyIndex.Builder cases = new KeyIndex.Builder();

		private final KeyIndex.Builder birthDates = new KeyIndex.Builder();

		private final KeyIndex.Builder lastNames = new KeyIndex.Builder();

		void add(int person, Identity identity) {
			if (identity.ssn() != null) {
				this.ssn.add(KeyIndex.hashIgnoringCase(identity.ssn()), person);
			}
			for (String number : identity.caseNumbers()) {
				this.cases.add(KeyIndex.hashIgnoringCase(number), person);
			}
			this.birthDates.add(KeyIndex.hash(identity.dateOfBirth().toEpochDay()), person);
			this.lastNames.add(KeyIndex.hashIgnoringCase(identity.last()), person);
			for (Identity.Alias alias : identity.aliases()) {
				if (!alias.last().equalsIgnoreCase(identity.last())) {
					this.lastNames.add(KeyIndex.hashIgnoringCase(alias.last()), person);
				}
			}
		}

		AgencyIndex build() {
			return new AgencyIndex(this);
		}

	}

}
