package org.casebridge.connector.support.internal;

import java.util.List;

/**
 * The child support system's JSON, field for field as the agency names it. Every value
 * stays a string until it is mapped, so that a bad date or amount is reported as a bad
 * payload naming the field rather than as a generic parse failure.
 */
final class SupportWire {

	private SupportWire() {
	}

	/** The answer to a member search. */
	record Members(List<Member> members) {
	}

	/** A member; {@code caseDetails} is present only in the answer about one member. */
	record Member(String memberId, String ssn, String nameLast, String nameFirst, String nameMiddle,
			List<Alias> aliases, String birthDate, String gender, String deathDate, String fvi, List<String> cases,
			String lastUpdated, List<Case> caseDetails) {
	}

	/** {@code type} AKA or MAIDEN. */
	record Alias(String last, String first, String type) {
	}

	record Case(String caseId, String caseType, String status, String openDate, List<Participant> participants,
			Order order, Arrears arrears, List<Payment> payments, List<Disbursement> disbursements,
			Assignment assignment, Referral referral, Worker worker, String updated) {
	}

	record Participant(String memberId, String name, String role) {
	}

	record Order(String orderNo, String orderType, String amount, String freq, String medical, String effective) {
	}

	record Arrears(String family, String state, String asOf) {
	}

	record Payment(String pmtId, String date, String amount, String source) {
	}

	record Disbursement(String disbId, String date, String amount, String payeeType, String payee, String receiptId) {
	}

	record Assignment(String program, String effective) {
	}

	record Referral(String source, String date) {
	}

	record Worker(String name, String office, String phone, String email) {
	}

	/** A page of the change feed; {@code next} is the cursor after it. */
	record Changes(List<Change> changes, String next) {
	}

	/**
	 * One change: {@code type} ORD_EST, ORD_MOD, PAYEE, CASE_OPN, CASE_CLS or DEATH;
	 * {@code signature} the agency's HMAC over the other fields.
	 */
	record Change(String changeId, String type, String memberId, String caseId, String effective, String recorded,
			String signature) {
	}

}
