package org.casebridge.demo.replicas;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casebridge.connector.Source;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the replicas' database holds of the joint-case alerts, read as the superuser:
 * every alert, every change read from the agencies' feeds, and how often the audit trail
 * records each alert's creation; and what is wrong with it, given what the simulator's
 * ground truth expects and what live subscribers received.
 * <p>
 * An alert is lost when a change applied decided a flag that no alert carries: the inbox
 * records, per change, how many flags the applier decided for the person it opened
 * ({@code "3 flags"}), and the person's alerts must carry exactly that many flag keys; or
 * when a flag is held by fewer users than it is routed to (the workers of the cases it
 * notifies, and the watchers of its person, as the stored flag names them). An alert is
 * doubled when a recipient holds two for one flag key, when its creation is audited more
 * than once, or when a subscriber receives it more than once.
 *
 * @param alerts every alert stored
 * @param changes every change in the inbox
 * @param creations alert id to the number of {@code ALERT_CREATED} records naming it
 */
record AlertLedger(List<StoredAlert> alerts, List<InboxChange> changes, Map<String, Integer> creations) {

	private static final Pattern FLAGS = Pattern.compile("^(\\d+) flags\\b");

	private static final Pattern CREATED = Pattern.compile("^alert (\\S+) ");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Reads the ledger.
	 * @param url the database
	 * @param usersByWorker the gateway's configuration: agency worker id (e-mail) to the
	 * CaseBridge user they are
	 */
	static AlertLedger read(String url, Map<String, String> usersByWorker) throws SQLException {
		List<StoredAlert> alerts = new ArrayList<>();
		List<InboxChange> changes = new ArrayList<>();
		Map<String, Integer> creations = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			Map<String, Set<String>> watchers = new HashMap<>();
			try (ResultSet rows = statement.executeQuery("SELECT watcher, record_key FROM joint_watch")) {
				while (rows.next()) {
					watchers.computeIfAbsent(rows.getString(2), (key) -> new TreeSet<>()).add(rows.getString(1));
				}
			}
			try (ResultSet rows = statement.executeQuery(
					"SELECT id, recipient, flag_key, kind, subject_records, raised_at, flag FROM joint_alert")) {
				while (rows.next()) {
					Set<String> records = new TreeSet<>(Arrays.asList(rows.getString(5).split(" ")));
					alerts.add(new StoredAlert(rows.getString(1), rows.getString(2), rows.getString(3),
							rows.getString(4), records, rows.getTimestamp(6).toInstant(),
							routedTo(JSON.readTree(rows.getString(7)), records, usersByWorker,
									// a located parent goes to the child's workers only
									"PARENT_LOCATED".equals(rows.getString(4)) ? Map.of() : watchers)));
				}
			}
			changes.addAll(changes(statement, ""));
			try (ResultSet rows = statement
				.executeQuery("SELECT detail FROM audit_event WHERE event_type = 'ALERT_CREATED'")) {
				while (rows.next()) {
					Matcher created = CREATED.matcher(rows.getString(1));
					if (created.find()) {
						creations.merge(created.group(1), 1, Integer::sum);
					}
				}
			}
		}
		return new AlertLedger(List.copyOf(alerts), List.copyOf(changes), Map.copyOf(creations));
	}

	/**
	 * The changes not yet applied that an applier holds a live claim on, read on their
	 * own: quick enough to catch a replica in the middle of its work.
	 */
	static List<InboxChange> held(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			return changes(statement, " WHERE applied_at IS NULL AND claimed_until > now()");
		}
	}

	private static List<InboxChange> changes(Statement statement, String where) throws SQLException {
		List<InboxChange> changes = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery("SELECT seq, source, agency_person_id, event_id, claimed_by,"
				+ " claimed_until, applied_at, outcome FROM joint_change_inbox" + where + " ORDER BY seq")) {
			while (rows.next()) {
				changes.add(new InboxChange(rows.getLong(1),
						Source.valueOf(rows.getString(2)).id() + ":" + rows.getString(3), rows.getString(4),
						rows.getString(5), instant(rows.getTimestamp(6)), instant(rows.getTimestamp(7)),
						rows.getString(8)));
			}
		}
		return changes;
	}

	/**
	 * Everything wrong with the alerts, the changes and the deliveries; empty when every
	 * alert exists once, was received once by each subscriber it was due to, and by
	 * nobody else.
	 * @param expected what the simulator's ground truth says must have been raised
	 * @param receipts what live subscribers received
	 * @param earlier the alerts of an earlier look, which must still be there, the same,
	 * and must not be received again
	 */
	List<String> problems(Collection<Expected> expected, Collection<Receipts> receipts,
			Collection<StoredAlert> earlier) {
		List<String> problems = new ArrayList<>();
		Map<String, StoredAlert> byId = this.alerts.stream()
			.collect(Collectors.toMap(StoredAlert::id, Function.identity(), (a, b) -> a));
		Map<String, Long> perRecipientAndFlag = this.alerts.stream()
			.collect(Collectors.groupingBy((a) -> a.recipient() + " " + a.flagKey(), Collectors.counting()));
		perRecipientAndFlag.forEach((key, count) -> {
			if (count > 1) {
				problems.add(count + " alerts for one recipient and flag: " + key);
			}
		});
		Map<String, Set<String>> holders = new HashMap<>();
		Map<String, Set<String>> routed = new HashMap<>();
		for (StoredAlert alert : this.alerts) {
			holders.computeIfAbsent(alert.flagKey(), (key) -> new TreeSet<>()).add(alert.recipient());
			routed.computeIfAbsent(alert.flagKey(), (key) -> new TreeSet<>()).addAll(alert.routedTo());
		}
		holders.forEach((key, held) -> {
			if (!held.equals(routed.get(key))) {
				problems.add("flag " + key + " is routed to " + routed.get(key) + ", held by " + held);
			}
		});
		for (StoredAlert alert : this.alerts) {
			int audited = this.creations.getOrDefault(alert.id(), 0);
			if (audited != 1) {
				problems.add("alert " + alert.id() + " created " + audited + " times in the audit trail");
			}
		}
		for (InboxChange change : this.changes) {
			if (change.appliedAt() == null) {
				problems.add("change " + change.eventId() + " not applied (" + change.outcome() + ")");
				continue;
			}
			Matcher flags = FLAGS.matcher(change.outcome());
			if (flags.find()) {
				int decided = Integer.parseInt(flags.group(1));
				// a support or welfare change does not ask locate, so it cannot decide
				// whether a parent was located; a locate change decides every flag
				boolean asksLocate = change.recordKey().startsWith("locate:");
				Set<String> carried = this.alerts.stream()
					.filter((alert) -> alert.records().contains(change.recordKey()))
					.filter((alert) -> asksLocate || !"PARENT_LOCATED".equals(alert.kind()))
					.map(StoredAlert::flagKey)
					.collect(Collectors.toSet());
				if (carried.size() != decided) {
					problems.add("change " + change.eventId() + " about " + change.recordKey() + " decided " + decided
							+ " flags, its person's alerts carry " + carried.size());
				}
			}
		}
		for (Expected wanted : expected) {
			boolean raised = this.alerts.stream()
				.anyMatch((alert) -> alert.recipient().equals(wanted.user()) && alert.kind().equals(wanted.kind())
						&& alert.records().contains(wanted.recordKey()));
			if (!raised) {
				problems.add("no " + wanted.kind() + " alert for " + wanted.user() + " about " + wanted.recordKey());
			}
		}
		for (StoredAlert before : earlier) {
			StoredAlert now = byId.get(before.id());
			if (now == null || !now.recipient().equals(before.recipient()) || !now.flagKey().equals(before.flagKey())) {
				problems.add("earlier alert " + before.id() + " no longer stored as it was");
			}
		}
		Set<String> earlierIds = earlier.stream().map(StoredAlert::id).collect(Collectors.toSet());
		for (Receipts receipt : receipts) {
			Map<String, Long> times = receipt.ids()
				.stream()
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
			times.forEach((id, count) -> {
				StoredAlert alert = byId.get(id);
				if (count > 1) {
					problems.add(receipt.subscriber() + " received alert " + id + " " + count + " times");
				}
				if (alert == null) {
					problems.add(receipt.subscriber() + " received alert " + id + ", which is not stored");
				}
				else if (!alert.recipient().equals(receipt.user())) {
					problems.add(receipt.subscriber() + " received alert " + id + " of " + alert.recipient());
				}
				if (earlierIds.contains(id)) {
					problems.add(receipt.subscriber() + " received earlier alert " + id + " again");
				}
			});
			for (StoredAlert alert : this.alerts) {
				if (alert.recipient().equals(receipt.user()) && !earlierIds.contains(alert.id())
						&& !alert.raisedAt().isBefore(receipt.dueFrom()) && !alert.raisedAt().isAfter(receipt.dueTo())
						&& !times.containsKey(alert.id())) {
					problems.add(receipt.subscriber() + " never received alert " + alert.id() + " raised at "
							+ alert.raisedAt());
				}
			}
		}
		return problems;
	}

	/**
	 * Creations recorded for an alert that was never stored: the replica committed the
	 * record, then died before the alert's own transaction did, and another replica
	 * raised the alert again under a new id.
	 */
	Set<String> creationsWithoutAlert() {
		Set<String> stored = this.alerts.stream().map(StoredAlert::id).collect(Collectors.toSet());
		return this.creations.keySet()
			.stream()
			.filter((id) -> !stored.contains(id))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The ledger with one alert stored twice (a new id, the same recipient and flag). */
	AlertLedger withAlertTwice(StoredAlert alert, String newId) {
		List<StoredAlert> doubled = new ArrayList<>(this.alerts);
		doubled.add(new StoredAlert(newId, alert.recipient(), alert.flagKey(), alert.kind(), alert.records(),
				alert.raisedAt(), alert.routedTo()));
		Map<String, Integer> audited = new HashMap<>(this.creations);
		audited.put(newId, 1);
		return new AlertLedger(doubled, this.changes, audited);
	}

	/** The ledger without one alert, its creation still recorded. */
	AlertLedger without(StoredAlert alert) {
		return new AlertLedger(this.alerts.stream().filter((a) -> !a.id().equals(alert.id())).toList(), this.changes,
				this.creations);
	}

	/** The alerts raised since {@code since}, by anyone. */
	List<StoredAlert> raisedSince(Instant since) {
		return this.alerts.stream().filter((alert) -> !alert.raisedAt().isBefore(since)).toList();
	}

	/** Which appliers (replica id, then applier number) applied the changes, how many. */
	Map<String, Long> appliedByReplica() {
		return this.changes.stream()
			.filter((change) -> change.appliedAt() != null && change.claimedBy() != null)
			.collect(Collectors.groupingBy(InboxChange::replica, Collectors.counting()));
	}

	/**
	 * Whom the flag is for, by its own account: the users who are the workers of the
	 * cases it notifies, and the users watching its person (none, for a located parent).
	 */
	private static Set<String> routedTo(JsonNode flag, Set<String> records, Map<String, String> usersByWorker,
			Map<String, Set<String>> watchers) {
		Set<String> users = new TreeSet<>();
		for (JsonNode ref : flag.path("cases")) {
			String worker = ref.path("workerId").asString(null);
			if (ref.path("notified").asBoolean() && worker != null) {
				String user = usersByWorker.get(worker.toLowerCase(Locale.ROOT));
				if (user != null) {
					users.add(user);
				}
			}
		}
		records.forEach((record) -> users.addAll(watchers.getOrDefault(record, Set.of())));
		return users;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * An alert as stored, with the users its flag is routed to (its recipient among
	 * them).
	 */
	record StoredAlert(String id, String recipient, String flagKey, String kind, Set<String> records, Instant raisedAt,
			Set<String> routedTo) {
	}

	/** A change as the inbox holds it. */
	record InboxChange(long seq, String recordKey, String eventId, String claimedBy, Instant claimedUntil,
			Instant appliedAt, String outcome) {

		/** The replica whose applier last claimed it. */
		String replica() {
			return (this.claimedBy != null) ? this.claimedBy.split("/", 2)[0] : "";
		}

	}

	/** An alert the ground truth says the user must hold about the record. */
	record Expected(String user, String kind, String recordKey) {
	}

	/**
	 * What one subscriber received, and the alerts of its user due to it: those raised
	 * from {@code dueFrom} (when its replica counted the subscription) to {@code dueTo}.
	 */
	record Receipts(String subscriber, String user, List<String> ids, Instant dueFrom, Instant dueTo) {

		static Receipts of(AlertSubscriber subscriber, Instant dueFrom, Instant dueTo) {
			return new Receipts(subscriber.user() + " on " + subscriber.replica().name(), subscriber.user(),
					subscriber.received(), dueFrom, dueTo);
		}

	}

}
