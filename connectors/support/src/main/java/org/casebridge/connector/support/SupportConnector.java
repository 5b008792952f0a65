package org.casebridge.connector.support;

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
import org.casebridge.connector.support.internal.SupportClient;

/**
 * The child support (IV-D) system's connector. Thread-safe and non-blocking; see
 * {@link AgencyConnector} for the failure contract.
 */
public final class SupportConnector implements AgencyConnector {

	/**
	 * Member ids are checked before they go into a URL path, so a forged or mistyped id
	 * can never address anything but a member.
	 */
	private static final Pattern MEMBER_ID = Pattern.compile("M\\d{7}");

	private final SupportClient client;

	/**
	 * Creates a connector with its own HTTP/1.1 client.
	 * @param settings where the system is and how long to wait for it
	 * @param clock the clock that stamps {@code retrievedAt}
	 */
	public SupportConnector(SupportSettings settings, Clock clock) {
		this(settings, clock, AgencyExchange.newClient(settings.connectTimeout()));
	}

	/**
	 * Creates a connector over the given HTTP client, whose own connect timeout then
	 * applies.
	 * @param settings where the system is and how long to wait for an answer
	 * @param clock the clock that stamps {@code retrievedAt}
	 * @param httpClient the client to send requests with
	 */
	public SupportConnector(SupportSettings settings, Clock clock, HttpClient httpClient) {
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(httpClient, "httpClient");
		this.client = new SupportClient(httpClient, settings.baseUri(), settings.responseTimeout(), clock);
	}

	/**
	 * The agency's change feed, every change checked against the agency's signature.
	 * @param eventKey the key the agency signs its changes with (at least 32 characters)
	 * @return a feed over this connector's HTTP client
	 */
	public ChangeFeed changeFeed(String eventKey) {
		ChangeSignatures signatures = ChangeSignatures.withKey(eventKey);
		return new ChangeFeed() {

			@Override
			public Source source() {
				return Source.SUPPORT;
			}

			@Override
			public CompletableFuture<ChangePage> read(String cursor, int limit) {
				return SupportConnector.this.client.changes(cursor, limit, signatures);
			}

		};
	}

	@Override
	public Source source() {
		return Source.SUPPORT;
	}

	@Override
	public CompletableFuture<List<PersonRecord>> searchPeople(PersonSearch criteria) {
		Objects.requireNonNull(criteria, "criteria");
		return this.client.searchMembers(criteria);
	}

	@Override
	public CompletableFuture<PersonDetails> personDetails(String agencyPersonId) {
		if (agencyPersonId == null || !MEMBER_ID.matcher(agencyPersonId).matches()) {
			return CompletableFuture
				.failedFuture(new SourceException.NotFound(Source.SUPPORT, "not a support member id"));
		}
		return this.client.member(agencyPersonId);
	}

}
