package org.casebridge.connector.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's birth and how (or whether) paternity was established.
 *
 * @param method VAP, GENETIC_TEST, COURT_ORDER, ADMINISTRATIVE_ORDER,
 * MARITAL_PRESUMPTION, DEFAULT, or NONE
 * @param vapRescissionDeadline the last day a VAP can be rescinded (earlier of 60 days or
 * the first proceeding about the child); null when there is no VAP
 */
public record PaternityRecord(Provenance provenance, String birthCertificateNumber, String childAgencyPersonId,
		String childName, LocalDate childDateOfBirth, String motherName, String motherAgencyPersonId,
		String legalFatherName, String legalFatherAgencyPersonId, String method, LocalDate establishedOn,
		LocalDate vapSignedOn, LocalDate vapRescissionDeadline, LocalDate vapRescindedOn,
		List<AllegedFather> allegedFathers, List<GeneticTest> geneticTests, List<String> conflicts) {

	public PaternityRecord {
		allegedFathers = List.copyOf(allegedFathers);
		geneticTests = List.copyOf(geneticTests);
		conflicts = List.copyOf(conflicts);
	}

	public record AllegedFather(String agencyPersonId, String name, String basis) {
	}

	/** {@code result}: INCLUSION (with probability), EXCLUSION or PENDING. */
	public record GeneticTest(String testId, String allegedFatherAgencyPersonId, LocalDate testedOn, String result,
			Double probability) {
	}

}
