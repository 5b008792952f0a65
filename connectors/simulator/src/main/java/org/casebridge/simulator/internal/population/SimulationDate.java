package org.casebridge.simulator.internal.population;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The fixed "today" of the simulation, so that every payload (and what is still within a
 * VAP's rescission window) is the same on every run.
 */
public final class SimulationDate {

	public static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

	/** The agencies' local time zone (Utah). */
	public static final ZoneId ZONE = ZoneId.of("America/Denver");

	private SimulationDate() {
	}

	/** A moment on {@code date} at {@code secondOfDay} local time. */
	public static Instant at(LocalDate date, int secondOfDay) {
		return date.atTime(LocalTime.ofSecondOfDay(Math.floorMod(secondOfDay, 86_400))).atZone(ZONE).toInstant();
	}

}
