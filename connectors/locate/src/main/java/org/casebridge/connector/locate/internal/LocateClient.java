package org.casebridge.connector.locate.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.change.ChangePage;
import org.casebridge.connector.http.AgencyExchange;
import org.casebridge.connector.http.AgencyExchange.Lookup;
import org.casebridge.connector.http.ChangeSignatures;
import org.casebridge.connector.http.JsonPayloads;
import org.casebridge.connector.http.QueryString;
import org.casebridge.connector.model.Address;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.DriverRecord;
import org.casebridge.connector.model.Employment;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.connector.model.QuarterlyWage;

/**
 * The locate service's two reads, spoken in canonical types: the subject search and one
 * subject's records, each read page by page. Callers validate subject keys before they
 * get here.
 */
public final class LocateClient {

	private static final String SUBJECTS = "/locate/v1/subjects";

	private static final String CHANGES = "/locate/v1/changes";

	private final AgencyExchange exchange;

	private final String base;

	private final int pageSize;

	private final int maxPages;

	public LocateClient(HttpClient http, URI baseUri, Duration responseTimeout, int pageSize, int maxPages,
			Clock clock) {
		this.exchange = AgencyExchange.builder(Source.LOCATE, http, responseTimeout, clock).build();
		String uri = baseUri.toString();
		this.base = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
		this.pageSize = pageSize;
		this.maxPages = maxPages;
	}

	/**
	 * Sends the criteria the service understands. It holds no case numbers, so a search
	 * by case number alone completes with no records without a call.
	 * @param criteria at least one criterion set
	 * @return every subject found on every page, failed with
	 * {@link IllegalArgumentException} if no criterion is set
	 */
	public CompletableFuture<List<PersonRecord>> searchSubjects(PersonSearch criteria) {
		QueryString query = new QueryString().add("ssn", digits(criteria.ssn()))
			.add("surname", criteria.lastName())
			.add("given", criteria.firstName())
			.add("dob", (criteria.dateOfBirth() != null) ? WireValues.BASIC_DATE.format(criteria.dateOfBirth()) : null);
		if (query.isEmpty()) {
			if (WireValues.text(criteria.caseNumber()) != null) {
				return CompletableFuture.completedFuture(List.of());
			}
			return CompletableFuture
				.failedFuture(new IllegalArgumentException("a search needs at least one criterion"));
		}
		return PageReader.readAll(
				(page) -> this.exchange.read("subject search", pageRequest(SUBJECTS + "?" + query, page), Lookup.SEARCH,
						(answer) -> SubjectMapping.page(JsonPayloads.read(answer.body(), LocateWire.SubjectPage.class),
								page, this.maxPages, answer.receivedAt())),
				SubjectMapping.SubjectsPage::totalPages, LocateClient::people);
	}

	/**
	 * Every page of one subject's records.
	 * @param subjectKey a key already checked to be {@code L-} and eight hex digits
	 * @return the details, failed with a not-found source exception for an unknown key
	 */
	public CompletableFuture<PersonDetails> subject(String subjectKey) {
		return PageReader.readAll(
				(page) -> this.exchange.read("subject records",
						pageRequest(SUBJECTS + "/" + subjectKey + "/records?", page), Lookup.RECORD,
						(answer) -> RecordMapping.page(JsonPayloads.read(answer.body(), LocateWire.RecordPage.class),
								subjectKey, page, this.maxPages, answer.receivedAt())),
				RecordMapping.RecordsPage::totalPages, LocateClient::details);
	}

	/**
	 * One page of the change feed after {@code cursor}, each change checked against the
	 * agency's signature.
	 */
	public CompletableFuture<ChangePage> changes(String cursor, int limit, ChangeSignatures signatures) {
		QueryString query = new QueryString().add("since", cursor).add("size", Integer.toString(limit));
		HttpRequest request = this.exchange.request(URI.create(this.base + CHANGES + "?" + query))
			.header("Accept", "application/json")
			.GET()
			.build();
		return this.exchange.read("change feed", request, Lookup.SEARCH, (answer) -> ChangeMapping
			.page(JsonPayloads.read(answer.body(), LocateWire.Changes.class), cursor, signatures));
	}

	private HttpRequest pageRequest(String pathAndQuery, int page) {
		String separator = pathAndQuery.endsWith("?") ? "" : "&";
		URI uri = URI.create(this.base + pathAndQuery + separator + "page=" + page + "&size=" + this.pageSize);
		return this.exchange.request(uri).header("Accept", "application/json").GET().build();
	}

	/** A subject seen on two pages (the data moved while we read) is kept once. */
	private static List<PersonRecord> people(List<SubjectMapping.SubjectsPage> pages) {
		Map<String, PersonRecord> people = new LinkedHashMap<>();
		for (SubjectMapping.SubjectsPage page : pages) {
			for (PersonRecord person : page.people()) {
				people.putIfAbsent(person.agencyPersonId(), person);
			}
		}
		return List.copyOf(people.values());
	}

	private static PersonDetails details(List<RecordMapping.RecordsPage> pages) {
		List<Address> addresses = new ArrayList<>();
		List<Employment> employers = new ArrayList<>();
		List<QuarterlyWage> wages = new ArrayList<>();
		List<DriverRecord> drivers = new ArrayList<>();
		for (RecordMapping.RecordsPage page : pages) {
			addresses.addAll(page.addresses());
			employers.addAll(page.employers());
			wages.addAll(page.wages());
			drivers.addAll(page.driverRecords());
		}
		return new PersonDetails(pages.get(0).subject(),
				new AgencyData.LocateData(addresses, employers, wages, drivers));
	}

	private static String digits(String ssn) {
		return (ssn != null) ? ssn.replaceAll("[^0-9]", "") : null;
	}

}
