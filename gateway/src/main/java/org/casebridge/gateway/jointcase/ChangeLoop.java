package org.casebridge.gateway.jointcase;

import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the change work on each replica: one reader takes the feeds into the inbox, and
 * several appliers apply what it holds, each again at once while there is more. A reader
 * that kept new changes wakes the appliers rather than leaving them to their next poll.
 * Stopping it (as stopping the replica does) leaves unread changes in the agencies' feeds
 * and unapplied ones in the inbox, for whichever replica runs next.
 */
@Component
class ChangeLoop implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ChangeLoop.class);

	private final ChangeWork work;

	private final JointCaseProperties properties;

	/** Names this replica's appliers apart from every other replica's. */
	private final String replica = UUID.randomUUID().toString();

	private final Object doorbell = new Object();

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
		int appliers = this.properties.appliers();
		this.scheduler = Executors.newScheduledThreadPool(1 + appliers, (task) -> {
			Thread thread = new Thread(task, "joint-case-changes");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.pollInterval().toMillis();
		this.scheduler.scheduleWithFixedDelay(this::read, 0, interval, TimeUnit.MILLISECONDS);
		for (int i = 0; i < appliers; i++) {
			String applier = this.replica + "/" + i;
			this.scheduler.execute(() -> applyUntilStopped(applier, interval));
		}
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

	private void read() {
		try {
			while (this.work.read() > 0 && !Thread.currentThread().isInterrupted()) {
				synchronized (this.doorbell) {
					this.doorbell.notifyAll();
				}
			}
		}
		catch (RuntimeException ex) {
			// the next round tries again; nothing was committed of a failed transaction
			logger.warn("joint-case changes not read this round: {}", ex.getClass().getSimpleName());
		}
	}

	private void applyUntilStopped(String applier, long interval) {
		while (!Thread.currentThread().isInterrupted()) {
			int applied;
			try {
				applied = this.work.apply(applier);
			}
			catch (RuntimeException ex) {
				// claimed changes are taken up again; nothing of a failed transaction
				// was committed
				logger.warn("joint-case changes not applied this round: {}", ex.getClass().getSimpleName());
				applied = 0;
			}
			if (applied == 0) {
				try {
					synchronized (this.doorbell) {
						this.doorbell.wait(interval);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

}
