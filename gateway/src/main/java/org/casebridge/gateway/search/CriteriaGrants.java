package org.casebridge.gateway.search;

import java.util.ArrayList;
import java.util.List;

import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.Grants;

/**
 * A search criterion must be a value the caller's grant would show in full. A search that
 * finds a person by a value the grant masks or withholds confirms that value: an auditor
 * who may not see SSNs, typing one in and getting a candidate back (with {@code SSN}
 * among the keys that matched), learns whose SSN it is. So such a criterion is refused
 * before any agency is asked, whatever else the search names; the caller searches by what
 * their grant shows (names, or the date of birth or case number where granted).
 */
final class CriteriaGrants {

	private CriteriaGrants() {
	}

	static void check(PersonSearch criteria, Grants grants) {
		List<InvalidCriteriaException.Violation> violations = new ArrayList<>();
		if ((criteria.lastName() != null || criteria.firstName() != null) && !full(grants, FieldGroup.IDENTITY_NAME)) {
			violations.add(notGranted(criteria.lastName() != null ? "lastName" : "firstName", "names"));
		}
		if (criteria.ssn() != null && !full(grants, FieldGroup.IDENTITY_SSN)) {
			violations.add(notGranted("ssn", "full SSNs"));
		}
		if (criteria.dateOfBirth() != null && !full(grants, FieldGroup.IDENTITY_DOB)) {
			violations.add(notGranted("dateOfBirth", "full dates of birth"));
		}
		if (criteria.caseNumber() != null && !full(grants, caseGroup(criteria.caseNumber()))) {
			violations.add(notGranted("caseNumber", "this kind of case"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidCriteriaException(violations);
		}
	}

	/**
	 * The field group that shows a case number of this kind: CS support, CW welfare, B
	 * birth.
	 */
	static FieldGroup caseGroup(String caseNumber) {
		if (caseNumber.startsWith("CS-")) {
			return FieldGroup.SUPPORT_CASE;
		}
		if (caseNumber.startsWith("CW-")) {
			return FieldGroup.PLACEMENT_EPISODE;
		}
		return FieldGroup.PATERNITY;
	}

	private static boolean full(Grants grants, FieldGroup group) {
		return grants.access(group) == FieldAccess.FULL;
	}

	private static InvalidCriteriaException.Violation notGranted(String field, String what) {
		return new InvalidCriteriaException.Violation(field, "NOT_GRANTED", "Your role is not shown " + what
				+ " for this purpose, so it cannot search by them. Search by what your role is shown.");
	}

}
