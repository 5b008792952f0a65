package org.casebridge.gateway.audit.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.casebridge.gateway.audit.AuditRecords.Recorded;

/**
 * One audit record as the {@code AuditEvent} GraphQL type shows it.
 */
record AuditEventView(String seq, String eventId, String type, Instant occurredAt, Instant recordedAt, String subject,
		List<String> roles, String clientId, String clientAddress, String purposeOfUse, String operationName,
		String documentHash, List<Criterion> criteria, List<String> personHandles, List<String> agencyRecordIds,
		List<String> fieldGroupsDisclosed, List<String> fieldGroupsWithheld, boolean familyViolenceRestricted,
		boolean federalTaxInformationDisclosed, List<SourceOutcome> sources, String outcome, String detail,
		String hash) {

	private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
	};

	static AuditEventView of(Recorded r) {
		List<Criterion> criteria = parse(r.criteriaJson()).entrySet()
			.stream()
			.map((e) -> new Criterion(e.getKey(), e.getValue()))
			.toList();
		List<SourceOutcome> sources = parse(r.sourceOutcomesJson()).entrySet()
			.stream()
			.map((e) -> new SourceOutcome(e.getKey(), e.getValue()))
			.toList();
		return new AuditEventView(Long.toString(r.seq()), r.eventId().toString(), r.type(), r.occurredAt(),
				r.recordedAt(), r.subject(), r.roles(), r.clientId(), r.clientAddress(), r.purposeOfUse(),
				r.operationName(), r.documentHash(), criteria, r.personHandles(), r.agencyRecordIds(),
				r.fieldGroupsDisclosed(), r.fieldGroupsWithheld(), r.familyViolenceRestricted(),
				r.federalTaxInformationDisclosed(), sources, r.outcome(), r.detail(), r.hash());
	}

	private static Map<String, String> parse(String json) {
		try {
			return JsonMapper.shared().readValue(json, MAP);
		}
		catch (JacksonException ex) {
			// a damaged record is still shown; the verifier reports it
			return Map.of("unreadable", "true");
		}
	}

	record Criterion(String name, String value) {

	}

	record SourceOutcome(String source, String outcome) {

	}

}
