package org.casebridge.gateway.browsing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import graphql.GraphQLContext;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.casebridge.gateway.access.AccessContexts;
import org.casebridge.gateway.audit.AuditCaller;
import org.casebridge.gateway.audit.AuditEvent;
import org.casebridge.gateway.audit.AuditEventType;
import org.casebridge.gateway.audit.AuditOutcome;
import org.casebridge.gateway.audit.AuditTrail;
import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.disclosure.Disclosed;
import org.casebridge.gateway.disclosure.Disclosure;
import org.casebridge.gateway.graphql.CallerContext;
import org.casebridge.gateway.graphql.InterceptorOrder;
import org.casebridge.gateway.identity.InvalidHandleException;
import org.casebridge.gateway.identity.PersonHandle;
import org.casebridge.gateway.identity.PersonHandles;
import org.casebridge.gateway.jointcase.AssignedWorkers;
import org.casebridge.gateway.limits.SharedCounters;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Counts each person view towards its caller's pattern for the clock hour — the different
 * people viewed (a HyperLogLog) and, when the caller has no case tie to the person, the
 * views of this person — in counters every replica shares; the view that takes a count
 * past its threshold writes one {@code BULK_ACCESS_SUSPECTED} record to the audit trail
 * and counts in {@code casebridge.browsing.flagged}. The person is known by a one-way
 * hash of the agency records their handle names, so the counters hold no identifier. The
 * answer never waits for any of it; when Redis does not answer, nothing is counted (and
 * {@link SharedCounters} says so).
 * <p>
 * A case tie: the caller is the CaseBridge user of a worker an agency assigned to one of
 * the person's cases (a support case they are on, a removal episode), as the agencies
 * answered for this view and as {@code casebridge.joint-cases.workers} maps agency
 * workers to users. A watch is not a tie: anyone may watch anyone, so it would silence
 * the flag it is meant to raise.
 */
@Component
@Order(InterceptorOrder.ACCESS_PATTERNS)
@EnableConfigurationProperties(BrowsingProperties.class)
class BrowsingWatch implements WebGraphQlInterceptor, MeterBinder {

	private static final Logger logger = LoggerFactory.getLogger(BrowsingWatch.class);

	private static final String SCRIPT = """
			redis.call('PFADD', KEYS[1], ARGV[1])
			redis.call('PEXPIRE', KEYS[1], ARGV[2])
			local views = 0
			if ARGV[3] == '0' then
			  views = redis.call('INCR', KEYS[2])
			  if views == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
			end
			return {redis.call('PFCOUNT', KEYS[1]), views}
			""";

	private static final Duration HOUR = Duration.ofHours(1);

	private final BrowsingProperties properties;

	private final SharedCounters counters;

	private final PersonHandles handles;

	private final AuditTrail trail;

	private final AssignedWorkers assignedWorkers;

	private final Clock clock;

	private final AtomicLong manyPeople = new AtomicLong();

	private final AtomicLong samePerson = new AtomicLong();

	BrowsingWatch(BrowsingProperties properties, SharedCounters counters, PersonHandles handles, AuditTrail trail,
			AssignedWorkers assignedWorkers, Clock clock) {
		this.properties = properties;
		this.counters = counters;
		this.handles = handles;
		this.trail = trail;
		this.assignedWorkers = assignedWorkers;
		this.clock = clock;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).doOnNext((response) -> {
			GraphQLContext context = response.getExecutionInput().getGraphQLContext();
			Authentication caller = CallerContext.authentication(context);
			if (this.properties.enabled() && caller != null) {
				watch(caller, context);
			}
		});
	}

	private void watch(Authentication caller, GraphQLContext context) {
		Disclosure disclosure = Disclosure.find(context);
		if (disclosure == null) {
			return;
		}
		Disclosure.Snapshot snapshot = disclosure.snapshot();
		// a policy preview shows decisions, not a person's data: not a view
		Map<String, Set<String>> viewed = disclosure.viewedPeople();
		if (!snapshot.operations().contains("person") || viewed.isEmpty()) {
			return;
		}
		long hour = this.clock.millis() / HOUR.toMillis();
		String subject = caller.getName();
		viewed.forEach((handle, workers) -> {
			String person = personKey(handle);
			if (person == null) {
				return;
			}
			boolean tied = this.assignedWorkers.isAnyOf(subject, workers);
			this.counters
				.count(SCRIPT,
						List.of("browse:people:" + subject + ":" + hour,
								"browse:views:" + subject + ":" + hour + ":" + person),
						person, Long.toString(HOUR.toMillis()), tied ? "1" : "0")
				.subscribe((counts) -> flag(caller, snapshot, counts.get(0), counts.get(1)));
		});
	}

	private void flag(Authentication caller, Disclosure.Snapshot snapshot, long people, long views) {
		if (people == this.properties.distinctPeoplePerHour() + 1L) {
			this.manyPeople.incrementAndGet();
			record(caller, snapshot, "many different people: " + people + " in the hour (threshold "
					+ this.properties.distinctPeoplePerHour() + ")", List.of());
		}
		if (views == this.properties.viewsOfOnePersonPerHour() + 1L) {
			this.samePerson.incrementAndGet();
			record(caller, snapshot, "one person viewed " + views + " times in the hour without a case tie (threshold "
					+ this.properties.viewsOfOnePersonPerHour() + ")", snapshot.facts().agencyRecordIds());
		}
	}

	private void record(Authentication caller, Disclosure.Snapshot snapshot, String detail, List<String> records) {
		var context = AccessContexts.of(caller, PurposeOfUse.CASE_REVIEW);
		AuditEvent event = new AuditEvent(AuditEventType.BULK_ACCESS_SUSPECTED, this.clock.instant(),
				new AuditCaller(context.subject(), context.roles(), context.clientId()), null, null, null,
				Disclosed.records(snapshot.facts().purposeOfUse(), records), AuditOutcome.SUCCESS, detail);
		this.trail.commit(event).exceptionally((ex) -> {
			logger.error("a browsing flag could not be recorded in the audit trail");
			return null;
		});
	}

	/**
	 * A one-way key for the person a handle names; null for a handle that does not open.
	 */
	private String personKey(String handle) {
		PersonHandle opened;
		try {
			opened = this.handles.open(handle);
		}
		catch (InvalidHandleException ex) {
			return null;
		}
		TreeSet<String> records = new TreeSet<>();
		for (Map.Entry<?, String> record : opened.records().entrySet()) {
			records.add(record.getKey() + ":" + record.getValue());
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.join(",", records).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("casebridge.browsing.flagged", this.manyPeople, AtomicLong::get)
			.tag("pattern", "many_people")
			.description("Callers flagged for viewing more different people in an hour than the threshold")
			.register(registry);
		FunctionCounter.builder("casebridge.browsing.flagged", this.samePerson, AtomicLong::get)
			.tag("pattern", "same_person")
			.description("Callers flagged for viewing one person more often in an hour than the threshold, "
					+ "without a case tie to the person")
			.register(registry);
	}

}
