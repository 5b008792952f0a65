package org.casebridge.gateway.access;

import java.util.List;

import org.casebridge.connector.model.SupportCase;

/**
 * Which disbursements give a federal tax offset away, and are federal tax information
 * themselves [45 CFR 302.35(a)(2)(ii)]: a disbursement is an offset's when the agency
 * names the offset as the collection it distributes, or, where the agency does not say or
 * names a collection the case does not list, when it pays out an offset's exact amount
 * within {@value #DISBURSED_WITHIN_DAYS} days of it.
 */
public final class FederalTaxOffsets {

	static final int DISBURSED_WITHIN_DAYS = 10;

	private FederalTaxOffsets() {
	}

	/** Whether {@code disbursement} distributes a federal tax offset of the case. */
	public static boolean disburses(SupportCase.Disbursement disbursement, SupportCase supportCase) {
		if (disbursement.collectionId() != null) {
			for (SupportCase.Payment payment : supportCase.payments()) {
				if (disbursement.collectionId().equals(payment.paymentId())) {
					return payment.federalTaxInformation();
				}
			}
		}
		List<SupportCase.Payment> offsets = supportCase.payments()
			.stream()
			.filter(SupportCase.Payment::federalTaxInformation)
			.toList();
		return offsets.stream()
			.anyMatch((offset) -> offset.amount() != null && disbursement.amount() != null
					&& offset.amount().compareTo(disbursement.amount()) == 0 && offset.receivedOn() != null
					&& disbursement.issuedOn() != null && !disbursement.issuedOn().isBefore(offset.receivedOn())
					&& !disbursement.issuedOn().isAfter(offset.receivedOn().plusDays(DISBURSED_WITHIN_DAYS)));
	}

}
