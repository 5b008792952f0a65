package org.casebridge.gateway.jointcase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.change.ChangeFeed;
import org.casebridge.connector.change.ChangePage;
import org.casebridge.connector.change.RefusedChange;
import org.casebridge.gateway.person.PersonOpening;
import org.casebridge.gateway.person.PersonView;
import org.casebridge.gateway.source.ChangeFeeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the agencies' change feeds into the inbox, and applies what the inbox holds:
 * opens the person each change is about, decides their flags and raises an alert for each
 * recipient. Reading a page and moving the cursor are one transaction; raising a batch's
 * alerts and marking its changes applied are another, under the changes' row locks; so a
 * replica that stops at any point loses nothing and applies nothing twice, and the
 * appliers of every replica share the work. People are opened between the two, outside
 * any transaction: a claim on the changes keeps the other appliers from opening them too.
 */
@Component
class ChangeWork {

	private static final Logger logger = LoggerFactory.getLogger(ChangeWork.class);

	/** The agencies' own calendar: what is "today" for a review date. */
	private static final ZoneId AGENCY_ZONE = ZoneId.of("America/Denver");

	private static final long READ_TIMEOUT_SECONDS = 10;

	/** The agencies the flags are decided from; locate is not needed. */
	private static final Set<Source> DECIDED_FROM = Set.of(Source.SUPPORT, Source.WELFARE, Source.VITALS);

	/**
	 * The agencies the person a locate change is about is opened from: the flag that a
	 * parent was located rests on the locate answer too.
	 */
	private static final Set<Source> DECIDED_WITH_LOCATE = Set.of(Source.SUPPORT, Source.WELFARE, Source.VITALS,
			Source.LOCATE);

	private final ChangeFeeds feeds;

	private final ChangeInbox inbox;

	private final PersonOpening opening;

	private final PlacementResources resources;

	private final AlertRouting routing;

	private final AlertStore alerts;

	private final AlertAudit audit;

	private final AlertBroadcast broadcast;

	private final TransactionTemplate transactions;

	private final JointCaseProperties properties;

	private final Clock clock;

	private final ReentrantLock storing = new ReentrantLock();

