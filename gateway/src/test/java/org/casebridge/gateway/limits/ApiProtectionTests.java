package org.casebridge.gateway.limits;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Behaviour;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API protects itself: each request below is refused before any agency is called, and
 * no answer, refused or not, carries a stack trace, a class name or a backend address.
 */
class ApiProtectionTests extends GatewayIntegrationTest {

	private static final String PERSON_FIELDS = """
			fragment Everything on PersonView {
			  handle
			  identity { names { first last kind } datesOfBirth { value estimated } ssns { value } sexes { value }
			    records { name dateOfBirth provenance { source recordId asOf retrievedAt } } }
			  support { caseNumber caseType status openedOn participants { agencyPersonId name role }
			    order { orderNumber amount frequency } arrears { family state } payments { paymentId amount source }
			    worker { name office phone email } }
			  paternity { birthCertificateNumber childName motherName legalFatherName method establishedOn }
			  placements { episodeId childName removalDate placements { placementId setting providerName }
			    worker { name phone } parents { name relationship } }
			  locate { addresses { line1 city state } employers { employerName ein } wages { quarter amount }
			    driverRecords { licenseNumber status } }
			  sources { source state reason }
			}
			""";

	private String token() {
		return idp.token("worker-1", "support-worker");
	}

	@Test
	void aDocumentDeeperThanTheLimitIsRefusedCountingThroughFragments() {
		String deep = "query { searchPeople(criteria: {lastName: \"Rivera\"}, purpose: LOCATE_PARENT) { ...A } }"
				+ " fragment A on PersonSearchResult { candidates { records { ...B } } }"
				+ " fragment B on AgencyRecord { provenance { ... on Provenance { x { y { z { w { v { u { t } } } } } } } } }";

		GraphQlClient.Response response = query(token(), deep, Map.of());

		assertRefused(response, "LIMIT_EXCEEDED");
		assertThat(response.errors().path(0).path("extensions").path("limit").asString()).isEqualTo("depth");
	}

	@Test
	void complexityCountsANamedFragmentEveryTimeItIsSpread() {
		String once = "query { a: person(handle: \"h\", purpose: LOCATE_PARENT) { ...Everything } }" + PERSON_FIELDS;
		String fiveTimes = "query { a: person(handle: \"h\", purpose: LOCATE_PARENT) { ...Everything }"
				+ " b: person(handle: \"h\", purpose: LOCATE_PARENT) { ...Everything }"
				+ " c: person(handle: \"h\", purpose: LOCATE_PARENT) { ...Everything }"
				+ " d: person(handle: \"h\", purpose: LOCATE_PARENT) { ...Everything }"
				+ " e: person(handle: \"h\", purpose: LOCATE_PARENT) { ...Everything } }" + PERSON_FIELDS;

		assertThat(query(token(), once, Map.of()).firstErrorCode()).isNotEqualTo("LIMIT_EXCEEDED");
		GraphQlClient.Response response = query(token(), fiveTimes, Map.of());

		assertRefused(response, "LIMIT_EXCEEDED");
		assertThat(response.errors().path(0).path("extensions").path("limit").asString()).isEqualTo("complexity");
	}

	@Test
	void tooManyAliasesAreRefused() {
		StringBuilder document = new StringBuilder("query {");
		for (int i = 0; i < 31; i++) {
			document.append(" a").append(i).append(": __typename");
		}
		document.append(" searchPeople(criteria: {lastName: \"Rivera\"}, purpose: LOCATE_PARENT) { truncated } }");

		GraphQlClient.Response response = query(token(), document.toString(), Map.of());

		assertRefused(response, "LIMIT_EXCEEDED");
		assertThat(response.errors().path(0).path("extensions").path("limit").asString()).isEqualTo("aliases");
	}

	@Test
	void aDocumentOfTooManyTokensIsRefused() {
		String document = "query { searchPeople(criteria: {lastName: \"Rivera\"}, purpose: LOCATE_PARENT) { truncated"
				+ " a".repeat(3100) + " } }";

		GraphQlClient.Response response = query(token(), document, Map.of());

		assertRefused(response, "LIMIT_EXCEEDED");
		assertThat(response.text()).doesNotContain("parse tokens");
	}

	@Test
	void aBatchOfOperationsIsRefused() {
		String single = "{\"query\":\"{ searchPeople(criteria: {lastName: \\\"Rivera\\\"}, purpose: LOCATE_PARENT) { truncated } }\"}";

		GraphQlClient.Response response = this.graphql.postRaw(token(), "application/json",
				"[" + single + "," + single + "]");

		assertThat(response.status()).isEqualTo(400);
		assertThat(agencyRequests()).isZero();
	}

	@Test
	void getIsRefused() {
		URI withQuery = URI.create(this.graphql.endpoint()
				+ "?query=%7BsearchPeople(criteria:%7BlastName:%22Rivera%22%7D,purpose:LOCATE_PARENT)%7Btruncated%7D%7D");
		GraphQlClient.Response response = this.graphql.send(HttpRequest.newBuilder(withQuery)
			.header("Authorization", "Bearer " + token())
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build());

		assertThat(response.status()).isEqualTo(405);
		assertThat(agencyRequests()).isZero();
	}

