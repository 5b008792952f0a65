package org.casebridge.gateway.access;

import java.util.Map;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;

class DebugTests extends GatewayIntegrationTest {

	@Test
	void debug() {
		SyntheticPerson child = simulator.population().anyChildInFosterCare();
		String token = idp.token("worker-1", "support-worker");
		String found = query(token, Documents.load("searchPeople"),
				Map.of("criteria", Map.of("ssn", child.ssn()), "purpose", "LOCATE_PARENT"))
			.text();
		String handle = found.replaceAll(".*?\"handle\":\"([^\"]+)\".*", "$1");
		System.out.println("RESPONSE1 "
				+ query(token, Documents.load("person"), Map.of("handle", handle, "purpose", "LOCATE_PARENT")).text()
					.replaceAll("\\{\"message\"", "\n{\"message\""));
	}

}
