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
 * recipient. Reading a page and moving the cursor are one transaction; applying a change,
 * raising its alerts and marking it applied are another; so a replica that stops at any
 * point loses nothing and applies nothing twice, and two replicas share the work.
 */
@Component
class ChangeWork {

	private static final Logger logger = LoggerFactory.getLogger(ChangeWork.class);

	/** The agencies' own calendar: what is "today" for a review date. */
	private static final ZoneId AGENCY_ZONE = ZoneId.of("America/Denver");

	private static final long READ_TIMEOUT_SECONDS = 10;

	/** The agencies the flags are decided from; locate is not needed. */
	private static final Set<Source> DECIDED_FROM = Set.of(Source.SUPPORT, Source.WELFARE, Source.VITALS);

	private final ChangeFeeds feeds;

	private final ChangeInbox inbox;

	private final PersonOpening opening;

	private final AlertRouting routing;

	private final AlertStore alerts;

	private final AlertAudit audit;

	private final AlertBroadcast broadcast;

	private final TransactionTemplate transactions;

	private final JointCaseProperties properties;

	private final Clock clock;

	ChangeWork(ChangeFeeds feeds, ChangeInbox inbox, PersonOpening opening, AlertRouting routing, AlertStore alerts,
			AlertAudit audit, AlertBroadcast broadcast, TransactionTemplate transactions,
			JointCaseProperties properties, Clock clock) {
		this.feeds = feeds;
		this.inbox = inbox;
		this.opening = opening;
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
		}
		this.inbox.moveCursor(source, page.cursor(), now);
		return kept;
	}

	/** Applies the oldest changes no other replica is applying. */
	int apply() {
		List<Alert> raised = new ArrayList<>();
		Integer applied = this.transactions.execute((status) -> applyBatch(raised));
		raised.forEach(this.broadcast::publish);
		return (applied != null) ? applied : 0;
	}

	private int applyBatch(List<Alert> raised) {
		List<ChangeInbox.Pending> pending = this.inbox.lockPending(this.properties.applyAtOnce(),
				this.properties.maxAttempts());
		if (pending.isEmpty()) {
			return 0;
		}
		Map<ChangeInbox.Pending, CompletableFuture<PersonView>> views = new LinkedHashMap<>();
		for (ChangeInbox.Pending change : pending) {
			views.put(change, this.opening.openRecord(change.source(), change.agencyPersonId(), DECIDED_FROM));
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, AGENCY_ZONE);
		int applied = 0;
		for (Map.Entry<ChangeInbox.Pending, CompletableFuture<PersonView>> entry : views.entrySet()) {
			ChangeInbox.Pending change = entry.getKey();
			PersonView view;
			try {
				view = entry.getValue().get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
			}
			catch (ExecutionException | CompletionException ex) {
				if (ex.getCause() instanceof SourceException.NotFound) {
					this.inbox.applied(change.seq(), "no such record", now);
					applied++;
				}
				else {
					this.inbox.failed(change.seq(), "not opened: " + describe(ex));
				}
				continue;
			}
			catch (TimeoutException ex) {
				this.inbox.failed(change.seq(), "not opened in time");
				continue;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while applying changes", ex);
			}
			Source unanswered = unanswered(view);
			if (unanswered != null) {
				this.inbox.failed(change.seq(), unanswered.id() + " did not answer");
				continue;
			}
			List<Flag> flags = JointCaseFlags.of(view.facts(), today);
			for (Flag flag : flags) {
				for (String recipient : this.routing.recipients(flag)) {
					this.alerts.raise(recipient, flag, now, change.recordedAt()).ifPresent((alert) -> {
						this.audit.created(alert);
						this.broadcast.announce(alert);
						raised.add(alert);
					});
				}
			}
			this.inbox.applied(change.seq(), flags.size() + " flags", now);
			applied++;
		}
		return applied;
	}

	/** An agency the flags are decided from that did not answer, or null. */
	private static Source unanswered(PersonView view) {
		for (Source source : DECIDED_FROM) {
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
