package org.casebridge.connector.support.internal;

import java.time.Instant;
import java.util.List;

import org.casebridge.connector.Source;
import org.casebridge.connector.http.MalformedPayload;
import org.casebridge.connector.model.CaseWorker;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.SupportCase;

/** Maps a support case, with its order and money, into the canonical model. */
final class CaseMapping {

	private CaseMapping() {
	}

	static List<SupportCase> cases(List<SupportWire.Case> cases, Instant retrievedAt) {
		if (cases == null) {
			throw new MalformedPayload("member details without caseDetails");
		}
		return cases.stream().map((supportCase) -> supportCase(supportCase, retrievedAt)).toList();
	}

	static SupportCase supportCase(SupportWire.Case wire, Instant retrievedAt) {
		if (wire == null) {
			throw new MalformedPayload("a null case in caseDetails");
		}
		String caseId = WireValues.required(wire.caseId(), "caseId");
		Provenance provenance = new Provenance(Source.SUPPORT, caseId,
				WireValues.timestamp(wire.updated(), "caseDetails.updated"), retrievedAt);
		return new SupportCase(provenance, caseId, WireValues.code(SupportCodes.CASE_TYPES, wire.caseType()),
				WireValues.code(SupportCodes.STATUSES, wire.status()),
				WireValues.date(wire.openDate(), WireValues.US_DATE, "caseDetails.openDate"),
				WireValues.list(wire.participants()).stream().map(CaseMapping::participant).toList(),
				order(wire.order()), arrears(wire.arrears()),
				WireValues.list(wire.payments()).stream().map(CaseMapping::payment).toList(),
				WireValues.list(wire.disbursements()).stream().map(CaseMapping::disbursement).toList(),
				assignment(wire.assignment()), referral(wire.referral()), worker(wire.worker()));
	}

	private static SupportCase.Participant participant(SupportWire.Participant wire) {
		if (wire == null) {
			throw new MalformedPayload("a null entry in participants");
		}
		return new SupportCase.Participant(WireValues.text(wire.memberId()), WireValues.text(wire.name()),
				WireValues.code(SupportCodes.ROLES, wire.role()));
	}

	private static SupportCase.SupportOrder order(SupportWire.Order wire) {
		if (wire == null) {
			return null;
		}
		return new SupportCase.SupportOrder(WireValues.text(wire.orderNo()),
				WireValues.code(SupportCodes.ORDER_KINDS, wire.orderType()),
				WireValues.amount(wire.amount(), "order.amount"),
				WireValues.code(SupportCodes.FREQUENCIES, wire.freq()), "Y".equalsIgnoreCase(wire.medical()),
				WireValues.date(wire.effective(), WireValues.US_DATE, "order.effective"));
	}

	private static SupportCase.Arrears arrears(SupportWire.Arrears wire) {
		if (wire == null) {
			return null;
		}
		return new SupportCase.Arrears(WireValues.amount(wire.family(), "arrears.family"),
				WireValues.amount(wire.state(), "arrears.state"),
				WireValues.date(wire.asOf(), WireValues.US_DATE, "arrears.asOf"));
	}

	private static SupportCase.Payment payment(SupportWire.Payment wire) {
		if (wire == null) {
			throw new MalformedPayload("a null entry in payments");
		}
		return new SupportCase.Payment(WireValues.text(wire.pmtId()),
				WireValues.date(wire.date(), WireValues.US_DATE, "payments.date"),
				WireValues.amount(wire.amount(), "payments.amount"),
				WireValues.code(SupportCodes.PAYMENT_SOURCES, wire.source()));
	}

	private static SupportCase.Disbursement disbursement(SupportWire.Disbursement wire) {
		if (wire == null) {
			throw new MalformedPayload("a null entry in disbursements");
		}
		return new SupportCase.Disbursement(WireValues.text(wire.disbId()),
				WireValues.date(wire.date(), WireValues.US_DATE, "disbursements.date"),
				WireValues.amount(wire.amount(), "disbursements.amount"),
				WireValues.code(SupportCodes.PAYEES, wire.payeeType()), WireValues.text(wire.payee()),
				WireValues.text(wire.receiptId()));
	}

	private static SupportCase.RightsAssignment assignment(SupportWire.Assignment wire) {
		if (wire == null) {
			return null;
		}
		return new SupportCase.RightsAssignment(WireValues.code(SupportCodes.ASSIGNMENT_PROGRAMS, wire.program()),
				WireValues.date(wire.effective(), WireValues.US_DATE, "assignment.effective"));
	}

	private static SupportCase.Referral referral(SupportWire.Referral wire) {
		if (wire == null) {
			return null;
		}
		return new SupportCase.Referral(WireValues.code(SupportCodes.REFERRAL_SOURCES, wire.source()),
				WireValues.date(wire.date(), WireValues.US_DATE, "referral.date"));
	}

	private static CaseWorker worker(SupportWire.Worker wire) {
		if (wire == null) {
			return null;
		}
		return new CaseWorker(WireValues.text(wire.name()), WireValues.text(wire.office()),
				WireValues.text(wire.phone()), WireValues.text(wire.email()));
	}

}