	ChangeWork(ChangeFeeds feeds, ChangeInbox inbox, PersonOpening opening, PlacementResources resources,
			AlertRouting routing, AlertStore alerts, AlertAudit audit, AlertBroadcast broadcast,
			TransactionTemplate transactions, JointCaseProperties properties, Clock clock) {
		this.feeds = feeds;
		this.inbox = inbox;
		this.opening = opening;
		this.resources = resources;
		this.routing = routing;
		this.alerts = alerts;
		this.audit = audit;
		this.broadcast = broadcast;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/** Reads one page of every feed whose cursor no other replica holds. */
	int read() {
		int kept = 0;
		for (ChangeFeed feed : this.feeds.all()) {
			Integer count = this.transactions.execute((status) -> readPage(feed));
			kept += (count != null) ? count : 0;
		}
		return kept;
	}

	private int readPage(ChangeFeed feed) {
		Source source = feed.source();
		ChangeInbox.Cursor cursor = this.inbox.lockCursor(source).orElse(null);
		if (cursor == null) {
			return 0;
		}
		ChangePage page;
		try {
			page = feed.read(cursor.position(), this.properties.batchSize())
				.get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			logger.warn("change feed of {} not read: {}", source.id(), describe(ex));
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
		Instant now = this.clock.instant();
		int kept = 0;
		for (var change : page.changes()) {
			if (change.source() == source && this.inbox.keep(change, now)) {
				kept++;
			}
		}
		for (RefusedChange refused : page.refused()) {
			logger.warn("change {} of {} refused: {}", refused.eventId(), source.id(), refused.reason());
			this.inbox.refuse(source, refused, now);
			this.audit.refused(source, refused.reason());
		}
		this.inbox.moveCursor(source, page.cursor(), now);
		return kept;
	}

	/**
	 * Applies the oldest changes no other applier holds: claims them, opens each person
	 * they are about once (several changes to one record in a batch open it once; a
	 * change no flag rests on opens nothing), then, under the changes' row locks, raises
	 * the alerts and marks each change applied, once.
	 * @param applier this applier's name, unique among every replica's appliers
	 */
	int apply(String applier) {
		Instant claimedAt = this.clock.instant();
		List<ChangeInbox.Pending> claimed = this.transactions
			.execute((status) -> this.inbox.claim(applier, this.properties.applyAtOnce(), this.properties.maxAttempts(),
					claimedAt, claimedAt.plus(this.properties.claimLapse())));
		if (claimed == null || claimed.isEmpty()) {
			return 0;
		}
		Map<String, List<ChangeInbox.Pending>> bySubject = new LinkedHashMap<>();
		claimed.forEach((change) -> bySubject
			.computeIfAbsent(change.source().name() + ":" + change.agencyPersonId(), (k) -> new ArrayList<>())
			.add(change));
		LocalDate today = LocalDate.ofInstant(claimedAt, AGENCY_ZONE);
		Map<List<ChangeInbox.Pending>, CompletableFuture<Decided>> opened = new LinkedHashMap<>();
		for (List<ChangeInbox.Pending> changes : bySubject.values()) {
			ChangeInbox.Pending first = changes.get(0);
			boolean mayRaise = changes.stream().anyMatch((c) -> JointCaseFlags.mayRaise(c.kind()));
			Set<Source> sources = (first.source() == Source.LOCATE) ? DECIDED_WITH_LOCATE : DECIDED_FROM;
			opened.put(changes, mayRaise
					? decide(this.opening.openRecord(first.source(), first.agencyPersonId(), sources), sources, today)
					: null);
		}
		Map<List<ChangeInbox.Pending>, Opened> outcomes = new LinkedHashMap<>();
		opened.forEach((changes, view) -> outcomes.put(changes, await(view)));
		List<Alert> raised = new ArrayList<>();
		Integer applied;
		// one batch stored at a time per replica: storing holds a connection while the
		// audit trail, on a connection of its own, commits the batch's records
		this.storing.lock();
		try {
			applied = this.transactions.execute((status) -> applyAll(outcomes, raised));
		}
		finally {
			this.storing.unlock();
		}
		raised.forEach(this.broadcast::publish);
		return (applied != null) ? applied : 0;
	}

	private int applyAll(Map<List<ChangeInbox.Pending>, Opened> outcomes, List<Alert> raised) {
		Set<Long> unapplied = this.inbox
			.lockUnapplied(outcomes.keySet().stream().flatMap(List::stream).map(ChangeInbox.Pending::seq).toList());
		Instant now = this.clock.instant();
		Map<List<ChangeInbox.Pending>, List<Flag>> decided = new LinkedHashMap<>();
		Map<String, List<Long>> appliedByOutcome = new LinkedHashMap<>();
		for (Map.Entry<List<ChangeInbox.Pending>, Opened> entry : outcomes.entrySet()) {
			List<ChangeInbox.Pending> changes = entry.getKey()
				.stream()
				.filter((c) -> unapplied.contains(c.seq()))
				.toList();
			if (changes.isEmpty()) {
				continue;
			}
			Opened outcome = entry.getValue();
			if (outcome.failure() != null) {
				changes.forEach((c) -> this.inbox.failed(c.seq(), outcome.failure()));
				continue;
			}
			String result = outcome.applied();
			if (outcome.flags() != null) {
				decided.put(changes, outcome.flags());
				result = outcome.flags().size() + " flags";
			}
			if (changes.size() > 1) {
				result += ", decided once for " + changes.size() + " changes";
			}
			appliedByOutcome.computeIfAbsent(result, (k) -> new ArrayList<>())
				.addAll(changes.stream().map(ChangeInbox.Pending::seq).toList());
		}
		Map<Flag, Set<String>> recipients = this.routing
			.recipients(decided.values().stream().flatMap(List::stream).toList());
		List<CompletableFuture<Long>> audited = new ArrayList<>();
		decided.forEach((changes, flags) -> {
			// an alert counts from the first change that could have raised it
			Instant recorded = changes.stream()
				.map(ChangeInbox.Pending::recordedAt)
				.min(Instant::compareTo)
				.orElseThrow();
			for (Flag flag : flags) {
				for (String recipient : recipients.get(flag)) {
					this.alerts.raise(recipient, flag, now, recorded).ifPresent((alert) -> {
						audited.add(this.audit.creating(alert));
						this.broadcast.announce(alert);
						raised.add(alert);
					});
				}
			}
		});
		appliedByOutcome.forEach((outcome, seqs) -> this.inbox.applied(seqs, outcome, now));
		// the alerts are stored only once their creation is in the audit trail
		audited.forEach(AlertAudit::await);
		return appliedByOutcome.values().stream().mapToInt(List::size).sum();
	}

	/**
	 * The person's flags once their view is opened: those the agencies' records decide,
	 * and, where the view holds the locate answer, a located parent's; none when an
	 * agency the flags rest on did not answer.
	 */
	private CompletableFuture<Decided> decide(CompletableFuture<PersonView> opened, Set<Source> sources,
			LocalDate today) {
		return opened.thenCompose((view) -> {
			Source unanswered = unanswered(view, sources);
			if (unanswered != null) {
				return CompletableFuture.completedFuture(new Decided(null, unanswered));
			}
			List<Flag> flags = new ArrayList<>(JointCaseFlags.of(view.facts(), today));
			return this.resources.of(view, today).thenApply((located) -> {
				flags.addAll(located);
				return new Decided(flags, null);
			});
		});
	}

	/** A person's flags, or the agency that did not answer. */
	private record Decided(List<Flag> flags, Source unanswered) {
	}

	/** Waits for a person's flags; what a change's application rests on. */
	private static Opened await(CompletableFuture<Decided> decided) {
		if (decided == null) {
			return new Opened(null, "no flag rests on it", null);
		}
		try {
			Decided answered = decided.get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
			return (answered.unanswered() != null)
					? new Opened(null, null, answered.unanswered().id() + " did not answer")
					: new Opened(answered.flags(), null, null);
		}
		catch (ExecutionException | CompletionException ex) {
			return (ex.getCause() instanceof SourceException.NotFound) ? new Opened(null, "no such record", null)
					: new Opened(null, null, "not opened: " + describe(ex));
		}
		catch (TimeoutException ex) {
			return new Opened(null, null, "not opened in time");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while applying changes", ex);
		}
	}

	/**
	 * What opening a person came to: flags decided, a change applied without any (with
	 * why), or a failure to try again.
	 */
	private record Opened(List<Flag> flags, String applied, String failure) {
	}

	/**
	 * An agency asked that the flags are decided from and that did not answer, or null.
	 */
	private static Source unanswered(PersonView view, Set<Source> sources) {
		for (Source source : sources) {
			if (!view.facts().answered(source)) {
				return source;
			}
		}
		return null;
	}

	private static String describe(Throwable ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		return (cause instanceof SourceException source) ? source.getClass().getSimpleName()
				: cause.getClass().getSimpleName();
	}

}
