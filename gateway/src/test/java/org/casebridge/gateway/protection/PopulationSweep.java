package org.casebridge.gateway.protection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import tools.jackson.databind.JsonNode;

import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.access.policy.Policy;
import org.casebridge.gateway.access.policy.PolicyDocument;
import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Population;
import org.casebridge.simulator.RecordedIdentity;
import org.casebridge.simulator.SyntheticPerson;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the population sweeps: the real gateway over the simulated agencies of several
 * seeds, tried the way an adversary would — every search key an agency holds, every role
 * with every purpose it may state, all agencies at once and agency by agency, every
 * candidate opened — with the answers compared against what the agencies hold, never
 * against the answers' own "restricted" markers.
 */
abstract class PopulationSweep extends GatewayTest {

	/** The seeds every sweep runs over. */
	static final long[] SEEDS = { 1L, 2L, 3L };

	static final String SEARCH = Documents.load("searchPeople");

	static final String VIEW = Documents.load("sweepPerson");

	static final List<String> AGENCIES = List.of("SUPPORT", "WELFARE", "VITALS", "LOCATE");

	private static final Policy POLICY = Policy.shippedDefaults();

	@DynamicPropertySource
	static void sweepAgencies(DynamicPropertyRegistry registry) {
		agencies(registry, SweepAgencies::baseUri);
	}

	/** The population of {@code seed}, its agencies answering the gateway. */
	Population switchTo(long seed) {
		Population population = SweepAgencies.use(seed).population();
		this.circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		return population;
	}

	/** Every role with every purpose it may state under the shipped policy. */
	List<Caller> callers() {
		List<Caller> callers = new ArrayList<>();
		for (PolicyDocument.RoleEntry role : POLICY.document().roles()) {
			for (String purpose : role.purposes()) {
				PurposeOfUse stated = PurposeOfUse.valueOf(purpose);
				var grants = POLICY.grantsFor(List.of(role.role()), stated).orElseThrow();
				boolean location = grants.fields()
					.entrySet()
					.stream()
					.anyMatch((e) -> e.getKey().location()
							&& e.getValue() != org.casebridge.gateway.access.FieldAccess.WITHHELD);
				boolean locates = grants.access(org.casebridge.gateway.access.FieldGroup.LOCATE_ADDRESS)
						!= org.casebridge.gateway.access.FieldAccess.WITHHELD;
				callers.add(new Caller(role.role(), stated, idp.token("sweep-" + role.role(), role.role()),
						grants.locateLimited(), location, locates, grants.sources(),
						List.of(grants.sources(), grants.fields(), grants.locateLimited(), grants.childSupport())));
			}
		}
		return callers;
	}

	/**
	 * One caller for each distinct grant (a purpose whose grant is another's, under another
	 * name, decides every field the same way; the field-access matrix covers each role and
	 * purpose in-process).
	 */
	List<Caller> distinctCallers() {
		Map<Object, Caller> distinct = new LinkedHashMap<>();
		for (Caller caller : callers()) {
			distinct.putIfAbsent(caller.grantsKey(), caller);
		}
		return List.copyOf(distinct.values());
	}

	/** One caller for each set of agencies callers may search. */
	List<Caller> searchers() {
		Map<Object, Caller> distinct = new LinkedHashMap<>();
		for (Caller caller : callers()) {
			distinct.putIfAbsent(caller.sources(), caller);
		}
		return List.copyOf(distinct.values());
	}

	/** All agencies at once, then each the caller may search alone. */
	static List<String> searchSplits(Caller caller) {
		List<String> splits = new ArrayList<>();
		splits.add(null);
		caller.sources().forEach((source) -> splits.add(source.name()));
		return splits;
	}

	/**
	 * All agencies at once, then, for a caller granted a location, each agency whose section
	 * can hold one asked alone (the locate section, and child welfare's placements and
	 * free text): the request splits a screen makes.
	 */
	static List<String> viewSplits(Caller caller) {
		List<String> splits = new ArrayList<>();
		splits.add(null);
		if (caller.seesLocation()) {
			splits.add("LOCATE");
			splits.add("WELFARE");
		}
		return splits;
	}

