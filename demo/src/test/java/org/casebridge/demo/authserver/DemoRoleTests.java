package org.casebridge.demo.authserver;

import java.util.Arrays;

import org.casebridge.gateway.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRoleTests {

	@Test
	void demoRolesAreExactlyTheGatewaysRoles() {
		assertThat(Arrays.stream(DemoRole.values()).map(DemoRole::claimValue))
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::claimValue).toList());
	}

	@Test
	void everyRoleButIntegratorHasALoginUser() {
		assertThat(Arrays.stream(DemoRole.values()).filter((role) -> !role.hasLoginUser()))
			.containsExactly(DemoRole.INTEGRATOR);
	}

}
