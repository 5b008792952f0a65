package org.casebridge.simulator.internal.changes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.internal.http.Inputs;
import org.casebridge.simulator.internal.http.Json;
import org.casebridge.simulator.internal.population.SimulationDate;

/**
 * One agency's change feed: every change it announced, in order, each as the agency
 * serves it (child support in its camel case and US dates, child welfare in snake case,
 * numbers and epoch millis, locate in camel case and compact dates, naming the locate
 * record reported) and signed with the agency's event key over its fields as sent.
 * Positions start at 1; the cursor is the position of the last change read.
 */
public final class ChangeLog {

	private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final Agency agency;

	private final byte[] key;

	private final List<ObjectNode> entries = new ArrayList<>();

	public ChangeLog(Agency agency, String key) {
		if (agency == Agency.VITALS) {
			throw new IllegalArgumentException(agency + " keeps no change feed");
		}
		this.agency = agency;
		this.key = key.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Appends a change, signed.
	 * @param code the agency's own code for what happened
	 * @param personId the agency's person id (the locate subject key)
	 * @param caseNumber the agency case, or null; for locate, the record reported
	 * @param effective the day it took effect, or null
	 * @param recorded when the agency recorded it
	 * @return the change's event id
	 */
	public synchronized String announce(String code, String personId, String caseNumber, LocalDate effective,
			Instant recorded) {
		return append(code, personId, caseNumber, effective, recorded, Tampering.NONE);
	}

	/**
	 * Appends a change the gateway must refuse: unsigned (its signature is not the
	 * agency's) or unreadable (its effective date is impossible, though signed).
	 */
	public synchronized String announceTampered(String code, String personId, String caseNumber, LocalDate effective,
			Instant recorded, Tampering tampering) {
		return append(code, personId, caseNumber, effective, recorded, tampering);
	}

	/** The changes after position {@code after}, at most {@code limit}, as a page. */
	public synchronized ObjectNode page(long after, int limit) {
		ObjectNode body = Json.object();
		int from = (int) Math.min(Math.max(after, 0), this.entries.size());
		int to = Math.min(this.entries.size(), from + limit);
		ArrayNode items = body.putArray(switch (this.agency) {
			case SUPPORT -> "changes";
			case WELFARE -> "events";
			default -> "items";
		});
		for (int i = from; i < to; i++) {
			items.add(this.entries.get(i).deepCopy());
		}
		body.put(switch (this.agency) {
			case SUPPORT -> "next";
			case WELFARE -> "next_after";
			default -> "since";
		}, Long.toString(to));
		return body;
	}

	public synchronized int size() {
		return this.entries.size();
	}

	private String append(String code, String personId, String caseNumber, LocalDate effective, Instant recorded,
			Tampering tampering) {
		int position = this.entries.size() + 1;
		ObjectNode entry = Json.object();
		String id;
		if (this.agency == Agency.SUPPORT) {
			id = String.format("SUP-EV-%09d", position);
			String effectiveText = (tampering == Tampering.UNREADABLE) ? "13/45/2026"
					: (effective != null) ? Inputs.US_DATE.format(effective) : null;
			String recordedText = OFFSET_TIME.format(recorded.atZone(SimulationDate.ZONE).toOffsetDateTime());
			entry.put("changeId", id)
				.put("type", code)
				.put("memberId", personId)
				.put("caseId", caseNumber)
				.put("effective", effectiveText)
				.put("recorded", recordedText);
			entry.put("signature", sign(tampering, id, code, personId, caseNumber, effectiveText, recordedText));
		}
		else if (this.agency == Agency.LOCATE) {
			id = String.format("LOC-CH-%09d", position);
			String effectiveText = (tampering == Tampering.UNREADABLE) ? "20261345"
					: (effective != null) ? Inputs.COMPACT_DATE.format(effective) : null;
			String loggedText = DateTimeFormatter.ISO_INSTANT.format(recorded);
			entry.put("changeKey", id)
				.put("type", code)
				.put("subjectKey", personId)
				.put("recordId", caseNumber)
				.put("effective", effectiveText)
				.put("loggedAt", loggedText);
			entry.put("signature", sign(tampering, id, code, personId, caseNumber, effectiveText, loggedText));
		}
		else {
			id = String.format("CW-EV-%09d", position);
			String effectiveText = (tampering == Tampering.UNREADABLE) ? "2026-13-45"
					: (effective != null) ? effective.toString() : null;
			long recordedMillis = recorded.toEpochMilli();
			entry.put("event_id", id)
				.put("event_cd", code)
				.put("person_id", Long.parseLong(personId))
				.put("case_number", caseNumber)
				.put("effective_dt", effectiveText)
				.put("recorded_ts", recordedMillis);
			entry.put("sig",
					sign(tampering, id, code, personId, caseNumber, effectiveText, Long.toString(recordedMillis)));
		}
		this.entries.add(entry);
		return id;
	}

	private String sign(Tampering tampering, String... fields) {
		if (tampering == Tampering.UNSIGNED) {
			return Base64.getEncoder().encodeToString("not the agency's signature".getBytes(StandardCharsets.UTF_8));
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				text.append('\n');
			}
			text.append((fields[i] != null) ? fields[i] : "");
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** How a change is spoilt on purpose. */
	public enum Tampering {

		NONE, UNSIGNED, UNREADABLE

	}

}
