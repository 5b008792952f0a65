package org.casebridge.gateway.jointcase;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.casebridge.connector.Source;
import org.casebridge.gateway.audit.AuditCaller;
import org.casebridge.gateway.audit.AuditEvent;
import org.casebridge.gateway.audit.AuditEventType;
import org.casebridge.gateway.audit.AuditOutcome;
import org.casebridge.gateway.audit.AuditTrail;
import org.casebridge.gateway.audit.AuditUnavailableException;
import org.casebridge.gateway.disclosure.Disclosed;

import org.springframework.stereotype.Component;

/**
 * Records what happens to alerts in the audit trail: raised for whom, pushed, read,
 * acknowledged, dismissed (with the reason kept with the alert); and the agencies'
 * changes refused. A record names the alert, its flag and the agency records it is about,
 * never their data.
 */
@Component
class AlertAudit {

	private final AuditTrail trail;

	AlertAudit(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * Records a change an agency's feed held that was refused (not signed by the agency,
	 * or unreadable), waiting for the record: the feed's cursor moves past the change
	 * only once its refusal is in the trail. The record names the agency as the caller
	 * and the kind of refusal, never the change's content.
	 */
	void refused(Source source, String reason) {
		String kind = (reason != null) ? reason.split(":", 2)[0].strip() : "";
		String detail = "change refused: " + (kind.matches("[a-z ]{1,60}") ? kind : "unreadable");
		this.trail.record(new AuditEvent(AuditEventType.CHANGE_REFUSED, Instant.now(),
				new AuditCaller("agency:" + source.id(), List.of(), null), null, "change-feed", null, null,
				AuditOutcome.INVALID, detail));
	}

	/**
	 * Records the alert's creation; the caller stores the alert only once the record is
	 * committed ({@link #await}), so the creations of a batch share group commits.
	 */
	CompletableFuture<Long> creating(Alert alert) {
		return this.trail.commit(event(AuditEventType.ALERT_CREATED, alert.recipient(), List.of(), alert));
	}

	/**
	 * Waits for a record to be committed.
	 * @throws AuditUnavailableException if it could not be
	 */
	static long await(CompletableFuture<Long> record) {
		try {
			return record.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof AuditUnavailableException unavailable) {
				throw unavailable;
			}
			throw new AuditUnavailableException("audit record could not be committed", ex.getCause());
		}
	}

	CompletableFuture<Long> delivered(Alert alert) {
		return this.trail.commit(event(AuditEventType.ALERT_DELIVERED, alert.recipient(), List.of(), alert));
	}

	CompletableFuture<Long> read(String reader, List<String> roles, List<Alert> alerts) {
		return this.trail.commit(new AuditEvent(AuditEventType.ALERT_READ, Instant.now(),
				new AuditCaller(reader, roles, null), null, "alerts", null,
				Disclosed.records(null,
						alerts.stream().flatMap((a) -> AlertStore.recordKeys(a.flag()).stream()).toList()),
				AuditOutcome.SUCCESS, truncate("alerts " + String.join(",", alerts.stream().map(Alert::id).toList()))));
	}

	CompletableFuture<Long> changed(AuditEventType type, String reader, List<String> roles, Alert alert) {
		return this.trail.commit(event(type, reader, roles, alert));
	}

	/**
	 * An acknowledgement or dismissal of an alert that is not the caller's, or of none:
	 * recorded as a refusal naming the id asked for (when it is one) and nothing of any
	 * alert, so probing for others' alerts leaves a trail.
	 */
	CompletableFuture<Long> refusedChange(AuditEventType attempted, String subject, List<String> roles, String id) {
		return this.trail.commit(new AuditEvent(AuditEventType.ACCESS_DENIED, Instant.now(),
				new AuditCaller(subject, roles, null), null, "alert", null, null, AuditOutcome.DENIED,
				"NOT_FOUND " + attempted.name() + " of alert " + (isAlertId(id) ? id : "(malformed id)")));
	}

	private static boolean isAlertId(String id) {
		try {
			return id != null && id.length() == 36 && UUID.fromString(id).toString().equals(id);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static AuditEvent event(AuditEventType type, String subject, List<String> roles, Alert alert) {
		return new AuditEvent(type, Instant.now(), new AuditCaller(subject, roles, null), null, "alert", null,
				Disclosed.records(null, List.copyOf(AlertStore.recordKeys(alert.flag()))), AuditOutcome.SUCCESS,
				"alert " + alert.id() + " " + alert.flag().kind().name());
	}

	private static String truncate(String text) {
		return (text.length() > 250) ? text.substring(0, 250) : text;
	}

}
