package org.casebridge.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A federal tax refund intercepted for child support (a payment with source IRS) and the
 * disbursement that distributed it. Federal tax information: for tests only.
 *
 * @param amount with two decimal places
 */
public record TaxOffset(String caseNumber, String paymentId, LocalDate receivedOn, BigDecimal amount,
		String disbursementId) {

}