	/**
	 * Every search a worker or integrator could make for the person: each SSN any agency
	 * holds, each name and date of birth as each agency holds them (aliases and maiden
	 * names too), and each case number.
	 */
	static List<Map<String, Object>> searchPaths(Population population, SyntheticPerson person) {
		Set<Map<String, Object>> paths = new LinkedHashSet<>();
		for (RecordedIdentity identity : population.recordedIdentities(person.truthId())) {
			if (identity.ssn() != null) {
				paths.add(Map.of("ssn", identity.ssn()));
			}
			if (identity.dateOfBirth() != null) {
				paths.add(Map.of("firstName", identity.first(), "lastName", identity.last(), "dateOfBirth",
						identity.dateOfBirth().toString()));
				for (RecordedIdentity.Alias alias : identity.aliases()) {
					paths.add(Map.of("firstName", alias.first(), "lastName", alias.last(), "dateOfBirth",
							identity.dateOfBirth().toString()));
				}
			}
			if (!identity.caseNumbers().isEmpty()) {
				paths.add(Map.of("caseNumber", identity.caseNumbers().get(0)));
			}
		}
		return new ArrayList<>(paths);
	}

	/**
	 * The values among {@code values} no one else in the population has: a substring
	 * check for them in an answer cannot be set off by someone who shares an employer.
	 */
	static Set<String> distinctive(Population population, Set<String> values, Set<String> owners) {
		Map<String, Integer> others = new HashMap<>();
		for (SyntheticPerson person : population.people()) {
			if (owners.contains(person.truthId())) {
				continue;
			}
			for (String value : population.locationValues(person.truthId())) {
				if (values.contains(value)) {
					others.merge(value, 1, Integer::sum);
				}
			}
		}
		Set<String> kept = new TreeSet<>(values);
		kept.removeAll(others.keySet());
		return kept;
	}

	JsonNode search(Caller caller, Map<String, Object> criteria, String source) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("criteria", criteria);
		variables.put("purpose", caller.purpose().name());
		if (source != null) {
			variables.put("sources", List.of(source));
		}
		return expectOk(this.graphql.post(caller.token(), SEARCH, variables));
	}

	GraphQlClient.Response view(Caller caller, String handle, String source, String forChild) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("handle", handle);
		variables.put("purpose", caller.purpose().name());
		if (source != null) {
			variables.put("sources", List.of(source));
		}
		if (forChild != null) {
			variables.put("forChild", forChild);
		}
		GraphQlClient.Response response = this.graphql.post(caller.token(), VIEW, variables);
		expectOk(response);
		return response;
	}

	private static JsonNode expectOk(GraphQlClient.Response response) {
		if (response.status() != 200) {
			throw new AssertionError("the gateway answered " + response.status() + ": " + response.text());
		}
		return response.body();
	}

	/** The candidates of a search answer: handle and the records grouped into it. */
	static List<Candidate> candidates(JsonNode answer) {
		List<Candidate> candidates = new ArrayList<>();
		for (JsonNode candidate : answer.path("data").path("searchPeople").path("candidates")) {
			Set<String> records = new TreeSet<>();
			candidate.path("records")
				.forEach((r) -> records.add(r.path("provenance").path("source").asString() + ":"
						+ r.path("provenance").path("recordId").asString()));
			candidates.add(new Candidate(candidate.path("handle").asString(), records));
		}
		return candidates;
	}

	/** A role with one purpose it may state, and its bearer token. */
	/**
	 * @param seesLocation some location group is granted
	 * @param locates the locate addresses are granted
	 */
	record Caller(String role, PurposeOfUse purpose, String token, boolean locateLimited, boolean seesLocation,
			boolean locates, Set<org.casebridge.connector.Source> sources, Object grantsKey) {

		@Override
		public String toString() {
			return this.role + "/" + this.purpose;
		}

	}

	/** A candidate person from a search: its handle and its agency records. */
	record Candidate(String handle, Set<String> records) {

		boolean holds(Agency agency, String recordId) {
			return recordId != null && this.records.contains(agency.name() + ":" + recordId);
		}

	}

}
