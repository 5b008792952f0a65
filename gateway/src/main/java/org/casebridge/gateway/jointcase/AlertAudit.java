package org.casebridge.gateway.jointcase;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.casebridge.gateway.audit.AuditEvent;
import org.casebridge.gateway.audit.AuditEventType;
import org.casebridge.gateway.audit.AuditOutcome;
import org.casebridge.gateway.audit.AuditTrail;

import org.springframework.stereotype.Component;

/**
 * Records what happens to alerts in the audit trail: raised for whom, pushed, read,
 * acknowledged, dismissed (with the reason kept with the alert). A record names the
 * alert, its flag and the agency records it is about, never their data.
 */
@Component
class AlertAudit {

	private final AuditTrail trail;

	AlertAudit(AuditTrail trail) {
		this.trail = trail;
	}

	/** Waits for the record: raising runs in the background, never on a request. */
	void created(Alert alert) {
		this.trail.record(event(AuditEventType.ALERT_CREATED, alert.recipient(), alert).build());
	}

	CompletableFuture<Long> delivered(Alert alert) {
		return this.trail.commit(event(AuditEventType.ALERT_DELIVERED, alert.recipient(), alert).build());
	}

	CompletableFuture<Long> read(String reader, List<String> roles, List<Alert> alerts) {
		AuditEvent.Builder event = AuditEvent.builder(AuditEventType.ALERT_READ, AuditOutcome.SUCCESS)
			.occurredAt(Instant.now())
			.subject(reader)
			.roles(roles)
			.operationName("alerts")
			.agencyRecordIds(alerts.stream().flatMap((a) -> AlertStore.recordKeys(a.flag()).stream()).toList())
			.detail(truncate("alerts " + String.join(",", alerts.stream().map(Alert::id).toList())));
		return this.trail.commit(event.build());
	}

	CompletableFuture<Long> changed(AuditEventType type, String reader, List<String> roles, Alert alert) {
		return this.trail.commit(event(type, reader, alert).roles(roles).build());
	}

	private static AuditEvent.Builder event(AuditEventType type, String subject, Alert alert) {
		return AuditEvent.builder(type, AuditOutcome.SUCCESS)
			.occurredAt(Instant.now())
			.subject(subject)
			.operationName("alert")
			.agencyRecordIds(List.copyOf(AlertStore.recordKeys(alert.flag())))
			.detail("alert " + alert.id() + " " + alert.flag().kind().name());
	}

	private static String truncate(String text) {
		return (text.length() > 250) ? text.substring(0, 250) : text;
	}

}