	@Test
	void formAndPlainTextPostsAreRefused() {
		String document = "query={searchPeople(criteria:{lastName:\"Rivera\"},purpose:LOCATE_PARENT){truncated}}";
		for (String type : List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain",
				"application/graphql")) {
			GraphQlClient.Response response = this.graphql.postRaw(token(), type, document);
			assertThat(response.status()).as(type).isEqualTo(415);
		}
		assertThat(agencyRequests()).isZero();
	}

	@Test
	void anOversizedRequestIsRefused() {
		String padding = " ".repeat(40_000);
		String body = "{\"query\":\"{ searchPeople(criteria: {lastName: \\\"Rivera\\\"}, purpose: LOCATE_PARENT) { truncated }"
				+ padding + "}\"}";

		GraphQlClient.Response response = this.graphql.postRaw(token(), "application/json", body);

		assertThat(response.status()).isEqualTo(413);
		assertThat(agencyRequests()).isZero();
	}

	@Test
	void introspectionIsAnsweredOnlyToIntegrators() {
		String introspection = "query { __schema { queryType { name } types { name } } }";

		GraphQlClient.Response caseworker = query(token(), introspection, Map.of());
		GraphQlClient.Response hidden = query(token(),
				"query { ...T } fragment T on Query { __type(name: \"Locate\") { name } }", Map.of());
		GraphQlClient.Response integrator = query(idp.token("agency-system", "integrator"), introspection, Map.of());
		GraphQlClient.Response anonymous = this.graphql.post(null, introspection, Map.of());

		assertRefused(caseworker, "FORBIDDEN");
		assertRefused(hidden, "FORBIDDEN");
		assertThat(integrator.data().path("__schema").path("queryType").path("name").asString()).isEqualTo("Query");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.text()).isEmpty();
	}

	@Test
	void introspectionAnsweredToAnIntegratorIsStillRefusedToACaseworker() {
		String introspection = "query Cached { ... on Query { __type(name: \"PersonView\") { name } } }";

		GraphQlClient.Response integrator = query(idp.token("agency-system", "integrator"), introspection, Map.of());
		GraphQlClient.Response caseworker = query(token(), introspection, Map.of());
		GraphQlClient.Response again = query(idp.token("agency-system", "integrator"), introspection, Map.of());

		assertThat(integrator.data().path("__type").path("name").asString()).isEqualTo("PersonView");
		assertRefused(caseworker, "FORBIDDEN");
		assertThat(again.data().path("__type").path("name").asString()).isEqualTo("PersonView");
	}

	@Test
	void fiveHundredCopiesOfAnUnknownDirectiveGetOneShortError() {
		String document = "query { searchPeople(criteria: {lastName: \"Rivera\"}, purpose: LOCATE_PARENT) { truncated"
				+ " @nope".repeat(500) + " } }";

		GraphQlClient.Response response = query(token(), document, Map.of());

		assertRefused(response, "BAD_REQUEST");
		assertThat(response.errors().size()).isEqualTo(1);
		assertThat(response.errors().path(0).path("extensions").path("problems").asInt()).isGreaterThan(1);
		assertThat(response.text().length()).as(response.text()).isLessThan(400);
	}

	@Test
	void aRoleThatMayNotReadTheSchemaIsNotToldItsTypesInValidationErrors() {
		String misspelt = "query { persn(handle: \"h\", purpose: LOCATE_PARENT) { handle } }";

		GraphQlClient.Response caseworker = query(token(), misspelt, Map.of());
		GraphQlClient.Response integrator = query(idp.token("system-1", "integrator"), misspelt, Map.of());

		assertRefused(caseworker, "BAD_REQUEST");
		assertThat(caseworker.errors().path(0).path("message").asString())
			.isEqualTo("The document is not valid for this API.");
		assertThat(caseworker.text()).doesNotContain("Query", "persn");
		assertThat(caseworker.errors().path(0).path("extensions").path("validation").asString())
			.isEqualTo("FieldUndefined");
		assertThat(integrator.errors().path(0).path("message").asString()).contains("persn", "Query");
	}

	@Test
	void noAnswerCarriesAStackTraceAClassNameOrABackendAddress() {
		simulator.behave(Agency.SUPPORT, new Behaviour(Behaviour.Mode.MALFORMED, Duration.ZERO));
		simulator.behave(Agency.WELFARE, new Behaviour(Behaviour.Mode.DOWN, Duration.ZERO));
		List<GraphQlClient.Response> responses = List.of(
				this.graphql.postRaw(token(), "application/json", "{\"query\": \"{ searchPeople("),
				this.graphql.postRaw(token(), "application/json", "{\"query\": 42}"),
				query(token(),
						"query($p: PurposeOfUse!) { searchPeople(criteria: {lastName: \"Rivera\"}, purpose: $p) "
								+ "{ truncated } }",
						Map.of("p", "NOSY")),
				query(token(),
						"query { searchPeople(criteria: {lastName: \"Rivera\"}, purpose: LOCATE_PARENT) "
								+ "{ nonsense } }",
						Map.of()),
				query(token(), "query { person(handle: \"forged\", purpose: LOCATE_PARENT) { handle } }", Map.of()),
				query(token(),
						"query { searchPeople(criteria: {lastName: \"Rivera\"}, purpose: LOCATE_PARENT) "
								+ "{ sources { source state reason } } }",
						Map.of()),
				this.graphql.post("not.a.token", "{ __typename }", Map.of()));
		for (GraphQlClient.Response response : responses) {
			assertThat(response.text()).as(response.text())
				.doesNotContain("Exception", "org.casebridge", "java.", "\tat ", "springframework", "127.0.0.1",
						"localhost", "http://");
		}
	}

	private void assertRefused(GraphQlClient.Response response, String code) {
		assertThat(response.firstErrorCode()).as(response.text()).isEqualTo(code);
		assertThat(response.data().isNull() || response.data().isMissingNode()).isTrue();
		assertThat(agencyRequests()).isZero();
	}

}
