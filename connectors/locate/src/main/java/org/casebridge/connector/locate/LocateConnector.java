package org.casebridge.connector.locate;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.casebridge.connector.AgencyConnector;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.change.ChangeFeed;
import org.casebridge.connector.change.ChangePage;
import org.casebridge.connector.http.ChangeSignatures;
import org.casebridge.connector.http.AgencyExchange;
import org.casebridge.connector.locate.internal.LocateClient;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;

/**
 * The locate service's connector. Thread-safe and non-blocking; see
 * {@link AgencyConnector} for the failure contract. Pages are read one after another, so
 * one request costs the service at most {@code maxPages} calls against its rate limit.
 */
public final class LocateConnector implements AgencyConnector {

	/**
	 * Subject keys are checked before they go into a URL path, so a forged or mistyped
	 * key can never address anything but a subject.
	 */
	private static final Pattern SUBJECT_KEY = Pattern.compile("L-[0-9a-f]{8}");

	private final LocateClient client;

	/**
	 * Creates a connector with its own HTTP/1.1 client.
	 * @param settings where the service is, how long to wait and how much to read
	 * @param clock the clock that stamps {@code retrievedAt}
	 */
	public LocateConnector(LocateSettings settings, Clock clock) {
		this(settings, clock, AgencyExchange.newClient(settings.connectTimeout()));
	}

	/**
	 * Creates a connector over the given HTTP client, whose own connect timeout then
	 * applies.
	 * @param settings where the service is, how long to wait and how much to read
	 * @param clock the clock that stamps {@code retrievedAt}
	 * @param httpClient the client to send requests with
	 */
	public LocateConnector(LocateSettings settings, Clock clock, HttpClient httpClient) {
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(httpClient, "httpClient");
		this.client = new LocateClient(httpClient, settings.baseUri(), settings.responseTimeout(), settings.pageSize(),
				settings.maxPages(), clock);
	}

	/**
	 * The locate agency's change feed (new hires, DMV addresses), each change checked
	 * against the agency's signature.
	 * @param eventKey the key the agency signs its changes with, at least 32 characters
	 */
	public ChangeFeed changeFeed(String eventKey) {
		ChangeSignatures signatures = ChangeSignatures.withKey(eventKey);
		return new ChangeFeed() {

			@Override
			public Source source() {
				return Source.LOCATE;
			}

			@Override
			public CompletableFuture<ChangePage> read(String cursor, int limit) {
				return LocateConnector.this.client.changes(cursor, limit, signatures);
			}

		};
	}

	@Override
	public Source source() {
		return Source.LOCATE;
	}

	@Override
	public CompletableFuture<List<PersonRecord>> searchPeople(PersonSearch criteria) {
		Objects.requireNonNull(criteria, "criteria");
		return this.client.searchSubjects(criteria);
	}

	@Override
	public CompletableFuture<PersonDetails> personDetails(String agencyPersonId) {
		if (agencyPersonId == null || !SUBJECT_KEY.matcher(agencyPersonId).matches()) {
			return CompletableFuture
				.failedFuture(new SourceException.NotFound(Source.LOCATE, "not a locate subject key"));
		}
		return this.client.subject(agencyPersonId);
	}

}
