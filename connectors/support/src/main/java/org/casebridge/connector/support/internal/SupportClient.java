package org.casebridge.connector.support.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.http.AgencyExchange;
import org.casebridge.connector.http.AgencyExchange.Lookup;
import org.casebridge.connector.change.ChangePage;
import org.casebridge.connector.http.ChangeSignatures;
import org.casebridge.connector.http.JsonPayloads;
import org.casebridge.connector.http.MalformedPayload;
import org.casebridge.connector.http.QueryString;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;

/**
 * The child support system's two reads, spoken in canonical types: the member search and
 * one member's details. Callers validate member ids before they get here.
 */
public final class SupportClient {

	private static final String MEMBERS = "/api/v2/members";

	private static final String CHANGES = "/api/v2/changes";

	private final AgencyExchange exchange;

	private final String base;

	public SupportClient(HttpClient http, URI baseUri, Duration responseTimeout, Clock clock) {
		this.exchange = AgencyExchange.builder(Source.SUPPORT, http, responseTimeout, clock).build();
		String uri = baseUri.toString();
		this.base = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
	}

	/**
	 * Sends the criteria that are set, in the agency's formats.
	 * @param criteria at least one criterion set
	 * @return the members found, failed with {@link IllegalArgumentException} if no
	 * criterion is set
	 */
	public CompletableFuture<List<PersonRecord>> searchMembers(PersonSearch criteria) {
		QueryString query = new QueryString().add("lastName", criteria.lastName())
			.add("firstName", criteria.firstName())
			.add("birthDate",
					(criteria.dateOfBirth() != null) ? WireValues.US_DATE_OUT.format(criteria.dateOfBirth()) : null)
			.add("ssn", dashed(criteria.ssn()))
			.add("caseId", criteria.caseNumber());
		if (query.isEmpty()) {
			return CompletableFuture
				.failedFuture(new IllegalArgumentException("a search needs at least one criterion"));
		}
		return this.exchange.read("member search", get(this.base + MEMBERS + "?" + query), Lookup.SEARCH,
				(answer) -> MemberMapping.people(JsonPayloads.read(answer.body(), SupportWire.Members.class),
						answer.receivedAt()));
	}

	/**
	 * One member with all of their cases.
	 * @param memberId a member id already checked to be {@code M} and seven digits
	 * @return the details, failed with a not-found source exception for an unknown id
	 */
	public CompletableFuture<PersonDetails> member(String memberId) {
		return this.exchange.read("member details", get(this.base + MEMBERS + "/" + memberId), Lookup.RECORD,
				(answer) -> details(memberId, JsonPayloads.read(answer.body(), SupportWire.Member.class),
						answer.receivedAt()));
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
		return this.exchange.read("change feed", get(this.base + CHANGES + "?" + query), Lookup.SEARCH,
				(answer) -> ChangeMapping.page(JsonPayloads.read(answer.body(), SupportWire.Changes.class), cursor,
						signatures));
	}

	private HttpRequest get(String uri) {
		return this.exchange.request(URI.create(uri)).header("Accept", "application/json").GET().build();
	}

	private static PersonDetails details(String memberId, SupportWire.Member member, Instant retrievedAt) {
		PersonRecord person = MemberMapping.person(member, retrievedAt);
		if (!memberId.equals(person.agencyPersonId())) {
			throw new MalformedPayload("details about a different member than was asked for");
		}
		return new PersonDetails(person,
				new AgencyData.SupportData(CaseMapping.cases(member.caseDetails(), retrievedAt)));
	}

	private static String dashed(String ssn) {
		if (ssn == null) {
			return null;
		}
		String digits = ssn.replaceAll("[^0-9]", "");
		if (digits.length() != 9) {
			return ssn;
		}
		return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
	}

}
