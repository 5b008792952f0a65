package org.casebridge.gateway.protection;

import java.util.List;
import java.util.Map;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the possible-match rule costs in agency calls, counted at the simulated agencies:
 * nothing for a view that shows no location, a bounded number of searches for one that
 * does.
 */
class ProtectionCostTests extends GatewayIntegrationTest {

	private static final String SEARCH = Documents.load("searchPeople");

	private static final String VIEW = Documents.load("sweepPerson");

	private static final String CASES_ONLY = "query($h: ID!) { person(handle: $h, purpose: LOCATE_PARENT) "
			+ "{ support { caseNumber } sources { source state } } }";

	@Test
	void recordsThatCouldBeThePersonCostABoundedNumberOfSearchesOnlyWhenALocationWouldBeShown() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		String token = idp.token("cost", "support-worker");
		String handle = query(token, SEARCH, Map.of("criteria", Map.of("ssn", person.ssn()), "purpose", "LOCATE_PARENT"))
			.body()
			.path("data")
			.path("searchPeople")
			.path("candidates")
			.path(0)
			.path("handle")
			.asString();

		long before = agencyRequests();
		query(token, CASES_ONLY, Map.of("h", handle));
		long withoutLocation = agencyRequests() - before;
		before = agencyRequests();
		query(token, VIEW, Map.of("handle", handle, "purpose", "LOCATE_PARENT"));
		long withLocation = agencyRequests() - before;
		before = agencyRequests();
		query(token, VIEW, Map.of("handle", handle, "purpose", "LOCATE_PARENT", "sources", List.of("LOCATE")));
		long locateOnly = agencyRequests() - before;

		System.out.println("Agency requests per person view: " + withoutLocation + " without a location, "
				+ withLocation + " with every section, " + locateOnly + " for the locate section alone");
		// details from each agency (locate may page), then at most 8 searches at each of the
		// two flag-holding agencies and one lookup per case
		assertThat(withoutLocation).isLessThanOrEqualTo(6);
		assertThat(withLocation - withoutLocation).isPositive().isLessThanOrEqualTo(2 * 8 + 6);
		assertThat(locateOnly).isLessThanOrEqualTo(withLocation);
	}

}
