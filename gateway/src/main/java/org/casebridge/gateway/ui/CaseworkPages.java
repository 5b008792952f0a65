package org.casebridge.gateway.ui;

import java.util.Arrays;
import java.util.List;

import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.security.ConditionalOnBrowserLogin;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The caseworker's pages: search, person view and alerts inbox. They carry no personal
 * data themselves: the browser asks {@code /graphql} for it, one agency at a time, and
 * search criteria are only ever sent in a POST body, never in a URL.
 */
@Controller
@ConditionalOnBrowserLogin
class CaseworkPages {

	/** A person handle is a sealed token of a few hundred characters. */
	private static final int MAX_HANDLE_LENGTH = 4096;

	private final PermittedPurposes permitted;

	CaseworkPages(PermittedPurposes permitted) {
		this.permitted = permitted;
	}

	@GetMapping("/search")
	String search(Authentication authentication, Model model) {
		model.addAttribute("purposes", this.permitted.of(authentication));
		return "search";
	}

	/**
	 * The joint-case alerts inbox. Reading alerts is a disclosure like a search, so the
	 * page asks for a purpose of use before it asks for the alerts.
	 */
	@GetMapping("/alerts")
	String alerts(Authentication authentication, Model model) {
		model.addAttribute("purposes", this.permitted.of(authentication));
		return "alerts";
	}

	@GetMapping("/person")
	String person(@RequestParam String handle, @RequestParam String purpose, Model model) {
		PurposeOfUse purposeOfUse = Arrays.stream(PurposeOfUse.values())
			.filter((candidate) -> candidate.name().equals(purpose))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		if (handle.isBlank() || handle.length() > MAX_HANDLE_LENGTH) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		model.addAttribute("handle", handle);
		model.addAttribute("purpose", Purposes.of(purposeOfUse));
		return "person";
	}

	/** A purpose of use as the screen words it. */
	record Purpose(String value, String label) {
	}

	/** The screen's wording of each purpose of use. */
	static final class Purposes {

		private Purposes() {
		}

		static List<Purpose> all() {
			return Arrays.stream(PurposeOfUse.values()).map(Purposes::of).toList();
		}

		static Purpose of(PurposeOfUse purpose) {
			String label = switch (purpose) {
				case ESTABLISH_PATERNITY -> "Establish paternity";
				case ESTABLISH_ORDER -> "Establish or modify a support order";
				case ENFORCE_ORDER -> "Enforce a support order";
				case LOCATE_PARENT -> "Locate a parent (child support)";
				case LOCATE_PARENT_FOR_PLACEMENT -> "Locate a parent for placement or permanency";
				case PLACEMENT_PLANNING -> "Plan or review a placement";
				case CASE_REVIEW -> "Case review (supervision, quality assurance)";
				case REFERRAL_DECISION -> "Decide a referral to child support";
			};
			return new Purpose(purpose.name(), label);
		}

	}

}
