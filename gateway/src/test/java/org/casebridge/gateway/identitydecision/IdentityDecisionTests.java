package org.casebridge.gateway.identitydecision;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.HardCase;
import org.casebridge.simulator.RecordedIdentity;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Caseworkers' identity decisions end to end, against the simulated agencies over HTTP
 * and the real PostgreSQL database: recorded, honoured by the next search of another
 * user, reversed only by a supervisor, each step audited; bad input changes nothing.
 */
class IdentityDecisionTests extends GatewayIntegrationTest {

	private static final String SEARCH = Documents.load("searchPeople");

	private static final String DECIDE = Documents.load("decideIdentity");

	private static final String REVERSE = Documents.load("reverseIdentityDecision");

	private static final String DECISIONS = Documents.load("identityDecisions");

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String workerA = "worker.ana." + this.run;

	private final String workerB = "worker.ben." + this.run;

	private final String supervisorName = "supervisor.sol." + this.run;

	private final String tokenA = idp.token(this.workerA, "support-worker");

	private final String tokenB = idp.token(this.workerB, "support-worker");

	private final String supervisor = idp.token(this.supervisorName, "supervisor");

	/**
	 * Decisions outlive a test (the database is shared by every test of the run): each
	 * one left in force is reversed, as the append-only tables allow.
	 */
	@AfterEach
	void reverseWhatWasDecided() throws Exception {
		try (Connection owner = ownerConnection(); Statement statement = owner.createStatement()) {
			statement.executeUpdate("INSERT INTO identity_decision_reversal (decision_id, reason, reversed_by,"
					+ " reversed_at) SELECT d.id, 'end of test', 'test', now() FROM identity_decision d WHERE NOT EXISTS"
					+ " (SELECT 1 FROM identity_decision_reversal v WHERE v.decision_id = d.id)");
		}
	}

