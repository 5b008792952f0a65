package org.casebridge.gateway.jointcase;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the change work on each replica: every poll interval, read the feeds, then apply
 * what was read, again at once while there is more. Stopping it (as stopping the replica
 * does) leaves unread changes in the agencies' feeds and unapplied ones in the inbox, for
 * whichever replica runs next.
 */
@Component
class ChangeLoop implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ChangeLoop.class);

	private final ChangeWork work;

	private final JointCaseProperties properties;

	private ScheduledExecutorService scheduler;

	ChangeLoop(ChangeWork work, JointCaseProperties properties) {
		this.work = work;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (this.scheduler != null) {
			return;
		}
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "joint-case-changes");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.pollInterval().toMillis();
		this.scheduler.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler == null) {
			return;
		}
		this.scheduler.shutdownNow();
		try {
			this.scheduler.awaitTermination(15, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.scheduler = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

	private void round() {
		try {
			int read;
			int applied;
			do {
				read = this.work.read();
				applied = this.work.apply();
			}
			while ((read > 0 || applied > 0) && !Thread.currentThread().isInterrupted());
		}
		catch (RuntimeException ex) {
			// the next round tries again; nothing was committed of a failed transaction
			logger.warn("joint-case changes not processed this round: {}", ex.getClass().getSimpleName());
		}
	}

}
