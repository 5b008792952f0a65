package org.casebridge.simulator.internal.changes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.internal.population.World;

/**
 * The agencies' change feeds and the clock that fills them: paused until told a pace,
 * then announcing the population's history at that many changes a second.
 */
public final class Announcer implements AutoCloseable {

	private final Map<Agency, ChangeLog> logs = new EnumMap<>(Agency.class);

	private volatile World world;

	private volatile History history;

	/** Each agency's part of the history, once asked for. */
	private final Map<Agency, List<History.Announcement>> histories = new EnumMap<>(Agency.class);

	private final Clock clock;

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "simulator-change-clock");
		thread.setDaemon(true);
		return thread;
	});

	private ScheduledFuture<?> running;

	public Announcer(World world, Function<Agency, String> keys, Clock clock) {
		this.world = world;
		this.history = new History(world);
		this.clock = clock;
		for (Agency agency : new Agency[] { Agency.SUPPORT, Agency.WELFARE, Agency.LOCATE }) {
			this.logs.put(agency, new ChangeLog(agency, keys.apply(agency)));
		}
	}

	/**
	 * Announces from now on about {@code world}; what the feeds announced stays, and
	 * their positions go on.
	 */
	public synchronized void repopulate(World world) {
		this.world = world;
		this.history = new History(world);
		this.histories.clear();
	}

	/** The agency's feed; null for an agency that keeps none. */
	public ChangeLog log(Agency agency) {
		return this.logs.get(agency);
	}

	public String announce(Agency agency, String code, String personId, String caseNumber, LocalDate effective,
			ChangeLog.Tampering tampering) {
		ChangeLog log = this.logs.get(agency);
		if (log == null) {
			throw new IllegalArgumentException(agency + " keeps no change feed");
		}
		return log.announceTampered(code, personId, caseNumber, effective, this.clock.instant(), tampering);
	}

	/**
	 * Announces at once the changes numbered {@code from} (inclusive) to {@code to}
	 * (exclusive) of {@code agency}'s part of the population's history.
	 * @return how many: fewer at the end of the history, none past it
	 */
	public synchronized int announceHistory(Agency agency, int from, int to) {
		ChangeLog log = this.logs.get(agency);
		if (log == null) {
			throw new IllegalArgumentException(agency + " keeps no change feed");
		}
		List<History.Announcement> all = this.histories.computeIfAbsent(agency, (a) -> History.of(this.world, a));
		List<History.Announcement> slice = all.subList(Math.min(Math.max(from, 0), all.size()),
				Math.min(Math.max(to, from), all.size()));
		slice.forEach((next) -> log.announce(next.code(), next.personId(), next.caseNumber(), next.effective(),
				this.clock.instant()));
		return slice.size();
	}

	/**
	 * Announces the population's history at {@code perSecond} changes a second; 0 pauses.
	 */
	public synchronized void pace(double perSecond) {
		if (perSecond < 0 || perSecond > 10_000) {
			throw new IllegalArgumentException("a pace between 0 and 10000 changes a second");
		}
		if (this.running != null) {
			this.running.cancel(false);
			this.running = null;
		}
		if (perSecond > 0) {
			long periodMicros = Math.max(100, (long) (1_000_000 / perSecond));
			this.running = this.ticker.scheduleAtFixedRate(this::tick, periodMicros, periodMicros,
					TimeUnit.MICROSECONDS);
		}
	}

	private void tick() {
		History.Announcement next = this.history.next();
		this.logs.get(next.agency())
			.announce(next.code(), next.personId(), next.caseNumber(), next.effective(), this.clock.instant());
	}

	@Override
	public void close() {
		this.ticker.shutdownNow();
	}

}
