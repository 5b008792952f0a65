package org.casebridge.gateway.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The CSRF filter's answer to a request without its session's CSRF token, or with a stale
 * one: published as a {@link CsrfRefusal}, which the audit trail records (Spring Security
 * publishes no event for it), then 403 as Spring Security would answer.
 */
final class RecordedCsrfRefusals implements AccessDeniedHandler {

	private final AccessDeniedHandler answer = new AccessDeniedHandlerImpl();

	private final ApplicationEventPublisher events;

	RecordedCsrfRefusals(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** Sets this as the CSRF filter's answer to a refused request, and nothing else's. */
	static ObjectPostProcessor<CsrfFilter> on(ApplicationEventPublisher events) {
		return new ObjectPostProcessor<>() {

			@Override
			public <O extends CsrfFilter> O postProcess(O filter) {
				filter.setAccessDeniedHandler(new RecordedCsrfRefusals(events));
				return filter;
			}

		};
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException, ServletException {
		if (refused instanceof CsrfException) {
			this.events.publishEvent(new CsrfRefusal(request, SecurityContextHolder.getContext().getAuthentication()));
		}
		this.answer.handle(request, response, refused);
	}

}
