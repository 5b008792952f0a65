package org.casebridge.gateway.jointcase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.casebridge.connector.Source;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.audit.AuditCaller;
import org.casebridge.gateway.audit.AuditEventType;
import org.casebridge.gateway.disclosure.Disclosure;
import org.casebridge.gateway.graphql.ErrorCode;
import org.casebridge.gateway.identity.PersonHandle;
import org.casebridge.gateway.identity.PersonHandles;
import org.casebridge.gateway.person.PersonOpening;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.LocalContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * The alerts inbox, its acknowledge and dismiss mutations, live notices, and a person's
 * flags decided now. A caller only ever reaches their own alerts; what each alert shows
 * is decided by the enforcement point in front of {@code alerts}, as for the person view.
 */
@Controller
class AlertController {

	private static final ZoneId AGENCY_ZONE = ZoneId.of("America/Denver");

	private static final int MAX_FIRST = 200;

	private static final int MAX_REASON = 1000;

	private final AlertStore store;

	private final AlertAudit audit;

	private final AlertRouting routing;

	private final AlertBroadcast broadcast;

	private final PersonOpening opening;

	private final PlacementResources resources;

	private final PersonHandles handles;

	private final Clock clock;

	AlertController(AlertStore store, AlertAudit audit, AlertRouting routing, AlertBroadcast broadcast,
			PersonOpening opening, PlacementResources resources, PersonHandles handles, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.routing = routing;
		this.broadcast = broadcast;
		this.opening = opening;
		this.resources = resources;
		this.handles = handles;
		this.clock = clock;
	}

	@QueryMapping
	CompletableFuture<AlertInbox> alerts(@Argument List<AlertStatus> status, @Argument Integer first,
			@LocalContextValue Grants grants, Authentication caller) {
		int limit = (first != null) ? first : 50;
		if (limit < 1 || limit > MAX_FIRST) {
			throw new AlertDismissalException(ErrorCode.BAD_REQUEST, "first must be from 1 to " + MAX_FIRST + ".");
		}
		Set<AlertStatus> statuses = (status == null || status.isEmpty())
				? EnumSet.of(AlertStatus.NEW, AlertStatus.ACKNOWLEDGED) : EnumSet.copyOf(status);
		String reader = caller.getName();
		List<Alert> alerts = this.store.inbox(reader, statuses, limit);
		AlertInbox inbox = new AlertInbox(alerts, this.store.countNew(reader));
		return this.audit.read(reader, AuditCaller.of(caller).roles(), alerts).thenApply((sequence) -> inbox);
	}

	@QueryMapping
	int alertCount(Authentication caller) {
		return this.store.countNew(caller.getName());
	}

	@QueryMapping
	CompletableFuture<PersonFlags> jointCaseFlags(@Argument String handle, @LocalContextValue Grants grants,
			GraphQLContext context) {
		PersonHandle opened = this.handles.open(handle);
		Disclosure.of(context).personHandle(handle);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), AGENCY_ZONE);
		return this.opening.open(opened, grants.sources())
			.thenCompose((view) -> this.resources.of(view, today).thenApply((located) -> {
				List<Flag> flags = new ArrayList<>(JointCaseFlags.of(view.facts(), today));
				flags.addAll(located);
				return new PersonFlags(flags, view.facts());
			}));
	}

	@MutationMapping
	CompletableFuture<Alert> acknowledgeAlert(@Argument String id, Authentication caller) {
		return change(id, caller, AlertStatus.ACKNOWLEDGED, null, AuditEventType.ALERT_ACKNOWLEDGED);
	}

	@MutationMapping
	CompletableFuture<Alert> dismissAlert(@Argument String id, @Argument String reason, Authentication caller) {
		String given = (reason != null) ? reason.strip() : "";
		if (given.isEmpty() || given.length() > MAX_REASON) {
			throw new AlertDismissalException(ErrorCode.BAD_REQUEST,
					"A dismissal needs a reason of 1 to " + MAX_REASON + " characters.");
		}
		return change(id, caller, AlertStatus.DISMISSED, given, AuditEventType.ALERT_DISMISSED);
	}

	@MutationMapping
	boolean watchPerson(@Argument String handle, Authentication caller) {
		PersonHandle opened = this.handles.open(handle);
		this.store.watch(caller.getName(),
				opened.records().entrySet().stream().map((e) -> e.getKey().id() + ":" + e.getValue()).toList(),
				this.clock.instant());
		return true;
	}

	@SubscriptionMapping
	Flux<Alert> alertRaised(Authentication caller) {
		String recipient = caller.getName();
		return this.broadcast.raisedFor(recipient)
			.concatMap((alert) -> Mono.fromFuture(() -> this.audit.delivered(alert)).thenReturn(alert));
	}

	@SchemaMapping(typeName = "AlertNotice")
	FlagKind kind(Alert alert) {
		return alert.flag().kind();
	}

	@SchemaMapping(typeName = "AlertNotice")
	Object actingAgency(Alert alert) {
		return alert.flag().actingAgency();
	}

	@SchemaMapping(typeName = "JointCaseFlag")
	String reason(Flag flag) {
		return flag.reason();
	}

	@SchemaMapping(typeName = "Alert")
	String person(Alert alert) {
		return this.opening.handleFor(alert.flag().subject());
	}

	/**
	 * A handle for the child a located parent's flag is about, to open the parent for.
	 */
	@SchemaMapping(typeName = "LocatedEvidence")
	String child(Flag.Located located) {
		return this.opening.handleFor(Map.of(Source.WELFARE, located.childRecordId()));
	}

	@SchemaMapping(typeName = "FlagCase")
	boolean assignedToCaller(Flag.CaseRef ref, Authentication caller) {
		return this.routing.assigned(caller.getName(), ref);
	}

	private CompletableFuture<Alert> change(String id, Authentication caller, AlertStatus status, String reason,
			AuditEventType type) {
		String user = caller.getName();
		Alert alert = this.store.find(id, user).orElse(null);
		if (alert == null) {
			// someone else's alert, or none: the same answer either way, after a record
			// of
			// the attempt (answered even if the record cannot be written: nothing was
			// shown)
			return this.audit.refusedChange(type, user, AuditCaller.of(caller).roles(), id)
				.handle((sequence, failure) -> null)
				.thenCompose((ignored) -> CompletableFuture
					.failedFuture(new AlertDismissalException(ErrorCode.NOT_FOUND, "No such alert of yours.")));
		}
		this.store.update(id, user, status, reason, this.clock.instant());
		Alert changed = new Alert(alert.id(), user, alert.flag(), alert.raisedAt(), status, this.clock.instant(),
				reason);
		return this.audit.changed(type, user, AuditCaller.of(caller).roles(), changed).thenApply((sequence) -> changed);
	}

}
