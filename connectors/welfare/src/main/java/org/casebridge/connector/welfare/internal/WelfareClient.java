package org.casebridge.connector.welfare.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import tools.jackson.core.JacksonException;

import org.casebridge.connector.Source;
import org.casebridge.connector.change.ChangePage;
import org.casebridge.connector.http.AgencyExchange;
import org.casebridge.connector.http.ChangeSignatures;
import org.casebridge.connector.http.AgencyExchange.Lookup;
import org.casebridge.connector.http.MalformedPayload;
import org.casebridge.connector.http.QueryString;
import org.casebridge.connector.http.Reply;
import org.casebridge.connector.http.Wording;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;

/**
 * The child welfare system's two reads, spoken in canonical types: the person search and
 * one person's details with their removal episodes. Each read carries the shared access
 * token; when the agency refuses it (401) the token is renewed and the read sent once
 * more. Callers validate person ids before they get here.
 */
public final class WelfareClient {

	private static final String SEARCH = "/ccwis/persons/search";

	private static final String PERSONS = "/ccwis/persons/";

	private static final String CHANGES = "/ccwis/changes";

	private final AgencyExchange exchange;

	private final TokenSource tokens;

	private final String base;

	public WelfareClient(HttpClient client, URI baseUri, URI tokenUri, String clientId, String clientSecret,
			Duration responseTimeout, Clock clock) {
		this.exchange = AgencyExchange.builder(Source.WELFARE, client, responseTimeout, clock)
			.wording(Wording.CALL)
			.bodyWithinResponseTimeout()
			.describingFailures(WelfareClient::notTheExpectedJson)
			.build();
		this.tokens = new TokenSource(this.exchange, tokenUri, clientId, clientSecret, clock);
		String uri = baseUri.toString();
		this.base = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
	}

	/**
	 * Sends the criteria that are set, in the agency's formats; names in upper case, as
	 * the agency keeps them.
	 * @param criteria at least one criterion set
	 * @return the people found, failed with {@link IllegalArgumentException} if no
	 * criterion is set
	 */
	public CompletableFuture<List<PersonRecord>> searchPersons(PersonSearch criteria) {
		QueryString query = new QueryString().add("last_name", upper(criteria.lastName()))
			.add("first_name", upper(criteria.firstName()))
			.add("dob", (criteria.dateOfBirth() != null) ? WireValues.DATE.format(criteria.dateOfBirth()) : null)
			.add("ssn", (criteria.ssn() != null) ? criteria.ssn().replaceAll("[^0-9]", "") : null)
			.add("case_number", criteria.caseNumber());
		if (query.isEmpty()) {
			return CompletableFuture
				.failedFuture(new IllegalArgumentException("a search needs at least one criterion"));
		}
		return authorized("person search", URI.create(this.base + SEARCH + "?" + query), Lookup.SEARCH,
				(reply) -> PersonMapping.people(JsonPayloads.read(reply.body(), WelfareWire.SearchAnswer.class),
						reply.receivedAt()));
	}

	/**
	 * One person with every removal episode they take part in.
	 * @param personId a person id already checked to be digits only
	 * @return the details, failed with a not-found source exception for an unknown id
	 */
	public CompletableFuture<PersonDetails> person(String personId) {
		return authorized("person details", URI.create(this.base + PERSONS + personId), Lookup.RECORD,
				(reply) -> details(personId, reply));
	}

	/**
	 * One page of the agency's change feed.
	 * @param cursor the cursor of the last page read, or null for the start
	 * @param limit at most this many changes
	 * @param signatures the agency's event key, which every change must be signed with
	 * @return the page, with the changes refused on their own
	 */
	public CompletableFuture<ChangePage> changes(String cursor, int limit, ChangeSignatures signatures) {
		QueryString query = new QueryString().add("after", cursor).add("limit", Integer.toString(limit));
		return authorized("change feed", URI.create(this.base + CHANGES + "?" + query), Lookup.SEARCH,
				(reply) -> ChangeMapping.page(JsonPayloads.read(reply.body(), WelfareWire.Events.class), cursor,
						signatures));
	}

	private <T> CompletableFuture<T> authorized(String call, URI uri, Lookup lookup, AgencyExchange.Decoder<T> read) {
		CompletableFuture<Reply> answer = this.tokens.token()
			.thenCompose((token) -> get(call, uri, token).thenCompose((first) -> {
				if (first.status() != 401) {
					return CompletableFuture.completedFuture(first);
				}
				this.tokens.invalidate(token);
				return this.tokens.token().thenCompose((renewed) -> get(call, uri, renewed));
			}));
		return this.exchange.read(call, answer, lookup, read);
	}

	private CompletableFuture<Reply> get(String call, URI uri, TokenSource.AccessToken token) {
		return this.exchange.send(call,
				this.exchange.request(uri)
					.header("Authorization", "Bearer " + token.value())
					.header("Accept", "application/json")
					.GET()
					.build());
	}

	private static PersonDetails details(String personId, Reply reply) {
		WelfareWire.DetailsAnswer answer = JsonPayloads.read(reply.body(), WelfareWire.DetailsAnswer.class);
		if (answer.person() == null) {
			throw new MalformedPayload("no person");
		}
		PersonRecord person = PersonMapping.person(answer.person(), reply.receivedAt());
		if (Long.parseLong(personId) != answer.person().personId()) {
			throw new MalformedPayload("details about a different person than was asked for");
		}
		return new PersonDetails(person,
				new AgencyData.WelfareData(EpisodeMapping.episodes(answer.episodes(), reply.receivedAt())));
	}

	private static String notTheExpectedJson(Throwable error) {
		return (error instanceof JacksonException) ? "not the expected JSON (" + error.getClass().getSimpleName() + ")"
				: null;
	}

	private static String upper(String name) {
		return (name != null) ? name.toUpperCase(Locale.ROOT) : null;
	}

}