	@Test
	void notTheSamePersonSplitsALinkedPairForEveryoneUntilASupervisorReversesIt() {
		Instant start = Instant.now().minus(1, ChronoUnit.SECONDS);
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		Map<Agency, String> ids = simulator.population().agencyIds(person.truthId());
		String support = "SUPPORT:" + ids.get(Agency.SUPPORT);
		String vitals = "VITALS:" + ids.get(Agency.VITALS);
		Map<String, Object> bySsn = Map.of("ssn", person.ssn());
		assertThat(together(search(this.tokenB, bySsn, null), support, vitals)).as("the matcher links them").isTrue();
		String supportHandle = handleHolding(search(this.tokenA, bySsn, "SUPPORT"), support);
		String vitalsHandle = handleHolding(search(this.tokenA, bySsn, "VITALS"), vitals);
		assertThat(viewedRecords(this.tokenB, supportHandle)).as("the view finds her birth record").contains(vitals);

		JsonNode decided = decide(this.tokenA, supportHandle, vitalsHandle, "NOT_SAME_PERSON",
				"Birth record names a different mother; confirmed by phone with vital records.")
			.data()
			.path("decideIdentity");
		String id = decided.path("id").asString();
		assertThat(decided.path("inForce").asBoolean()).isTrue();
		assertThat(decided.path("decidedBy").asString()).isEqualTo(this.workerA);
		assertThat(refs(decided.path("records"))).contains(support);
		assertThat(refs(decided.path("otherRecords"))).containsExactly(vitals);

		// another user's next search: the pair is split, the rest still links
		JsonNode split = search(this.tokenB, bySsn, null);
		assertThat(together(split, support, vitals)).isFalse();
		assertThat(holding(split, support)).isNotNull();
		assertThat(holding(split, vitals)).isNotNull();
		// and a search by name and date of birth by a supervisor too
		JsonNode byName = search(this.supervisor, Map.of("firstName", person.first(), "lastName", person.last(),
				"dateOfBirth", person.dateOfBirth().toString()), null, "CASE_REVIEW");
		assertThat(together(byName, support, vitals)).isFalse();
		// nor does the person view take the birth record as hers
		assertThat(viewedRecords(this.tokenB, supportHandle)).contains(support).doesNotContain(vitals);

		// a caseworker may not reverse it; nothing changes
		GraphQlClient.Response refused = reverse(this.tokenA, id, "I was wrong.", "ESTABLISH_PATERNITY");
		assertThat(refused.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(together(search(this.tokenB, bySsn, null), support, vitals)).isFalse();

		JsonNode reversed = reverse(this.supervisor, id, "Vital records corrected the mother's name.", "CASE_REVIEW")
			.data()
			.path("reverseIdentityDecision");
		assertThat(reversed.path("inForce").asBoolean()).isFalse();
		assertThat(reversed.path("reversal").path("reversedBy").asString()).isEqualTo(this.supervisorName);
		// the matcher decides again
		assertThat(together(search(this.tokenB, bySsn, null), support, vitals)).isTrue();
		assertThat(viewedRecords(this.tokenB, supportHandle)).contains(vitals);

		// the supervisor's review: the decision and its reversal, who, when and why
		JsonNode listed = decisions(this.supervisor, supportHandle).data().path("identityDecisions");
		JsonNode mine = find(listed, id);
		assertThat(mine.path("decision").asString()).isEqualTo("NOT_SAME_PERSON");
		assertThat(mine.path("reason").asString()).startsWith("Birth record names a different mother");
		assertThat(mine.path("decidedAt").asString()).isNotBlank();
		assertThat(mine.path("reversal").path("reason").asString())
			.isEqualTo("Vital records corrected the mother's name.");
		assertThat(mine.path("reversal").path("reversedAt").asString()).isNotBlank();

		// audited, each as its own event, found by the person; the refusal as a refusal
		List<String> events = auditedAbout(person, start);
		assertThat(events).contains(this.workerA + " IDENTITY_DECIDED",
				this.supervisorName + " IDENTITY_DECISION_REVERSED", this.supervisorName + " IDENTITY_DECISIONS_READ");
		assertThat(auditedBy(this.workerA, start)).contains("ACCESS_DENIED FORBIDDEN:reverseIdentityDecision");
	}

	@Test
	void samePersonJoinsCandidatesTheMatcherKeepsApartInTheNextSearchOfAnotherUser() {
		ApartPair pair = apartPair();
		JsonNode before = search(this.tokenA, pair.criteria(), null);
		assertThat(together(before, pair.record(), pair.other())).as("the matcher keeps them apart").isFalse();

		String id = decide(this.tokenA, handleHolding(before, pair.record()), handleHolding(before, pair.other()),
				"SAME_PERSON", "Marriage certificate on file links the two names.")
			.data()
			.path("decideIdentity")
			.path("id")
			.asString();

		JsonNode after = search(this.tokenB, pair.criteria(), null);
		assertThat(together(after, pair.record(), pair.other())).isTrue();
		JsonNode joined = holding(after, pair.record());
		assertThat(List.of(recordIn(joined, pair.record()).path("joinedByDecision").asString(),
				recordIn(joined, pair.other()).path("joinedByDecision").asString()))
			.contains(id);

		reverse(this.supervisor, id, "Certificate was for her sister.", "CASE_REVIEW");
		assertThat(together(search(this.tokenB, pair.criteria(), null), pair.record(), pair.other())).isFalse();
	}

	@Test
	void aVictimsOldAndNewSsnAreNeverJoinedAndAnotherSamePersonMayNotCrossANotTheSamePerson() {
		String mother = simulator.population().hardCases().get(HardCase.SSN_CHANGED).get(0);
		RecordedIdentity old = identityAt(mother, Agency.SUPPORT);
		RecordedIdentity renewed = identityAt(mother, Agency.LOCATE);
		assertThat(old.ssn()).isNotEqualTo(renewed.ssn());
		String oldHandle = handleHolding(search(this.tokenA, Map.of("ssn", old.ssn()), "SUPPORT"),
				"SUPPORT:" + old.recordId());
		String newHandle = handleHolding(search(this.tokenA, Map.of("ssn", renewed.ssn()), "LOCATE"),
				"LOCATE:" + renewed.recordId());

		GraphQlClient.Response refused = decide(this.tokenA, oldHandle, newHandle, "SAME_PERSON", "Same woman.");

		assertThat(refused.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(refused.errors().path(0).path("extensions").path("violation").asString()).isEqualTo("SSN_CONFLICT");
		assertThat(decisions(this.supervisor, oldHandle).data().path("identityDecisions").size()).isZero();

		decide(this.tokenA, oldHandle, newHandle, "NOT_SAME_PERSON", "Different women per the agencies.");
		GraphQlClient.Response crossing = decide(this.tokenB, newHandle, oldHandle, "SAME_PERSON", "Same woman.");
		assertThat(crossing.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(crossing.errors().path(0).path("extensions").path("violation").asString()).isIn("SSN_CONFLICT",
				"NOT_SAME_PERSON_IN_FORCE");
		assertThat(decisions(this.supervisor, oldHandle).data().path("identityDecisions").size()).isEqualTo(1);
	}

	@Test
	void aSamePersonAcrossARecordedNotTheSamePersonIsRefused() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		Map<Agency, String> ids = simulator.population().agencyIds(person.truthId());
		Map<String, Object> bySsn = Map.of("ssn", person.ssn());
		String support = handleHolding(search(this.tokenA, bySsn, "SUPPORT"), "SUPPORT:" + ids.get(Agency.SUPPORT));
		String vitals = handleHolding(search(this.tokenA, bySsn, "VITALS"), "VITALS:" + ids.get(Agency.VITALS));
		assertThat(decide(this.tokenA, support, vitals, "NOT_SAME_PERSON", "Different women.").errors().isEmpty())
			.isTrue();

		GraphQlClient.Response refused = decide(this.tokenB, vitals, support, "SAME_PERSON", "Same woman.");

		assertThat(refused.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(refused.errors().path(0).path("extensions").path("violation").asString())
			.isEqualTo("NOT_SAME_PERSON_IN_FORCE");
		assertThat(decisions(this.supervisor, support).data().path("identityDecisions").size()).isEqualTo(1);
	}

	@Test
	void badInputAndCallersWhoMayNotDecideChangeNothing() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		Map<Agency, String> ids = simulator.population().agencyIds(person.truthId());
		Map<String, Object> bySsn = Map.of("ssn", person.ssn());
		String one = handleHolding(search(this.tokenA, bySsn, "SUPPORT"), "SUPPORT:" + ids.get(Agency.SUPPORT));
		String two = handleHolding(search(this.tokenA, bySsn, "VITALS"), "VITALS:" + ids.get(Agency.VITALS));
		String tampered = one.substring(0, one.length() - 2) + (one.endsWith("AA") ? "BB" : "AA");

		assertThat(decide(this.tokenA, one, two, "NOT_SAME_PERSON", "").firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(decide(this.tokenA, one, two, "NOT_SAME_PERSON", "   \n ").firstErrorCode())
			.isEqualTo("BAD_REQUEST");
		assertThat(decide(this.tokenA, one, two, "NOT_SAME_PERSON", "x".repeat(1001)).firstErrorCode())
			.isEqualTo("BAD_REQUEST");
		assertThat(decide(this.tokenA, one, one, "NOT_SAME_PERSON", "Same handle twice.").firstErrorCode())
			.isEqualTo("BAD_REQUEST");
		assertThat(decide(this.tokenA, tampered, two, "NOT_SAME_PERSON", "Tampered.").firstErrorCode())
			.isEqualTo("NOT_FOUND");
		assertThat(decide(this.tokenA, one, "not-a-handle", "NOT_SAME_PERSON", "Forged.").firstErrorCode())
			.isEqualTo("NOT_FOUND");
		assertThat(decideAs(this.tokenA, one, two, "NOT_SAME_PERSON", "Wrong purpose.", "PLACEMENT_PLANNING")
			.firstErrorCode()).isEqualTo("FORBIDDEN");
		for (String role : List.of("integrator", "auditor", "security-officer")) {
			String token = idp.token(role + "." + this.run, role);
			assertThat(
					decideAs(token, one, two, "NOT_SAME_PERSON", "Not mine to decide.", "CASE_REVIEW").firstErrorCode())
				.as(role)
				.isEqualTo("FORBIDDEN");
		}
		assertThat(reverse(this.supervisor, UUID.randomUUID().toString(), "No such.", "CASE_REVIEW").firstErrorCode())
			.isEqualTo("NOT_FOUND");

		assertThat(decisions(this.supervisor, one).data().path("identityDecisions").size()).isZero();
		assertThat(decisions(this.supervisor, two).data().path("identityDecisions").size()).isZero();
		assertThat(together(search(this.tokenB, bySsn, null), "SUPPORT:" + ids.get(Agency.SUPPORT),
				"VITALS:" + ids.get(Agency.VITALS)))
			.isTrue();
		assertThat(auditedBy("integrator." + this.run, Instant.now().minus(5, ChronoUnit.MINUTES)))
			.contains("ACCESS_DENIED FORBIDDEN:decideIdentity");
	}

	@Test
	void aDecisionCannotBeAlteredOrRemovedEvenByTheSchemaOwner() throws Exception {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		Map<Agency, String> ids = simulator.population().agencyIds(person.truthId());
		Map<String, Object> bySsn = Map.of("ssn", person.ssn());
		String one = handleHolding(search(this.tokenA, bySsn, "SUPPORT"), "SUPPORT:" + ids.get(Agency.SUPPORT));
		String two = handleHolding(search(this.tokenA, bySsn, "VITALS"), "VITALS:" + ids.get(Agency.VITALS));
		String id = decide(this.tokenA, one, two, "NOT_SAME_PERSON", "Different women.").data()
			.path("decideIdentity")
			.path("id")
			.asString();

		for (String change : List.of("UPDATE identity_decision SET reason = 'rewritten' WHERE id = '" + id + "'",
				"DELETE FROM identity_decision_record WHERE decision_id = '" + id + "'",
				"TRUNCATE identity_decision_reversal")) {
			try (Connection owner = ownerConnection(); Statement statement = owner.createStatement()) {
				org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.execute(change))
					.as(change)
					.hasMessageContaining("append-only");
			}
		}
		assertThat(find(decisions(this.supervisor, one).data().path("identityDecisions"), id).path("reason").asString())
			.isEqualTo("Different women.");
	}

	/**
	 * Two records of one hard-case mother that one search finds and the matcher keeps in
	 * separate candidates, with at most one SSN between them: what a caseworker who knows
	 * her joins.
	 */
	private ApartPair apartPair() {
		for (HardCase kind : HardCase.values()) {
			for (String mother : simulator.population().hardCases().get(kind)) {
				for (RecordedIdentity identity : simulator.population().recordedIdentities(mother)) {
					if (identity.dateOfBirth() == null) {
						continue;
					}
					Map<String, Object> criteria = Map.of("firstName", identity.first(), "dateOfBirth",
							identity.dateOfBirth().toString());
					JsonNode candidates = search(this.tokenA, criteria, null);
					ApartPair pair = apartIn(candidates, mother, criteria);
					if (pair != null) {
						return pair;
					}
				}
			}
		}
		throw new AssertionError("no hard case leaves one person's records in two candidates");
	}

	private static ApartPair apartIn(JsonNode candidates, String truthId, Map<String, Object> criteria) {
		List<List<String>> hers = new ArrayList<>();
		for (JsonNode candidate : candidates) {
			List<String> records = refs(candidate.path("records").findValues("provenance"));
			if (records.stream().allMatch((r) -> truthId.equals(truthOf(r)))) {
				hers.add(records);
			}
		}
		for (int i = 0; i < hers.size(); i++) {
			for (int j = i + 1; j < hers.size(); j++) {
				java.util.Set<String> ssns = new java.util.HashSet<>();
				for (String record : concat(hers.get(i), hers.get(j))) {
					String ssn = ssnOf(truthId, record);
					if (ssn != null) {
						ssns.add(ssn);
					}
				}
				if (ssns.size() <= 1) {
					return new ApartPair(criteria, hers.get(i).get(0), hers.get(j).get(0));
				}
			}
		}
		return null;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static String truthOf(String record) {
		int colon = record.indexOf(':');
		return simulator.population()
			.truthIdOf(Agency.valueOf(record.substring(0, colon)), record.substring(colon + 1))
			.orElse(null);
	}

	private static String ssnOf(String truthId, String record) {
		return simulator.population()
			.recordedIdentities(truthId)
			.stream()
			.filter((identity) -> record.equals(identity.agency().name() + ":" + identity.recordId()))
			.findFirst()
			.map(RecordedIdentity::ssn)
			.orElse(null);
	}

	/** Search criteria and two records it finds in separate candidates. */
	private record ApartPair(Map<String, Object> criteria, String record, String other) {

	}

	/** The agency records a person view shows as the person's. */
	private List<String> viewedRecords(String token, String handle) {
		GraphQlClient.Response view = query(token, Documents.load("sweepPerson"),
				Map.of("handle", handle, "purpose", "ESTABLISH_PATERNITY"));
		assertThat(view.status()).isEqualTo(200);
		return refs(view.data().path("person").path("identity").path("records").findValues("provenance"));
	}

	private GraphQlClient.Response decide(String token, String handle, String other, String decision, String reason) {
		return decideAs(token, handle, other, decision, reason, "ESTABLISH_PATERNITY");
	}

	private GraphQlClient.Response decideAs(String token, String handle, String other, String decision, String reason,
			String purpose) {
		return query(token, DECIDE,
				Map.of("handle", handle, "other", other, "decision", decision, "reason", reason, "purpose", purpose));
	}

	private GraphQlClient.Response reverse(String token, String id, String reason, String purpose) {
		return query(token, REVERSE, Map.of("id", id, "reason", reason, "purpose", purpose));
	}

	private GraphQlClient.Response decisions(String token, String handle) {
		return query(token, DECISIONS, Map.of("handle", handle, "purpose", "CASE_REVIEW"));
	}

	private JsonNode search(String token, Map<String, Object> criteria, String source) {
		return search(token, criteria, source, "ESTABLISH_PATERNITY");
	}

	private JsonNode search(String token, Map<String, Object> criteria, String source, String purpose) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("criteria", criteria);
		variables.put("purpose", purpose);
		if (source != null) {
			variables.put("sources", List.of(source));
		}
		GraphQlClient.Response response = query(token, SEARCH, variables);
		assertThat(response.status()).isEqualTo(200);
		return response.data().path("searchPeople").path("candidates");
	}

	private static JsonNode holding(JsonNode candidates, String record) {
		for (JsonNode candidate : candidates) {
			if (refs(candidate.path("records").findValues("provenance")).contains(record)) {
				return candidate;
			}
		}
		return null;
	}

	private static String handleHolding(JsonNode candidates, String record) {
		JsonNode candidate = holding(candidates, record);
		assertThat(candidate).as("a candidate holding " + record).isNotNull();
		return candidate.path("handle").asString();
	}

	private static boolean together(JsonNode candidates, String record, String other) {
		JsonNode candidate = holding(candidates, record);
		return candidate != null && refs(candidate.path("records").findValues("provenance")).contains(other);
	}

	private static JsonNode recordIn(JsonNode candidate, String record) {
		for (JsonNode r : candidate.path("records")) {
			if ((r.path("provenance").path("source").asString() + ":"
					+ r.path("provenance").path("recordId").asString())
				.equals(record)) {
				return r;
			}
		}
		throw new AssertionError("no record " + record);
	}

	private static List<String> refs(JsonNode records) {
		List<String> refs = new ArrayList<>();
		records.forEach((r) -> refs.add(r.path("source").asString() + ":" + r.path("recordId").asString()));
		return refs;
	}

	private static List<String> refs(List<JsonNode> provenances) {
		List<String> refs = new ArrayList<>();
		provenances.forEach((p) -> refs.add(p.path("source").asString() + ":" + p.path("recordId").asString()));
		return refs;
	}

	private static JsonNode find(JsonNode decisions, String id) {
		for (JsonNode decision : decisions) {
			if (decision.path("id").asString().equals(id)) {
				return decision;
			}
		}
		throw new AssertionError("decision " + id + " not listed: " + decisions);
	}

	private static RecordedIdentity identityAt(String truthId, Agency agency) {
		return simulator.population()
			.recordedIdentities(truthId)
			.stream()
			.filter((identity) -> identity.agency() == agency)
			.findFirst()
			.orElseThrow(() -> new AssertionError(truthId + " has no record at " + agency));
	}

	/**
	 * Subject and type of every audit record about the person, as an auditor finds them.
	 */
	private List<String> auditedAbout(SyntheticPerson person, Instant start) {
		String auditor = idp.token("auditor." + this.run, "auditor");
		List<String> handles = new ArrayList<>();
		query(auditor, Documents.load("auditPeople"), Map.of("criteria", Map.of("ssn", person.ssn()))).data()
			.path("auditPeople")
			.path("candidates")
			.forEach((candidate) -> handles.add(candidate.path("handle").asString()));
		Map<String, Object> filter = new LinkedHashMap<>();
		filter.put("from", start.toString());
		filter.put("to", Instant.now().plus(1, ChronoUnit.MINUTES).toString());
		filter.put("person", Map.of("handles", handles));
		filter.put("types", List.of("IDENTITY_DECIDED", "IDENTITY_DECISION_REVERSED", "IDENTITY_DECISIONS_READ"));
		List<String> events = new ArrayList<>();
		query(auditor, Documents.load("auditEvents"), Map.of("filter", filter, "first", 500)).data()
			.path("auditEvents")
			.path("edges")
			.forEach((edge) -> events
				.add(edge.path("node").path("subject").asString() + " " + edge.path("node").path("type").asString()));
		return events;
	}

	/** Type and detail of every audit record of one user's. */
	private List<String> auditedBy(String subject, Instant start) {
		String auditor = idp.token("auditor." + this.run, "auditor");
		Map<String, Object> filter = new LinkedHashMap<>();
		filter.put("from", start.toString());
		filter.put("to", Instant.now().plus(1, ChronoUnit.MINUTES).toString());
		filter.put("subject", subject);
		List<String> events = new ArrayList<>();
		query(auditor, Documents.load("auditEvents"), Map.of("filter", filter, "first", 500)).data()
			.path("auditEvents")
			.path("edges")
			.forEach((edge) -> events
				.add(edge.path("node").path("type").asString() + " " + edge.path("node").path("detail").asString()));
		return events;
	}

}
