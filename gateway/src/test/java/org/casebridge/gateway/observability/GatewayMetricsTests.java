package org.casebridge.gateway.observability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Behaviour;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayMetricsTests extends GatewayIntegrationTest {

	private static final Pattern METRIC = Pattern.compile("\\b(casebridge|resilience4j|graphql|jvm)_[a-z0-9_]+");

	@Test
	void eachAgencyCallIsTimedByAgencyAndState() throws Exception {
		simulator.behave(Agency.LOCATE, Behaviour.of(Behaviour.Mode.ERROR_500));
		search(simulator.population().anyKnownToAllAgencies());

		String scrape = scrape();

		assertThat(scrape)
			.containsPattern("casebridge_agency_call_seconds_bucket\\{[^}]*agency=\"support\"[^}]*state=\"OK\"")
			.containsPattern(
					"casebridge_agency_call_seconds_count\\{[^}]*agency=\"locate\"[^}]*state=\"(ERROR|UNAVAILABLE)\"");
	}

	@Test
	void resilienceAdmissionAuditAndPolicyArePublished() throws Exception {
		search(simulator.population().anyKnownToAllAgencies());

		String scrape = scrape();

		assertThat(scrape)
			.containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"welfare\"[^}]*state=\"closed\"[^}]*\\} 1")
			.containsPattern("resilience4j_bulkhead_available_concurrent_calls\\{[^}]*name=\"vitals\"")
			.contains("casebridge_api_operations_refused")
			.containsPattern(
					"casebridge_audit_commit_seconds_count\\{[^}]*outcome=\"SUCCESS\"[^}]*result=\"committed\"[^}]*type=\"PERSON_SEARCH\"")
			.contains("casebridge_audit_queue{")
			.containsPattern("casebridge_policy_version\\{[^}]*\\} [1-9]");
	}

	@Test
	void aRefusalIsCountedAsADeniedAuditRecord() throws Exception {
		query(idp.token("worker-2", "support-worker"), Documents.load("searchPeople"),
				Map.of("criteria", Map.of("lastName", "Rivera"), "purpose", "PLACEMENT_PLANNING"));

		assertThat(scrape()).containsPattern(
				"casebridge_audit_commit_seconds_count\\{[^}]*outcome=\"DENIED\"[^}]*type=\"ACCESS_DENIED\"[^}]*\\} [1-9]");
	}

	@Test
	void theDashboardAndAlertsUseOnlyMetricsTheGatewayPublishes() throws Exception {
		search(simulator.population().anyKnownToAllAgencies());
		String scrape = scrape();
		Set<String> used = new TreeSet<>();
		for (String file : List.of("alerts.yml", "grafana-dashboard.json")) {
			Matcher names = METRIC.matcher(Files.readString(Path.of("../deploy/monitoring", file)));
			while (names.find()) {
				used.add(names.group());
			}
		}

		assertThat(used).contains("casebridge_agency_call_seconds_bucket", "casebridge_audit_commit_seconds_count",
				"resilience4j_circuitbreaker_state", "casebridge_api_operations_refused_total");
		assertThat(used).allSatisfy((name) -> assertThat(scrape).contains("\n" + name + "{"));
	}

	@Test
	void theScrapeIsClosedOnTheApiPort() throws Exception {
		assertThat(get(this.port, "/actuator/prometheus").statusCode()).isIn(401, 403);
		assertThat(get(this.managementPort, "/actuator/info").statusCode()).isIn(401, 403);
	}

	@Test
	void everyGraphQlErrorCarriesTheRequestsTraceId() {
		GraphQlClient.Response response = query(idp.token("worker-1", "support-worker"), Documents.load("searchPeople"),
				Map.of("criteria", Map.of("ssn", "12-34"), "purpose", "LOCATE_PARENT"));

		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(response.errors().path(0).path("extensions").path("traceId").asString()).matches("[0-9a-f]{32}");
	}

	private void search(SyntheticPerson person) {
		GraphQlClient.Response response = query(idp.token("worker-1", "support-worker"), Documents.load("searchPeople"),
				Map.of("criteria", Map.of("ssn", person.ssn()), "purpose", "LOCATE_PARENT"));
		assertThat(response.status()).isEqualTo(200);
	}

	private String scrape() throws Exception {
		HttpResponse<String> response = get(this.managementPort, "/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static HttpResponse<String> get(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
