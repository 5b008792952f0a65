package org.casebridge.simulator.internal.population;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A IV-D case. {@code type}: CT, FT, FC, MO, NA; {@code status}: O, C, P. {@code order},
 * {@code arrears}, {@code assignment} and {@code referral} may be null.
 */
public record SupportCase(String caseId, String type, String status, LocalDate opened, List<Participant> participants,
		Order order, Arrears arrears, List<Payment> payments, List<Disbursement> disbursements, Assignment assignment,
		Referral referral, Worker worker, Instant updated) {

	public SupportCase {
		participants = List.copyOf(participants);
		payments = List.copyOf(payments);
		disbursements = List.copyOf(disbursements);
	}

	public boolean involves(Person person) {
		return this.participants.stream().anyMatch((participant) -> person.equals(participant.person()));
	}

	/**
	 * {@code role}: CP, NCP, CH, AF, or IVE (then {@code person} is null: the IV-E
	 * agency).
	 */
	public record Participant(Person person, String role) {

	}

	/** {@code type} J or A, {@code frequency} M, W or B. */
	public record Order(String number, String type, BigDecimal amount, String frequency, boolean medical,
			LocalDate effective) {

	}

	public record Arrears(BigDecimal family, BigDecimal state, LocalDate asOf) {

	}

	/** {@code source}: WW, IRS, STX, UI, DIR. */
	public record Payment(String id, LocalDate date, BigDecimal amount, String source) {

	}

	/**
	 * {@code payeeType}: CP, ST, IVE; {@code receiptId} the id of the payment it
	 * distributes.
	 */
	public record Disbursement(String id, String receiptId, LocalDate date, BigDecimal amount, String payeeType,
			String payee) {

	}

	/** {@code program}: TANF or FC. */
	public record Assignment(String program, LocalDate effective) {

	}

	/** {@code source}: TANF, IVE, MCD, APP, INT. */
	public record Referral(String source, LocalDate date) {

	}

}
