package org.casebridge.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BrowserSessionTests {

	private final SessionRoles roles = new SessionRoles("roles");

	@Test
	void browserSessionGetsTheSameRoleAuthoritiesAsABearerToken() {
		OidcUserAuthority login = new OidcUserAuthority(idToken(Map.of("roles", List.of("welfare-worker", "auditor"))));

		assertThat(this.roles.mapAuthorities(Set.of(login, new SimpleGrantedAuthority("SCOPE_openid"))))
			.extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_WELFARE_WORKER", "ROLE_AUDITOR");
	}

	@Test
	void unknownRoleNamesAndOtherAuthoritiesGrantNothing() {
		OidcUserAuthority login = new OidcUserAuthority(
				idToken(Map.of("roles", List.of("administrator", "ROLE_ADMIN"))));

		assertThat(this.roles.mapAuthorities(List.of(login))).isEmpty();
		assertThat(this.roles.mapAuthorities(AuthorityUtils.createAuthorityList("ROLE_SUPERVISOR"))).isEmpty();
	}

	@Test
	void rolesMayAlsoComeFromUserInfo() {
		OidcUserAuthority login = new OidcUserAuthority(idToken(Map.of()),
				new OidcUserInfo(Map.of("sub", "jo", "roles", "supervisor")));

		assertThat(this.roles.mapAuthorities(List.of(login))).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_SUPERVISOR");
	}

	@Test
	void theWarningMustComeBeforeTheEndOfTheSession() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BrowserSessionProperties(Duration.ofMinutes(2), Duration.ofMinutes(2)))
			.withMessageContaining("casebridge.ui.session.warning");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BrowserSessionProperties(Duration.ofSeconds(10), Duration.ZERO))
			.withMessageContaining("casebridge.ui.session.idle-timeout");
	}

	private static OidcIdToken idToken(Map<String, Object> claims) {
		OidcIdToken.Builder token = OidcIdToken.withTokenValue("id-token")
			.subject("jo")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60));
		claims.forEach(token::claim);
		return token.build();
	}

}
