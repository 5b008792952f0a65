package org.casebridge.gateway.ui;

import org.casebridge.gateway.security.ConditionalOnBrowserLogin;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front door: the sign-in page for a visitor, the screen of their role for a
 * signed-in user. Also where the identity provider sends the browser after sign-out.
 */
@Controller
@ConditionalOnBrowserLogin
class HomeController {

	@GetMapping("/")
	String home(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return "home";
		}
		return Screens.of(authentication).home().map((path) -> "redirect:" + path).orElse("no-screen");
	}

}
