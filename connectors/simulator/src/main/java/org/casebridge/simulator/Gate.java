package org.casebridge.simulator;

import java.time.Duration;
import java.util.Map;

/**
 * Holds every business request once it has arrived, until opened: with the gate closed a
 * test can see that all agencies received their request before any was answered, which
 * proves a fan-out is parallel without timing thresholds.
 */
public interface Gate {

	/**
	 * Holds every business request from now on and starts counting arrivals from zero.
	 */
	void close();

	/** Releases every held request and lets the next ones through. */
	void open();

	/**
	 * Business requests that reached {@code agency} since the gate was last closed or
	 * reset.
	 */
	int arrived(Agency agency);

	/**
	 * Waits until each agency in {@code expected} has seen at least that many arrivals.
	 * @return false if {@code timeout} passed first
	 */
	boolean awaitArrivals(Map<Agency, Integer> expected, Duration timeout);

	/** Waits until every agency has seen at least {@code perAgency} arrivals. */
	boolean awaitArrivals(int perAgency, Duration timeout);

}
