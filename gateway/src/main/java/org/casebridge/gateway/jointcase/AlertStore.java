package org.casebridge.gateway.jointcase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The alerts and the watches, in the database every replica shares. An alert is stored
 * once per recipient and flag key, whoever raises it and however often.
 */
@Repository
class AlertStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = "id, recipient, flag, raised_at, status, status_at, dismiss_reason";

	private final JdbcClient jdbc;

	AlertStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Raises the flag for the recipient, unless it already was.
	 * @param changeRecordedAt when the agency recorded the change that raised it
	 * @return the new alert, or empty when the recipient already had it
	 */
	Optional<Alert> raise(String recipient, Flag flag, Instant now, Instant changeRecordedAt) {
		String id = UUID.randomUUID().toString();
		int inserted = this.jdbc
			.sql("INSERT INTO joint_alert (id, recipient, flag_key, kind, acting_agency, subject_records, flag,"
					+ " raised_at, change_recorded_at, status) VALUES (:id, :recipient, :key, :kind, :acting, :subject,"
					+ " :flag, :at, :changeAt, 'NEW')" + " ON CONFLICT DO NOTHING")
			.param("id", id)
			.param("recipient", recipient)
			.param("key", flag.key())
			.param("kind", flag.kind().name())
			.param("acting", flag.actingAgency().name())
			.param("subject", recordKeys(flag).stream().collect(Collectors.joining(" ")))
			.param("flag", JSON.writeValueAsString(flag))
			.param("at", Timestamp.from(now))
			.param("changeAt", Timestamp.from(changeRecordedAt))
			.update();
		return (inserted == 1) ? Optional.of(new Alert(id, recipient, flag, now, AlertStatus.NEW, null, null))
				: Optional.empty();
	}

	/** The recipient's alerts in the given states, newest first. */
	List<Alert> inbox(String recipient, Collection<AlertStatus> statuses, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM joint_alert WHERE recipient = :recipient AND status IN (:statuses)"
					+ " ORDER BY raised_at DESC, id LIMIT :limit")
			.param("recipient", recipient)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.param("limit", limit)
			.query((rs, row) -> alert(rs))
			.list();
	}

	/** How many of the recipient's alerts are new. */
	int countNew(String recipient) {
		return this.jdbc.sql("SELECT COUNT(*) FROM joint_alert WHERE recipient = :recipient AND status = 'NEW'")
			.param("recipient", recipient)
			.query(Integer.class)
			.single();
	}

	/** The alert, if it is the recipient's. */
	Optional<Alert> find(String id, String recipient) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM joint_alert WHERE id = :id AND recipient = :recipient")
			.param("id", id)
			.param("recipient", recipient)
			.query((rs, row) -> alert(rs))
			.optional();
	}

	/** Any recipient's alert, for delivery. */
	Optional<Alert> byId(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM joint_alert WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> alert(rs))
			.optional();
	}

	/** Moves the recipient's alert to a new state; false when there is no such alert. */
	boolean update(String id, String recipient, AlertStatus status, String reason, Instant now) {
		return this.jdbc
			.sql("UPDATE joint_alert SET status = :status, status_at = :at, dismiss_reason = :reason"
					+ " WHERE id = :id AND recipient = :recipient")
			.param("status", status.name())
			.param("at", Timestamp.from(now))
			.param("reason", reason)
			.param("id", id)
			.param("recipient", recipient)
			.update() == 1;
	}

	/** Starts watching the person behind the records (kept once per record). */
	void watch(String watcher, Collection<String> recordKeys, Instant now) {
		for (String key : recordKeys) {
			this.jdbc
				.sql("INSERT INTO joint_watch (watcher, record_key, since) VALUES (:watcher, :key, :at)"
						+ " ON CONFLICT DO NOTHING")
				.param("watcher", watcher)
				.param("key", key)
				.param("at", Timestamp.from(now))
				.update();
		}
	}

	/** Who watches each of the records (those nobody watches left out). */
	Map<String, Set<String>> watchers(Collection<String> recordKeys) {
		Map<String, Set<String>> watchers = new HashMap<>();
		if (recordKeys.isEmpty()) {
			return watchers;
		}
		this.jdbc.sql("SELECT watcher, record_key FROM joint_watch WHERE record_key IN (:keys)")
			.param("keys", List.copyOf(recordKeys))
			.query((rs, row) -> watchers.computeIfAbsent(rs.getString("record_key"), (k) -> new TreeSet<>())
				.add(rs.getString("watcher")))
			.list();
		return watchers;
	}

	/** The flag's subject as record keys, {@code source:id}. */
	static Set<String> recordKeys(Flag flag) {
		return flag.subject()
			.entrySet()
			.stream()
			.map((e) -> e.getKey().id() + ":" + e.getValue())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Alert alert(ResultSet rs) throws SQLException {
		Timestamp statusAt = rs.getTimestamp("status_at");
		return new Alert(rs.getString("id"), rs.getString("recipient"),
				JSON.readValue(rs.getString("flag"), Flag.class), rs.getTimestamp("raised_at").toInstant(),
				AlertStatus.valueOf(rs.getString("status")), (statusAt != null) ? statusAt.toInstant() : null,
				rs.getString("dismiss_reason"));
	}

}
