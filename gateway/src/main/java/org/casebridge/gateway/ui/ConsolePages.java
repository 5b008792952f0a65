package org.casebridge.gateway.ui;

import org.casebridge.gateway.security.ConditionalOnBrowserLogin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The security officer's and auditor's console: the access policy and the audit trail.
 * Like the search screen, the pages are shells over the GraphQL API, which checks the
 * caller's role again on every operation.
 */
@Controller
@ConditionalOnBrowserLogin
class ConsolePages {

	@GetMapping("/console/policy")
	String policy(Model model) {
		model.addAttribute("purposes", CaseworkPages.Purposes.all());
		return "policy";
	}

	@GetMapping("/console/audit")
	String audit() {
		return "audit";
	}

}
