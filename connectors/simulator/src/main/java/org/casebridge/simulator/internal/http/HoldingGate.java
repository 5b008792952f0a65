package org.casebridge.simulator.internal.http;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Gate;

/**
 * The simulator's gate: counts arrivals and, while closed, parks request threads on a
 * monitor.
 */
public final class HoldingGate implements Gate {

	private final Object lock = new Object();

	private final Map<Agency, Integer> arrivals = new EnumMap<>(Agency.class);

	private boolean holding;

	private boolean shutDown;

	public HoldingGate() {
		zero();
	}

	/**
	 * Counts a business request's arrival and holds it while the gate is closed.
	 * @return false when the simulator is closing and the request must be dropped
	 */
	boolean pass(Agency agency) {
		synchronized (this.lock) {
			this.arrivals.merge(agency, 1, Integer::sum);
			this.lock.notifyAll();
			try {
				while (this.holding && !this.shutDown) {
					this.lock.wait();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			return !this.shutDown;
		}
	}

	@Override
	public void close() {
		synchronized (this.lock) {
			this.holding = true;
			zero();
		}
	}

	@Override
	public void open() {
		synchronized (this.lock) {
			this.holding = false;
			this.lock.notifyAll();
		}
	}

	@Override
	public int arrived(Agency agency) {
		synchronized (this.lock) {
			return this.arrivals.get(agency);
		}
	}

	@Override
	public boolean awaitArrivals(Map<Agency, Integer> expected, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lock) {
			while (!reached(expected)) {
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0 || this.shutDown) {
					return false;
				}
				try {
					this.lock.wait(Math.max(1, remaining / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			return true;
		}
	}

	@Override
	public boolean awaitArrivals(int perAgency, Duration timeout) {
		Map<Agency, Integer> expected = new EnumMap<>(Agency.class);
		for (Agency agency : Agency.values()) {
			expected.put(agency, perAgency);
		}
		return awaitArrivals(expected, timeout);
	}

	/** Opens the gate and counts from zero. */
	public void reset() {
		synchronized (this.lock) {
			this.holding = false;
			zero();
			this.lock.notifyAll();
		}
	}

	/** Releases every held request for good: they are dropped, not answered. */
	public void shutDown() {
		synchronized (this.lock) {
			this.shutDown = true;
			this.lock.notifyAll();
		}
	}

	private boolean reached(Map<Agency, Integer> expected) {
		return expected.entrySet().stream().allMatch((entry) -> this.arrivals.get(entry.getKey()) >= entry.getValue());
	}

	private void zero() {
		for (Agency agency : Agency.values()) {
			this.arrivals.put(agency, 0);
		}
	}

}
