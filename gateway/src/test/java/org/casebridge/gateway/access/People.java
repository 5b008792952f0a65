package org.casebridge.gateway.access;

import java.util.Map;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;

import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Population;
import org.casebridge.simulator.SyntheticPerson;

/**
 * Finds a synthetic person through the API as a caseworker would, to get their handle.
 */
public final class People {

	private static final String SEARCH = "query($c: PersonSearchInput!) { searchPeople(criteria: $c, "
			+ "purpose: LOCATE_PARENT) { candidates { handle records { provenance { source recordId } } } } }";

	private People() {
	}

	/**
	 * The handle of the candidate holding most of the person's own records.
	 * @param query posts a document with variables as a support worker
	 */
	public static String handleOf(SyntheticPerson who, Population population,
			BiFunction<String, Map<String, Object>, GraphQlClient.Response> query) {
		Map<String, Object> criteria = (who.ssn() != null) ? Map.of("ssn", who.ssn())
				: Map.of("firstName", who.first(), "lastName", who.last(), "dateOfBirth", who.dateOfBirth().toString());
		GraphQlClient.Response found = query.apply(SEARCH, Map.of("c", criteria));
		String best = null;
		int most = 0;
		for (JsonNode candidate : found.data().path("searchPeople").path("candidates")) {
			int own = 0;
			for (JsonNode record : candidate.path("records")) {
				Agency agency = Agency.valueOf(record.path("provenance").path("source").asString());
				if (population.truthIdOf(agency, record.path("provenance").path("recordId").asString())
					.filter(who.truthId()::equals)
					.isPresent()) {
					own++;
				}
			}
			if (own > most) {
				most = own;
				best = candidate.path("handle").asString();
			}
		}
		if (best == null) {
			throw new IllegalStateException("no candidate holds the person's records");
		}
		return best;
	}

}
