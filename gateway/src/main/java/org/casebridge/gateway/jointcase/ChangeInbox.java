package org.casebridge.gateway.jointcase;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.casebridge.connector.Source;
import org.casebridge.connector.change.AgencyChange;
import org.casebridge.connector.change.ChangeKind;
import org.casebridge.connector.change.RefusedChange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feeds' cursors and the changes read, in the database every replica shares. Every
 * method runs inside the caller's transaction: the row locks it takes are what keep two
 * replicas from reading the same page, or applying the same change, at once.
 */
@Repository
class ChangeInbox {

	private final JdbcClient jdbc;

	ChangeInbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the feed's cursor for this transaction.
	 * @return the cursor (null at the start of the feed), or empty when another replica
	 * holds it
	 */
	Optional<Cursor> lockCursor(Source source) {
		this.jdbc.sql("INSERT INTO joint_change_cursor (source) VALUES (:source) ON CONFLICT DO NOTHING")
			.param("source", source.name())
			.update();
		return this.jdbc.sql("SELECT position FROM joint_change_cursor WHERE source = :source FOR UPDATE SKIP LOCKED")
			.param("source", source.name())
			.query((rs, row) -> new Cursor(rs.getString("position")))
			.optional();
	}

	void moveCursor(Source source, String position, Instant now) {
		this.jdbc.sql("UPDATE joint_change_cursor SET position = :position, read_at = :at WHERE source = :source")
			.param("position", position)
			.param("at", Timestamp.from(now))
			.param("source", source.name())
			.update();
	}

	/** Keeps the change unless it was kept before; true when it is new. */
	boolean keep(AgencyChange change, Instant now) {
		return this.jdbc.sql("INSERT INTO joint_change_inbox (source, event_id, kind, agency_person_id, case_number,"
				+ " effective_date, recorded_at, received_at) VALUES (:source, :eventId, :kind, :person, :caseNumber,"
				+ " :effective, :recorded, :received) ON CONFLICT DO NOTHING")
			.param("source", change.source().name())
			.param("eventId", change.eventId())
			.param("kind", change.kind().name())
			.param("person", change.agencyPersonId())
			.param("caseNumber", change.caseNumber())
			.param("effective", (change.effectiveDate() != null) ? Date.valueOf(change.effectiveDate()) : null)
			.param("recorded", Timestamp.from(change.recordedAt()))
			.param("received", Timestamp.from(now))
			.update() == 1;
	}

	void refuse(Source source, RefusedChange refused, Instant now) {
		this.jdbc
			.sql("INSERT INTO joint_change_refused (source, event_id, reason, refused_at)"
					+ " VALUES (:source, :eventId, :reason, :at) ON CONFLICT DO NOTHING")
			.param("source", source.name())
			.param("eventId", truncate(refused.eventId(), 100))
			.param("reason", truncate(refused.reason(), 300))
			.param("at", Timestamp.from(now))
			.update();
	}

	/**
	 * Claims, until {@code until}, the oldest changes not yet applied that nobody else
	 * holds: unclaimed, claimed by this applier before, or whose claim lapsed.
	 */
	List<Pending> claim(String applier, int limit, int maxAttempts, Instant now, Instant until) {
		List<Pending> claimed = this.jdbc
			.sql("SELECT seq, source, event_id, kind, agency_person_id, recorded_at FROM joint_change_inbox"
					+ " WHERE applied_at IS NULL AND attempts < :max"
					+ " AND (claimed_until IS NULL OR claimed_until < :now OR claimed_by = :applier)"
					+ " ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED")
			.param("max", maxAttempts)
			.param("now", Timestamp.from(now))
			.param("applier", applier)
			.param("limit", limit)
			.query((rs, row) -> new Pending(rs.getLong("seq"), Source.valueOf(rs.getString("source")),
					rs.getString("event_id"), ChangeKind.valueOf(rs.getString("kind")),
					rs.getString("agency_person_id"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
		if (!claimed.isEmpty()) {
			this.jdbc
				.sql("UPDATE joint_change_inbox SET claimed_by = :applier, claimed_until = :until WHERE seq IN (:seqs)")
				.param("applier", applier)
				.param("until", Timestamp.from(until))
				.param("seqs", claimed.stream().map(Pending::seq).toList())
				.update();
		}
		return claimed;
	}

	/**
	 * Locks, for this transaction, those of the changes that are not applied yet (waiting
	 * for whoever else holds one).
	 */
	Set<Long> lockUnapplied(Collection<Long> seqs) {
		if (seqs.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc
			.sql("SELECT seq FROM joint_change_inbox WHERE seq IN (:seqs) AND applied_at IS NULL FOR UPDATE")
			.param("seqs", List.copyOf(seqs))
			.query(Long.class)
			.list());
	}

	void applied(Collection<Long> seqs, String outcome, Instant now) {
		this.jdbc.sql("UPDATE joint_change_inbox SET applied_at = :at, outcome = :outcome WHERE seq IN (:seqs)")
			.param("at", Timestamp.from(now))
			.param("outcome", truncate(outcome, 200))
			.param("seqs", List.copyOf(seqs))
			.update();
	}

	void failed(long seq, String outcome) {
		this.jdbc
			.sql("UPDATE joint_change_inbox SET attempts = attempts + 1, outcome = :outcome, claimed_until = NULL"
					+ " WHERE seq = :seq")
			.param("outcome", truncate(outcome, 200))
			.param("seq", seq)
			.update();
	}

	private static String truncate(String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
	}

	/** A feed's position; null at its start. */
	record Cursor(String position) {
	}

	/** A change read and not yet applied. */
	record Pending(long seq, Source source, String eventId, ChangeKind kind, String agencyPersonId,
			Instant recordedAt) {
	}

}
