package org.casebridge.gateway.audit.internal;

import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.casebridge.gateway.audit.AuditEvent;
import org.casebridge.gateway.audit.AuditTrail;
import org.casebridge.gateway.audit.AuditUnavailableException;
import org.springframework.context.SmartLifecycle;

/**
 * The audit trail as a group-commit writer. Request threads queue their event and wait;
 * one writer thread drains the queue and appends everything waiting in one transaction,
 * so a busy gateway pays one commit for many records. A request whose record is not
 * committed within the timeout fails closed. A failed batch fails only its own requests:
 * the next batch takes a fresh connection, so the trail recovers by itself when the
 * database does.
 */
public final class GroupCommitWriter implements AuditTrail, SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(GroupCommitWriter.class);

	private final DataSource dataSource;

	private final WriterSettings settings;

	private final CheckpointPolicy checkpoints;

	private final Clock clock;

	private final BlockingQueue<PendingRecord> queue;

	/**
	 * Fails a commit that takes too long. A thread of the trail's own, never the JDK's
	 * shared delay scheduler: whatever else runs there must not be able to hold back the
	 * answer to a caller waiting on the trail.
	 */
	private final ScheduledThreadPoolExecutor timeouts;

	private volatile boolean running;

	private Thread thread;

	public GroupCommitWriter(DataSource dataSource, WriterSettings settings, PrivateKey signingKey, String keyId,
			Clock clock) {
		this.dataSource = dataSource;
		this.settings = settings;
		this.clock = clock;
		this.checkpoints = new CheckpointPolicy(settings, signingKey, keyId, clock);
		this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
		this.timeouts = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "audit-timeouts");
			thread.setDaemon(true);
			return thread;
		});
		this.timeouts.setRemoveOnCancelPolicy(true);
		// the thread ends when no commit has been waited on for a while
		this.timeouts.setKeepAliveTime(30, TimeUnit.SECONDS);
		this.timeouts.allowCoreThreadTimeOut(true);
	}

	@Override
	public CompletableFuture<Long> commit(AuditEvent event) {
		Objects.requireNonNull(event, "event");
		if (!this.running) {
			return CompletableFuture.failedFuture(new AuditUnavailableException("audit trail is not running"));
		}
		PendingRecord pending = new PendingRecord(event);
		if (!this.queue.offer(pending)) {
			return CompletableFuture.failedFuture(new AuditUnavailableException("audit queue is full"));
		}
		CompletableFuture<Long> committed = new CompletableFuture<>();
		ScheduledFuture<?> timeout = this.timeouts.schedule(() -> {
			if (pending.result().completeExceptionally(new TimeoutException())) {
				pending.abandon();
			}
		}, this.settings.commitTimeout().toNanos(), TimeUnit.NANOSECONDS);
		pending.result().whenComplete((seq, error) -> {
			timeout.cancel(false);
			if (error == null) {
				committed.complete(seq);
			}
			else if (error instanceof TimeoutException) {
				committed.completeExceptionally(new AuditUnavailableException(
						"audit record not committed within " + this.settings.commitTimeout()));
			}
			else {
				committed.completeExceptionally(new AuditUnavailableException("audit record could not be committed",
						(error instanceof CompletionException) ? error.getCause() : error));
			}
		});
		return committed;
	}

	/**
	 * Records waiting for the writer, for the queue-depth gauge.
	 * @return how many records are queued
	 */
	@Override
	public int queued() {
		return this.queue.size();
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.thread = new Thread(this::drain, "audit-writer");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		Thread writer;
		synchronized (this) {
			this.running = false;
			writer = this.thread;
		}
		if (writer != null) {
			try {
				writer.join(this.settings.commitTimeout().multipliedBy(3).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// starts before and stops after the web server, so no request outlives the writer
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void drain() {
		long idlePoll = Math.max(50, Math.min(1000, this.settings.checkpointInterval().toMillis()));
		// records a previous run left unsigned (it was killed) are signed before anything
		// else
		this.checkpoints.inheritHead();
		checkpointIfIdleOrLog(true);
		while (this.running || !this.queue.isEmpty()) {
			PendingRecord first;
			try {
				first = this.queue.poll(idlePoll, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			if (first == null) {
				checkpointIfIdleOrLog(false);
				continue;
			}
			List<PendingRecord> batch = new ArrayList<>();
			batch.add(first);
			this.queue.drainTo(batch, this.settings.maxBatchSize() - 1);
			batch.removeIf((pending) -> !pending.claim());
			if (!batch.isEmpty()) {
				writeOrFail(batch);
			}
		}
		// a clean shutdown leaves every record under a signed checkpoint
		checkpointIfIdleOrLog(true);
	}

	/**
	 * Whatever goes wrong with one batch, the writer goes on: a writer thread ended by an
	 * error (a driver's assertion, a class that failed to load) would leave every later
	 * request failing closed until a restart.
	 */
	private void writeOrFail(List<PendingRecord> batch) {
		try {
			write(batch);
		}
		catch (Throwable ex) {
			logger.error("Audit batch of {} record(s) not committed; its requests fail closed ({})", batch.size(),
					describe(ex));
			batch.forEach((pending) -> pending.result().completeExceptionally(ex));
		}
	}

	private void checkpointIfIdleOrLog(boolean force) {
		try {
			checkpointIfIdle(force);
		}
		catch (Throwable ex) {
			this.checkpoints.idleAttemptFailed();
			logger.error("Audit checkpoint not written; will retry ({})", describe(ex));
		}
	}

	private void write(List<PendingRecord> batch) {
		List<ChainedRecord> records = new ArrayList<>(batch.size());
		try (Connection connection = this.dataSource.getConnection()) {
			boundNetworkWaits(connection);
			connection.setAutoCommit(false);
			try {
				TrailStore.Head head = TrailStore.lockHead(connection);
				Instant now = this.clock.instant();
				Instant recordedAt = now.isAfter(head.recordedAt()) ? now : head.recordedAt();
				long seq = head.seq();
				String prevHash = head.hash();
				for (PendingRecord pending : batch) {
					ChainedRecord record = ChainedRecord.chain(pending.event(), ++seq, recordedAt, prevHash);
					records.add(record);
					prevHash = record.hash();
				}
				TrailStore.insert(connection, records);
				this.checkpoints.afterAppend(connection, seq, prevHash);
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				rollbackQuietly(connection);
				throw ex;
			}
		}
		catch (SQLException | RuntimeException ex) {
			logger.warn("Audit batch of {} record(s) not committed; its requests fail closed ({})", batch.size(),
					describe(ex));
			batch.forEach((pending) -> pending.result().completeExceptionally(ex));
			return;
		}
		this.checkpoints.committed();
		for (int i = 0; i < batch.size(); i++) {
			batch.get(i).result().complete(records.get(i).seq());
		}
	}

	private void checkpointIfIdle(boolean force) {
		if (!this.checkpoints.idleCheckpointDue(force)) {
			return;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			boundNetworkWaits(connection);
			connection.setAutoCommit(false);
			try {
				TrailStore.Head head = TrailStore.lockHead(connection);
				this.checkpoints.atHead(connection, head.seq(), head.hash());
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				rollbackQuietly(connection);
				throw ex;
			}
			this.checkpoints.committed();
		}
		catch (SQLException | RuntimeException ex) {
			this.checkpoints.idleAttemptFailed();
			logger.warn("Audit checkpoint not written; will retry ({})", describe(ex));
		}
	}

	/**
	 * A writer blocked on a dead socket would never recover, so socket waits are bounded.
	 */
	private void boundNetworkWaits(Connection connection) {
		int millis = (int) Math.max(1000, this.settings.commitTimeout().multipliedBy(2).toMillis());
		try {
			connection.setNetworkTimeout(Runnable::run, millis);
		}
		catch (SQLException | UnsupportedOperationException ex) {
			// embedded databases have no network
		}
	}

	private static void rollbackQuietly(Connection connection) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			// the connection is broken; the pool discards it
		}
	}

	/** SQL error text can quote row values, so only the kind of failure is logged. */
	static String describe(Throwable ex) {
		if (ex instanceof SQLException sql) {
			return "SQLState " + sql.getSQLState() + ", " + ex.getClass().getSimpleName();
		}
		return ex.getClass().getSimpleName();
	}

	/** The writer's settings. */
	public record WriterSettings(Duration commitTimeout, int maxBatchSize, int queueCapacity, int checkpointEvery,
			Duration checkpointInterval) {

	}

}
