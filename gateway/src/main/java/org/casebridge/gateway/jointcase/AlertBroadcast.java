package org.casebridge.gateway.jointcase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells live subscribers, on every replica, that an alert was raised. On PostgreSQL the
 * replica that raises an alert sends its id with {@code NOTIFY} in the transaction that
 * stores it (so it is sent only if stored), and every replica, itself included, hears it
 * once on a connection kept for {@code LISTEN} and hands it to its own subscribers. On
 * the embedded database of a one-replica demo, alerts go to the local subscribers
 * directly. How many live subscriptions a replica serves is its gauge
 * {@code casebridge.alerts.subscribers}.
 */
@Component
class AlertBroadcast implements SmartLifecycle, MeterBinder {

	static final String CHANNEL = "joint_alert";

	private static final Logger logger = LoggerFactory.getLogger(AlertBroadcast.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final AlertStore store;

	private final Sinks.Many<Alert> local = Sinks.many().multicast().directBestEffort();

	private final AtomicBoolean running = new AtomicBoolean();

	private volatile boolean postgres;

	private volatile Thread listener;

	AlertBroadcast(DataSource dataSource, JdbcClient jdbc, AlertStore store) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.store = store;
	}

	/** Within the transaction that stored the alert: sent when it commits. */
	void announce(Alert alert) {
		if (this.postgres) {
			this.jdbc.sql("SELECT pg_notify('" + CHANNEL + "', :id)").param("id", alert.id()).query().singleRow();
		}
	}

	/** After the transaction committed. */
	void publish(Alert alert) {
		if (!this.postgres) {
			emit(alert);
		}
	}

	/** The alerts raised from now on for {@code recipient}, on any replica. */
	Flux<Alert> raisedFor(String recipient) {
		// buffered per subscriber: a subscriber still auditing one delivery must not miss
		// the next
		return this.local.asFlux().onBackpressureBuffer().filter((alert) -> alert.recipient().equals(recipient));
	}

	/** How many live subscriptions this replica serves. */
	int subscribers() {
		return this.local.currentSubscriberCount();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("casebridge.alerts.subscribers", this, AlertBroadcast::subscribers)
			.description("Live alert subscriptions this replica serves")
			.register(registry);
	}

	@Override
	public void start() {
		if (!this.running.compareAndSet(false, true)) {
			return;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			this.postgres = connection.isWrapperFor(PGConnection.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the database could not be reached", ex);
		}
		if (this.postgres) {
			Thread thread = new Thread(this::listen, "joint-alert-listener");
			thread.setDaemon(true);
			this.listener = thread;
			thread.start();
		}
	}

	@Override
	public void stop() {
		this.running.set(false);
		Thread thread = this.listener;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running.get();
	}

	private void listen() {
		while (this.running.get()) {
			try (Connection connection = this.dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				while (this.running.get()) {
					PGNotification[] notifications = pg.getNotifications(500);
					if (notifications == null) {
						continue;
					}
					for (PGNotification notification : notifications) {
						find(notification.getParameter()).ifPresent(this::emit);
					}
				}
			}
			catch (SQLException ex) {
				if (this.running.get()) {
					logger.warn("alert listener reconnecting: {}", ex.getClass().getSimpleName());
					pause();
				}
			}
		}
	}

	private Optional<Alert> find(String id) {
		return this.store.byId(id);
	}

	private void emit(Alert alert) {
		synchronized (this.local) {
			this.local.tryEmitNext(alert);
		}
	}

	private void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
