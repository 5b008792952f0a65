package org.casebridge.simulator.internal.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.SyntheticPerson.Sex;
import org.casebridge.simulator.internal.http.Inputs;
import org.casebridge.simulator.internal.http.Json;
import org.casebridge.simulator.internal.population.Family;
import org.casebridge.simulator.internal.population.Identity;
import org.casebridge.simulator.internal.population.Match;
import org.casebridge.simulator.internal.population.Places;
import org.casebridge.simulator.internal.population.SimulationDate;
import org.casebridge.simulator.internal.population.SupportCase;
import org.casebridge.simulator.internal.population.SupportCase.Disbursement;
import org.casebridge.simulator.internal.population.SupportCase.Participant;
import org.casebridge.simulator.internal.population.SupportCase.Payment;
import org.casebridge.simulator.internal.population.Worker;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Members and cases in the child support system's JSON. */
final class SupportJson {

	private SupportJson() {
	}

	static ObjectNode member(Match match) {
		Identity identity = match.identity();
		ObjectNode member = Json.object()
			.put("memberId", identity.recordId())
			.put("ssn", Inputs.dashedSsn(identity.ssn()))
			.put("nameLast", identity.last())
			.put("nameFirst", identity.first())
			.put("nameMiddle", identity.middle());
		ArrayNode aliases = member.putArray("aliases");
		identity.aliases()
			.forEach((alias) -> aliases.add(Json.object()
				.put("last", alias.last())
				.put("first", alias.first())
				.put("type", alias.kind().name())));
		member.put("birthDate", date(identity.dateOfBirth()))
			.put("gender", (match.person().truth().sex() == Sex.FEMALE) ? "F" : "M")
			.put("deathDate", date(match.person().deathDate()))
			.put("fvi", identity.familyViolence() ? "Y" : "N");
		ArrayNode cases = member.putArray("cases");
		identity.caseNumbers().forEach(cases::add);
		member.put("lastUpdated", timestamp(identity.updated()));
		return member;
	}

	static ObjectNode supportCase(SupportCase supportCase, Family family) {
		ObjectNode json = Json.object()
			.put("caseId", supportCase.caseId())
			.put("caseType", supportCase.type())
			.put("status", supportCase.status())
			.put("openDate", date(supportCase.opened()));
		ArrayNode participants = json.putArray("participants");
		for (Participant participant : supportCase.participants()) {
			Identity identity = (participant.person() != null) ? family.identity(participant.person(), Agency.SUPPORT)
					: null;
			participants.add(Json.object()
				.put("memberId", (identity != null) ? identity.recordId() : null)
				.put("name", (identity != null) ? identity.fullName() : Places.IVE_AGENCY)
				.put("role", participant.role()));
		}
		SupportCase.Order order = supportCase.order();
		if (order == null) {
			json.putNull("order");
		}
		else {
			json.putObject("order")
				.put("orderNo", order.number())
				.put("orderType", order.type())
				.put("amount", money(order.amount()))
				.put("freq", order.frequency())
				.put("medical", order.medical() ? "Y" : "N")
				.put("effective", date(order.effective()));
		}
		SupportCase.Arrears arrears = supportCase.arrears();
		if (arrears == null) {
			json.putNull("arrears");
		}
		else {
			json.putObject("arrears")
				.put("family", money(arrears.family()))
				.put("state", money(arrears.state()))
				.put("asOf", date(arrears.asOf()));
		}
		ArrayNode payments = json.putArray("payments");
		for (Payment payment : supportCase.payments()) {
			payments.add(Json.object()
				.put("pmtId", payment.id())
				.put("date", date(payment.date()))
				.put("amount", money(payment.amount()))
				.put("source", payment.source()));
		}
		ArrayNode disbursements = json.putArray("disbursements");
		for (Disbursement disbursement : supportCase.disbursements()) {
			disbursements.add(Json.object()
				.put("disbId", disbursement.id())
				.put("receiptId", disbursement.receiptId())
				.put("date", date(disbursement.date()))
				.put("amount", money(disbursement.amount()))
				.put("payeeType", disbursement.payeeType())
				.put("payee", disbursement.payee()));
		}
		if (supportCase.assignment() == null) {
			json.putNull("assignment");
		}
		else {
			json.putObject("assignment")
				.put("program", supportCase.assignment().program())
				.put("effective", date(supportCase.assignment().effective()));
		}
		if (supportCase.referral() == null) {
			json.putNull("referral");
		}
		else {
			json.putObject("referral")
				.put("source", supportCase.referral().source())
				.put("date", date(supportCase.referral().date()));
		}
		Worker worker = supportCase.worker();
		json.putObject("worker")
			.put("name", worker.name())
			.put("office", worker.office())
			.put("phone", worker.phone())
			.put("email", worker.email());
		json.put("updated", timestamp(supportCase.updated()));
		return json;
	}

	private static String date(LocalDate date) {
		return (date == null) ? null : Inputs.US_DATE.format(date);
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(SimulationDate.ZONE));
	}

	private static String money(BigDecimal amount) {
		return amount.setScale(2).toPlainString();
	}

}
