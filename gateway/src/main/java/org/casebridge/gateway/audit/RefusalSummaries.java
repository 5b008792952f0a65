package org.casebridge.gateway.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.casebridge.gateway.disclosure.Disclosed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Refusals of callers who are not authenticated — no token, a malformed, forged or
 * expired token, a wrong password — recorded as one summary per source address, kind of
 * refusal and minute, written after the minute ends. An anonymous flood therefore adds at
 * most one record per address and minute (and, beyond {@value #MAX_OPEN} open summaries,
 * one for all other addresses), never a synchronous write per request. What such a caller
 * claims to be (a token's unverified {@code sub} and client, the user name typed) is kept
 * as a claim in the record's criteria, never as its subject.
 */
@Component
class RefusalSummaries implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(RefusalSummaries.class);

	/**
	 * Open summaries kept at most; beyond them, refusals share one per kind and minute.
	 */
	static final int MAX_OPEN = 10_000;

	/** The address under which refusals beyond {@link #MAX_OPEN} are summarised. */
	static final String OTHER_ADDRESSES = "other-addresses";

	private static final int MAX_CLAIMS = 5;

	private static final java.util.regex.Pattern SSN_LIKE = java.util.regex.Pattern
		.compile("\\d{3}[- ]?\\d{2}[- ]?\\d{4}");

	private static final int MAX_CLAIM_LENGTH = 64;

	private final AuditTrail trail;

	private final Clock clock;

	private final Map<Key, Tally> open = new ConcurrentHashMap<>();

	private ScheduledExecutorService flusher;

	@Autowired
	RefusalSummaries(AuditTrail trail) {
		this(trail, Clock.systemUTC());
	}

	RefusalSummaries(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * Counts one refusal.
	 * @param kind a short code, e.g. {@code MISSING_TOKEN}, {@code INVALID_BEARER_TOKEN}
	 * @param clientAddress the caller's address, or null
	 * @param claimedSubject who the caller claimed to be, unverified, or null
	 * @param claimedClient the client it claimed, unverified, or null
	 */
	void refused(String kind, String clientAddress, String claimedSubject, String claimedClient) {
		Instant minute = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		String address = (clientAddress != null) ? clientAddress : "unknown";
		Key key = new Key(minute, address, kind);
		if (!this.open.containsKey(key) && this.open.size() >= MAX_OPEN) {
			key = new Key(minute, OTHER_ADDRESSES, kind);
		}
		this.open.computeIfAbsent(key, (k) -> new Tally()).add(claimedSubject, claimedClient);
	}

	/** Writes the summaries of every minute that has ended. */
	void flushEnded() {
		flush(this.clock.instant().truncatedTo(ChronoUnit.MINUTES));
	}

	/** Writes every summary, the current minute's too (at shutdown, and for tests). */
	void flushAll() {
		flush(Instant.MAX);
	}

	private void flush(Instant before) {
		List<AuditEvent> events = new ArrayList<>();
		for (Key key : List.copyOf(this.open.keySet())) {
			if (key.minute().isBefore(before)) {
				Tally tally = this.open.remove(key);
				if (tally != null) {
					events.add(tally.event(key));
				}
			}
		}
		for (AuditEvent event : events) {
			this.trail.commit(event).whenComplete((seq, error) -> {
				if (error != null) {
					logger.warn("A summary of refused requests could not be recorded ({})",
							error.getClass().getSimpleName());
				}
			});
		}
	}

	@Override
	public synchronized void start() {
		if (this.flusher != null) {
			return;
		}
		this.flusher = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "audit-refusals");
			thread.setDaemon(true);
			return thread;
		});
		this.flusher.scheduleWithFixedDelay(this::flushEndedQuietly, 5, 5, TimeUnit.SECONDS);
	}

	private void flushEndedQuietly() {
		try {
			flushEnded();
		}
		catch (RuntimeException ex) {
			logger.warn("Refusal summaries not flushed; will retry ({})", ex.getClass().getSimpleName());
		}
	}

	@Override
	public synchronized void stop() {
		if (this.flusher != null) {
			this.flusher.shutdownNow();
			this.flusher = null;
		}
		flushAll();
	}

	@Override
	public synchronized boolean isRunning() {
		return this.flusher != null;
	}

	@Override
	public int getPhase() {
		// stops before the audit writer, so the last summaries are still written
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

	private record Key(Instant minute, String address, String kind) {

	}

	private static final class Tally {

		private final AtomicLong count = new AtomicLong();

		private final Set<String> subjects = new LinkedHashSet<>();

		private final Set<String> clients = new LinkedHashSet<>();

		void add(String claimedSubject, String claimedClient) {
			this.count.incrementAndGet();
			synchronized (this) {
				claim(this.subjects, claimedSubject);
				claim(this.clients, claimedClient);
			}
		}

		private static void claim(Set<String> claims, String claimed) {
			if (claimed != null && !claimed.isBlank() && claims.size() < MAX_CLAIMS) {
				// a claim is whatever the caller sent: never keep one that could be an
				// SSN
				String printable = SSN_LIKE.matcher(claimed).find() ? "(withheld: nine digits)"
						: claimed.replaceAll("\\p{Cntrl}", "?");
				claims.add(
						(printable.length() > MAX_CLAIM_LENGTH) ? printable.substring(0, MAX_CLAIM_LENGTH) : printable);
			}
		}

		synchronized AuditEvent event(Key key) {
			Map<String, String> criteria = new LinkedHashMap<>();
			if (!this.subjects.isEmpty()) {
				criteria.put("claimedSubject", String.join(",", this.subjects));
			}
			if (!this.clients.isEmpty()) {
				criteria.put("claimedClient", String.join(",", this.clients));
			}
			if (OTHER_ADDRESSES.equals(key.address())) {
				criteria.put("addresses", OTHER_ADDRESSES);
			}
			return new AuditEvent(AuditEventType.AUTHENTICATION_FAILED, key.minute(), null,
					OTHER_ADDRESSES.equals(key.address()) ? null : key.address(), "refused before sign-in", null,
					Disclosed.criteria(null, criteria), AuditOutcome.DENIED,
					key.kind() + " x" + this.count.get() + " in the minute");
		}

	}

}
