package org.casebridge.gateway.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeReasonsTests {

	@Test
	void classNamesAddressesAndUrlsAreRemovedFromAReason() {
		assertThat(SafeReasons.clean("token request: not reachable (ConnectException)"))
			.isEqualTo("token request: not reachable");
		assertThat(SafeReasons.clean("failed at http://10.1.2.3:9102/ccwis/persons/7 with java.net.SocketException"))
			.isEqualTo("failed at with");
		assertThat(SafeReasons.clean("agency 127.0.0.1:9101 answered 503")).isEqualTo("agency answered 503");
	}

	@Test
	void anOrdinaryReasonIsKept() {
		assertThat(SafeReasons.clean("support answered unreadable JSON (line 1, column 710)"))
			.isEqualTo("support answered unreadable JSON (line 1, column 710)");
		assertThat(SafeReasons.clean("time limit 2s")).isEqualTo("time limit 2s");
	}

}
