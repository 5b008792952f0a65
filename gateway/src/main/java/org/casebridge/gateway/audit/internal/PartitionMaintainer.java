package org.casebridge.gateway.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Keeps monthly partitions of the PostgreSQL trail ready ahead of time and detaches those
 * older than the retention period, at start and then periodically. Both steps are
 * idempotent and safe to run from every replica at once. Nothing to do on H2.
 */
final class PartitionMaintainer implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PartitionMaintainer.class);

	private final DataSource dataSource;

	private final int monthsAhead;

	private final Period retention;

	private final Duration interval;

	private final Clock clock;

	private ScheduledExecutorService scheduler;

	public PartitionMaintainer(DataSource dataSource, int monthsAhead, Period retention, Duration interval,
			Clock clock) {
		this.dataSource = dataSource;
		this.monthsAhead = monthsAhead;
		this.retention = retention;
		this.interval = interval;
		this.clock = clock;
	}

	/**
	 * Creates the partitions for this month and the months ahead, then detaches expired
	 * ones.
	 * @return the names of the partitions detached
	 * @throws SQLException on a database error
	 */
	public List<String> maintain() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!TrailStore.isPostgres(connection)) {
				return List.of();
			}
			LocalDate month = LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1);
			for (int i = 0; i <= this.monthsAhead; i++) {
				createPartition(connection, month.plusMonths(i));
			}
			return detachExpired(connection);
		}
	}

	/**
	 * Creates the partition for one month, if it does not exist yet.
	 * @param connection the connection to use
	 * @param month any day of the month
	 * @throws SQLException on a database error
	 */
	public static void createPartition(Connection connection, LocalDate month) throws SQLException {
		try (PreparedStatement create = connection.prepareStatement("SELECT audit_create_partition(?)")) {
			create.setObject(1, month);
			create.execute();
		}
	}

	private List<String> detachExpired(Connection connection) throws SQLException {
		List<String> detached = new ArrayList<>();
		try (PreparedStatement detach = connection
			.prepareStatement("SELECT audit_detach_expired(make_interval(years => ?, months => ?, days => ?))")) {
			detach.setInt(1, this.retention.getYears());
			detach.setInt(2, this.retention.getMonths());
			detach.setInt(3, this.retention.getDays());
			try (ResultSet rs = detach.executeQuery()) {
				while (rs.next()) {
					detached.add(rs.getString(1));
				}
			}
		}
		if (!detached.isEmpty()) {
			logger.info("Detached audit partitions past retention {} for archiving: {}", this.retention, detached);
		}
		return detached;
	}

	private void maintainQuietly() {
		try {
			maintain();
		}
		catch (SQLException | RuntimeException ex) {
			logger.warn("Audit partition maintenance failed; will retry ({})", GroupCommitWriter.describe(ex));
		}
	}

	@Override
	public synchronized void start() {
		if (this.scheduler != null) {
			return;
		}
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "audit-partitions");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(this::maintainQuietly, 0, this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

}
