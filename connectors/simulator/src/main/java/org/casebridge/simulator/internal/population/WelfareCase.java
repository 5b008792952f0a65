package org.casebridge.simulator.internal.population;

import java.time.LocalDate;
import java.util.List;

/** A child welfare case; in-home cases have no removal episodes. */
public record WelfareCase(String caseNumber, LocalDate opened, List<Episode> episodes) {

	public WelfareCase {
		episodes = List.copyOf(episodes);
	}

}
