package org.casebridge.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
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

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.casebridge.gateway.disclosure.Disclosed;
import org.casebridge.gateway.limits.RefusalListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Refusals that come in floods, recorded as one summary per source, kind of refusal and
 * minute, written after the minute ends, never as a synchronous write per request.
 * <ul>
 * <li>Callers who are not authenticated — no token, a malformed, forged or expired token,
 * a wrong password, a request refused for its shape before its token is checked — are
 * summarised per source address: at most one record per address and minute (and, beyond
 * {@value #MAX_OPEN} open summaries, one for all other addresses). What such a caller
 * claims to be (a token's unverified {@code sub} and client, the user name typed) is kept
 * as a claim in the record's criteria, never as its subject.</li>
 * <li>An authenticated caller refused because of load — over a rate limit (429) or at
 * admission (503) — is summarised per caller: one ACCESS_DENIED record under its verified
 * subject per kind and minute, so that a refused flood does not add a write per request
 * to a gateway that is already short of capacity.</li>
 * </ul>
 */
@Component
public class RefusalSummaries implements SmartLifecycle, RefusalListener {

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

	/** A token payload longer than this is not read for claims. */
	private static final int MAX_CLAIMS_LENGTH = 8192;

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
	 * Counts one failed authentication (recorded as {@code AUTHENTICATION_FAILED}).
	 * @param kind a short code, e.g. {@code MISSING_TOKEN}, {@code INVALID_BEARER_TOKEN}
	 * @param clientAddress the caller's address, or null
	 * @param claimedSubject who the caller claimed to be, unverified, or null
	 * @param claimedClient the client it claimed, unverified, or null
	 */
	void refused(String kind, String clientAddress, String claimedSubject, String claimedClient) {
		unauthenticated(AuditEventType.AUTHENTICATION_FAILED, kind, clientAddress, claimedSubject, claimedClient);
	}

	/**
	 * Counts one request refused before its caller was authenticated, for its shape or
	 * size (recorded as {@code ACCESS_DENIED} with no subject); what its bearer token
	 * claims, unverified, is kept as a claim. The token's signature is not checked: a
	 * malformed request costs no token check.
	 * @param kind a short code, e.g. {@code REQUEST_TOO_LARGE}
	 * @param request the refused request
	 */
	@Override
	public void refusedBeforeSignIn(String kind, HttpServletRequest request) {
		Map<?, ?> claims = unverifiedClaims(request.getHeader(HttpHeaders.AUTHORIZATION));
		unauthenticated(AuditEventType.ACCESS_DENIED, kind, request.getRemoteAddr(), claim(claims, "sub"),
				(claim(claims, "client_id") != null) ? claim(claims, "client_id") : claim(claims, "azp"));
	}

	/**
	 * Counts one operation of an authenticated caller refused because of load (over a
	 * rate limit, no capacity at admission).
	 * @param kind a short code, e.g. {@code RATE_LIMITED}, {@code OVERLOADED}
	 * @param caller the authenticated caller
	 * @param clientAddress the caller's address, or null
	 */
	@Override
	public void refusedForLoad(String kind, Authentication caller, String clientAddress) {
		Instant minute = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		// roles are fixed by the caller's token or session; the summary names them once
		AuditCaller who = AuditCaller.of(caller);
		Key key = new Key(minute, (clientAddress != null) ? clientAddress : "unknown", kind,
				AuditEventType.ACCESS_DENIED, who);
		this.open.computeIfAbsent(key, (k) -> new Tally()).add(null, null);
	}

	private void unauthenticated(AuditEventType type, String kind, String clientAddress, String claimedSubject,
			String claimedClient) {
		Instant minute = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		String address = (clientAddress != null) ? clientAddress : "unknown";
		Key key = new Key(minute, address, kind, type, null);
		if (!this.open.containsKey(key) && this.open.size() >= MAX_OPEN) {
			key = new Key(minute, OTHER_ADDRESSES, kind, type, null);
		}
		this.open.computeIfAbsent(key, (k) -> new Tally()).add(claimedSubject, claimedClient);
	}

	/** A bearer token's claims, read without checking anything; empty if unreadable. */
	static Map<?, ?> unverifiedClaims(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Map.of();
		}
		return unverifiedTokenClaims(authorization.substring(7).strip());
	}

	/** A JWT's claims, read without checking anything; empty if unreadable. */
	static Map<?, ?> unverifiedTokenClaims(String token) {
		String[] parts = token.split("\\.");
		if (parts.length != 3 || parts[1].length() > MAX_CLAIMS_LENGTH) {
			return Map.of();
		}
		try {
			byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
			return JsonMapper.shared().readValue(new String(payload, StandardCharsets.UTF_8), Map.class);
		}
		catch (RuntimeException ex) {
			return Map.of();
		}
	}

	static String claim(Map<?, ?> claims, String name) {
		Object value = claims.get(name);
		return (value instanceof String text && !text.isBlank()) ? text : null;
	}

	/** Writes the summaries of every minute that has ended. */
	void flushEnded() {
		flush(this.clock.instant().truncatedTo(ChronoUnit.MINUTES));
	}

	/** Writes every summary, the current minute's too (at shutdown, and for tests). */
	public void flushAll() {
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

	/**
	 * @param caller the authenticated caller, or null for a caller who is not
	 */
	private record Key(Instant minute, String address, String kind, AuditEventType type, AuditCaller caller) {

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
			return new AuditEvent(key.type(), key.minute(), key.caller(),
					OTHER_ADDRESSES.equals(key.address()) ? null : key.address(),
					(key.caller() != null) ? "refused for load" : "refused before sign-in", null,
					Disclosed.criteria(null, criteria), AuditOutcome.DENIED,
					key.kind() + " x" + this.count.get() + " in the minute");
		}

	}

}
