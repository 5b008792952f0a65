package org.casebridge.connector.welfare;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.casebridge.connector.AgencyConnector;
import org.casebridge.connector.Source;
import org.casebridge.connector.change.ChangeFeed;
import org.casebridge.connector.change.ChangePage;
import org.casebridge.connector.http.ChangeSignatures;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.http.AgencyExchange;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.connector.welfare.internal.WelfareClient;

/**
 * The child welfare (CCWIS) system's connector. Thread-safe and non-blocking; see
 * {@link AgencyConnector} for the failure contract. Names are returned as the agency
 * holds them (upper case); the gateway normalises them for matching and display.
 */
public final class WelfareConnector implements AgencyConnector {

	/**
	 * Person ids are checked before they go into a URL path, so a forged or mistyped id
	 * can never address anything but a person.
	 */
	private static final Pattern PERSON_ID = Pattern.compile("\\d{1,12}");

	private final WelfareClient client;

	/**
	 * Creates a connector with its own HTTP/1.1 client.
	 * @param settings where the system is, the connector's credentials and how long to
	 * wait
	 * @param clock the clock that stamps {@code retrievedAt} and ages access tokens
	 */
	public WelfareConnector(WelfareSettings settings, Clock clock) {
		this(settings, clock, AgencyExchange.newClient(settings.connectTimeout()));
	}

	/**
	 * Creates a connector over the given HTTP client, whose own connect timeout then
	 * applies.
	 * @param settings where the system is, the connector's credentials and how long to
	 * wait for an answer
	 * @param clock the clock that stamps {@code retrievedAt} and ages access tokens
	 * @param httpClient the client to send requests with
	 */
	public WelfareConnector(WelfareSettings settings, Clock clock, HttpClient httpClient) {
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(httpClient, "httpClient");
		this.client = new WelfareClient(httpClient, settings.baseUri(), settings.tokenUri(), settings.clientId(),
				settings.clientSecret(), settings.responseTimeout(), clock);
	}

	/**
	 * The agency's change feed, every change checked against the agency's signature.
	 * @param eventKey the key the agency signs its changes with (at least 32 characters)
	 * @return a feed over this connector's HTTP client and access token
	 */
	public ChangeFeed changeFeed(String eventKey) {
		ChangeSignatures signatures = ChangeSignatures.withKey(eventKey);
		return new ChangeFeed() {

			@Override
			public Source source() {
				return Source.WELFARE;
			}

			@Override
			public CompletableFuture<ChangePage> read(String cursor, int limit) {
				return WelfareConnector.this.client.changes(cursor, limit, signatures);
			}

		};
	}

	@Override
	public Source source() {
		return Source.WELFARE;
	}

	@Override
	public CompletableFuture<List<PersonRecord>> searchPeople(PersonSearch criteria) {
		Objects.requireNonNull(criteria, "criteria");
		return this.client.searchPersons(criteria);
	}

	@Override
	public CompletableFuture<PersonDetails> personDetails(String agencyPersonId) {
		if (agencyPersonId == null || !PERSON_ID.matcher(agencyPersonId).matches()) {
			return CompletableFuture
				.failedFuture(new SourceException.NotFound(Source.WELFARE, "not a welfare person id"));
		}
		return this.client.person(agencyPersonId);
	}

}
