package org.casebridge.connector.vitals;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.casebridge.connector.AgencyConnector;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.http.AgencyExchange;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.connector.vitals.internal.VitalsClient;

/**
 * The vital records registry's connector. Thread-safe and non-blocking; see
 * {@link AgencyConnector} for the failure contract. Names are returned as the registry
 * holds them; a maiden surname becomes an extra {@code MAIDEN} name.
 */
public final class VitalsConnector implements AgencyConnector {

	/**
	 * Registrant ids are checked before they go into a request, so a forged or mistyped
	 * id never reaches the registry.
	 */
	private static final Pattern REGISTRANT_ID = Pattern.compile("VR-\\d{8}");

	private final VitalsClient client;

	/**
	 * Creates a connector with its own HTTP/1.1 client.
	 * @param settings where the registry is and how long to wait for it
	 * @param clock the clock that stamps {@code retrievedAt}
	 */
	public VitalsConnector(VitalsSettings settings, Clock clock) {
		this(settings, clock, AgencyExchange.newClient(settings.connectTimeout()));
	}

	/**
	 * Creates a connector over the given HTTP client, whose own connect timeout then
	 * applies.
	 * @param settings where the registry is and how long to wait for an answer
	 * @param clock the clock that stamps {@code retrievedAt}
	 * @param httpClient the client to send requests with
	 */
	public VitalsConnector(VitalsSettings settings, Clock clock, HttpClient httpClient) {
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(httpClient, "httpClient");
		this.client = new VitalsClient(httpClient, settings.baseUri(), settings.responseTimeout(), clock);
	}

	@Override
	public Source source() {
		return Source.VITALS;
	}

	@Override
	public CompletableFuture<List<PersonRecord>> searchPeople(PersonSearch criteria) {
		Objects.requireNonNull(criteria, "criteria");
		return this.client.searchRegistrants(criteria);
	}

	@Override
	public CompletableFuture<PersonDetails> personDetails(String agencyPersonId) {
		if (agencyPersonId == null || !REGISTRANT_ID.matcher(agencyPersonId).matches()) {
			return CompletableFuture
				.failedFuture(new SourceException.NotFound(Source.VITALS, "not a vital records registrant id"));
		}
		return this.client.registrant(agencyPersonId);
	}

}
