package org.casebridge.gateway.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway at capacity tells the caller so, over HTTP, and asks no agency; once there is
 * room again the same request is answered.
 */
class AdmissionHttpTests extends GatewayIntegrationTest {

	@Autowired
	private Admission admission;

	@Autowired
	private ApiProperties properties;

	@Test
	void atCapacityAnOperationWaitsItsTimeThenIsRefusedWithRetryAfter() {
		String token = idp.token("worker-1", "support-worker");
		Map<String, Object> variables = Map.of("criteria", Map.of("lastName", "Rivera"), "purpose", "LOCATE_PARENT");
		List<Admission.Permit> held = new ArrayList<>();
		GraphQlClient.Response refused;
		long asked;
		try {
			for (int i = 0; i < this.properties.concurrency().maxRunning(); i++) {
				held.add(this.admission.admit("holder-" + i).block());
			}
			asked = agencyRequests();
			refused = query(token, Documents.load("searchPeople"), variables);
			assertThat(agencyRequests()).isEqualTo(asked);
		}
		finally {
			held.forEach(Admission.Permit::release);
		}

		assertThat(refused.status()).as(refused.text()).isEqualTo(503);
		assertThat(refused.firstErrorCode()).isEqualTo("OVERLOADED");
		assertThat(refused.data().isNull() || refused.data().isMissingNode()).isTrue();
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValue(Long.toString(this.properties.concurrency().maxWait().toSeconds()));
		assertThat(refused.text()).doesNotContain("Exception").doesNotContain("org.casebridge");

		GraphQlClient.Response answered = query(token, Documents.load("searchPeople"), variables);
		assertThat(answered.errors() == null || answered.errors().isEmpty()).isTrue();
		assertThat(answered.data().path("searchPeople").path("candidates").isArray()).isTrue();
		assertThat(this.admission.running()).isZero();
	}

}
