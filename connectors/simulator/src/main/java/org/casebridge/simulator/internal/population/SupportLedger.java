package org.casebridge.simulator.internal.population;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.casebridge.simulator.internal.population.SupportCase.Arrears;
import org.casebridge.simulator.internal.population.SupportCase.Disbursement;
import org.casebridge.simulator.internal.population.SupportCase.Order;
import org.casebridge.simulator.internal.population.SupportCase.Payment;

/**
 * The money of one support case: arrears owed to the family and to the state, collections
 * by source (federal tax offsets once a year against arrears) and where each went.
 */
final class SupportLedger {

	private static final LocalDate AS_OF = SimulationDate.TODAY.minusDays(1);

	private final SplittableRandom random;

	private final long caseKey;

	private final String type;

	private final String status;

	private final String custodialPayee;

	private final List<Payment> payments = new ArrayList<>();

	SupportLedger(SplittableRandom random, long caseKey, String type, String status, String custodialPayee) {
		this.random = random;
		this.caseKey = caseKey;
		this.type = type;
		this.status = status;
		this.custodialPayee = custodialPayee;
	}

	/** Assigned arrears are owed to the state, unassigned ones to the family. */
	Arrears arrears() {
		BigDecimal none = BigDecimal.ZERO.setScale(2);
		BigDecimal state = switch (this.type) {
			case "CT" -> Draw.amount(this.random, 0, 6000);
			case "FT" -> Draw.amount(this.random, 0, 4000);
			case "FC" -> Draw.amount(this.random, 0, 3000);
			default -> none;
		};
		BigDecimal family = switch (this.type) {
			case "FT" -> Draw.amount(this.random, 0, 3000);
			case "MO", "NA" -> Draw.amount(this.random, 0, 5000);
			default -> none;
		};
		boolean current = Draw.chance(this.random, 0.3);
		return current ? new Arrears(none, none, AS_OF) : new Arrears(family, state, AS_OF);
	}

	void collect(Order order, boolean arrears) {
		List<Payment> collected = new ArrayList<>();
		YearMonth last = YearMonth.from(SimulationDate.TODAY).minusMonths("C".equals(this.status) ? 6 : 1);
		YearMonth month = YearMonth.from(order.effective());
		if (month.isBefore(last.minusMonths(15))) {
			month = last.minusMonths(15);
		}
		int periods = switch (order.frequency()) {
			case "W" -> 4;
			case "B" -> 2;
			default -> 1;
		};
		for (; !month.isAfter(last); month = month.plusMonths(1)) {
			LocalDate date = month.atDay(Draw.between(this.random, 1, 26));
			if (date.isBefore(order.effective()) || !Draw.chance(this.random, 0.8)) {
				continue;
			}
			BigDecimal amount = order.amount().multiply(BigDecimal.valueOf(periods));
			if (Draw.chance(this.random, 0.15)) {
				amount = amount.divide(BigDecimal.valueOf(2));
			}
			String source = List.of("WW", "DIR", "UI", "STX").get(Draw.weighted(this.random, 68, 20, 6, 6));
			collected.add(new Payment(null, date, amount.setScale(2), source));
		}
		if (arrears && Draw.chance(this.random, 0.4)) {
			for (int year = 2025; year <= 2026; year++) {
				LocalDate date = LocalDate.of(year, 3, 1).plusDays(this.random.nextInt(58));
				if (!date.isBefore(order.effective()) && !YearMonth.from(date).isAfter(last)) {
					collected.add(new Payment(null, date, Draw.amount(this.random, 250, 2500), "IRS"));
				}
			}
		}
		collected.sort(Comparator.comparing(Payment::date).reversed());
		for (Payment payment : collected) {
			String id = "P-" + (this.caseKey * 100 + this.payments.size() + 10_000);
			this.payments.add(new Payment(id, payment.date(), payment.amount(), payment.source()));
		}
	}

	List<Payment> payments() {
		return List.copyOf(this.payments);
	}

	/** Each collection is disbursed two days later to whoever is owed it. */
	List<Disbursement> disbursements() {
		List<Disbursement> disbursements = new ArrayList<>();
		for (Payment payment : this.payments) {
			String payeeType = switch (this.type) {
				case "FC" -> "IVE";
				case "CT" -> "ST";
				case "FT" -> "IRS".equals(payment.source()) ? "ST" : "CP";
				default -> "CP";
			};
			String payee = switch (payeeType) {
				case "IVE" -> Places.IVE_AGENCY;
				case "ST" -> Places.STATE_PAYEE;
				default -> this.custodialPayee;
			};
			disbursements.add(new Disbursement("D-" + payment.id().substring(2), payment.id(),
					payment.date().plusDays(2), payment.amount(), payeeType, payee));
		}
		return disbursements;
	}

}
