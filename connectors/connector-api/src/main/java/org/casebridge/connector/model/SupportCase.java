package org.casebridge.connector.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A IV-D case.
 *
 * @param caseType CURRENT_TANF, FORMER_TANF, FOSTER_CARE, MEDICAID_ONLY, NON_IV_A
 * @param status OPEN, CLOSED, PENDING_CLOSURE
 */
public record SupportCase(Provenance provenance, String caseNumber, String caseType, String status, LocalDate openedOn,
		List<Participant> participants, SupportOrder order, Arrears arrears, List<Payment> payments,
		List<Disbursement> disbursements, RightsAssignment assignment, Referral referral, CaseWorker worker) {

	public SupportCase {
		participants = List.copyOf(participants);
		payments = List.copyOf(payments);
		disbursements = List.copyOf(disbursements);
	}

	/**
	 * A person on the case. {@code role} is CUSTODIAL_PARTY, NONCUSTODIAL_PARENT, CHILD,
	 * ALLEGED_FATHER or AGENCY_CUSTODIAN (the IV-E agency when the child is in foster
	 * care).
	 */
	public record Participant(String agencyPersonId, String name, String role) {
	}

	/**
	 * {@code kind} is JUDICIAL or ADMINISTRATIVE; {@code frequency} e.g. MONTHLY, WEEKLY.
	 */
	public record SupportOrder(String orderNumber, String kind, BigDecimal amount, String frequency,
			boolean medicalSupport, LocalDate effectiveDate) {
	}

	/** Arrears owed to the family and assigned to the state. */
	public record Arrears(BigDecimal family, BigDecimal state, LocalDate asOfDate) {
	}

	/**
	 * A collection. {@code source} e.g. WAGE_WITHHOLDING, IRS_OFFSET, STATE_TAX_OFFSET,
	 * UNEMPLOYMENT, DIRECT. IRS offsets are federal tax information.
	 */
	public record Payment(String paymentId, LocalDate receivedOn, BigDecimal amount, String source) {

		public boolean federalTaxInformation() {
			return "IRS_OFFSET".equals(this.source);
		}

	}

	/**
	 * A distribution of collected money. {@code payeeType}: CUSTODIAL_PARTY, STATE,
	 * IV_E_AGENCY. {@code collectionId} is the {@link Payment#paymentId()} of the
	 * collection it distributes, or null when the agency does not say: a disbursement of
	 * a federal tax offset is federal tax information too.
	 */
	public record Disbursement(String disbursementId, LocalDate issuedOn, BigDecimal amount, String payeeType,
			String payeeName, String collectionId) {
	}

	/** Assignment of support rights to the state (TANF or foster care). */
	public record RightsAssignment(String program, LocalDate effectiveDate) {
	}

	/**
	 * How the case reached IV-D: {@code source} e.g. TANF, IV_E, MEDICAID, APPLICATION,
	 * INTERSTATE.
	 */
	public record Referral(String source, LocalDate referredOn) {
	}

}
