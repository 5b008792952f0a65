package org.casebridge.gateway.source;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceOutcome;

/**
 * One observation per agency call, from the first attempt to its outcome (retries
 * included): a trace span under the request's span, and the timer
 * {@code casebridge.agency.call} tagged with the agency and the outcome's state, which
 * gives the per-agency latency histogram and the outcomes by state. It lives here, not in
 * {@code observability}, because that package observes the audit trail, which depends on
 * what calls the agencies.
 */
final class AgencyCallObservation {

	/** The observation's (and the timer's) name. */
	static final String NAME = "casebridge.agency.call";

	private final Observation observation;

	private AgencyCallObservation(Observation observation) {
		this.observation = observation;
	}

	/**
	 * Starts observing a call to an agency, as a child of the current observation (the
	 * request) if there is one.
	 * @param source the agency called
	 * @param registry where observations go
	 * @return the started observation
	 */
	static AgencyCallObservation start(Source source, ObservationRegistry registry) {
		Observation observation = Observation.createNotStarted(NAME, registry)
			.contextualName("agency " + source.id())
			.lowCardinalityKeyValue("agency", source.id())
			.start();
		return new AgencyCallObservation(observation);
	}

	/**
	 * Makes the call's span current on this thread until the scope is closed, so what the
	 * call logs carries its trace.
	 * @return the scope to close
	 */
	Observation.Scope openScope() {
		return this.observation.openScope();
	}

	/**
	 * Ends the observation with the call's outcome.
	 * @param outcome what the agency's call came to
	 */
	void stop(SourceOutcome<?> outcome) {
		this.observation.lowCardinalityKeyValue("state", outcome.state().name());
		this.observation.highCardinalityKeyValue("attempts", Integer.toString(outcome.attempts()));
		this.observation.stop();
	}

}
