package org.casebridge.gateway.ui;

import java.util.List;

import org.casebridge.gateway.security.BrowserSessionProperties;
import org.casebridge.gateway.security.ConditionalOnBrowserLogin;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's frame needs: who is signed in, which screens they may open, and the
 * session's idle clock for the timeout warning.
 */
@ControllerAdvice(basePackageClasses = ScreenModel.class)
@ConditionalOnBrowserLogin
class ScreenModel {

	private final BrowserSessionProperties session;

	ScreenModel(BrowserSessionProperties session) {
		this.session = session;
	}

	@ModelAttribute("user")
	SignedInUser user(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		Screens screens = Screens.of(authentication);
		List<String> roles = screens.roles().stream().map((role) -> role.claimValue()).toList();
		return new SignedInUser(authentication.getName(), roles, screens.links());
	}

	@ModelAttribute("idleSeconds")
	long idleSeconds() {
		return this.session.idleTimeout().toSeconds();
	}

	@ModelAttribute("warningSeconds")
	long warningSeconds() {
		return this.session.warning().toSeconds();
	}

	/** The signed-in user as the page frame shows them. */
	record SignedInUser(String name, List<String> roles, List<Screens.Link> links) {
	}

}
