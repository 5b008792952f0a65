package org.casebridge.connector.vitals.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import org.w3c.dom.Element;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.http.AgencyExchange;
import org.casebridge.connector.http.AgencyExchange.Lookup;
import org.casebridge.connector.http.MalformedPayload;
import org.casebridge.connector.http.Reply;
import org.casebridge.connector.http.Wording;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;

/**
 * The registry's two SOAP operations, spoken in canonical types: SearchRegistrants and
 * GetRegistrant. Callers validate registrant ids before they get here.
 */
public final class VitalsClient {

	private final AgencyExchange exchange;

	private final URI endpoint;

	public VitalsClient(HttpClient client, URI endpoint, Duration responseTimeout, Clock clock) {
		this.exchange = AgencyExchange.builder(Source.VITALS, client, responseTimeout, clock)
			.wording(Wording.CALL)
			.bodyWithinResponseTimeout()
			.errorAnswers(VitalsClient::faultIn)
			.build();
		this.endpoint = endpoint;
	}

	/**
	 * Sends the criteria that are set, in the registry's formats; the case number is
	 * looked up as a birth certificate number.
	 * @param criteria at least one criterion set
	 * @return the registrants found, failed with {@link IllegalArgumentException} if no
	 * criterion is set
	 */
	public CompletableFuture<List<PersonRecord>> searchRegistrants(PersonSearch criteria) {
		SoapEnvelope envelope = new SoapEnvelope("SearchRegistrants").add("Surname", criteria.lastName())
			.add("GivenName", criteria.firstName())
			.add("BirthDate", (criteria.dateOfBirth() != null) ? WireValues.DATE.format(criteria.dateOfBirth()) : null)
			.add("SSN", (criteria.ssn() != null) ? criteria.ssn().replaceAll("[^0-9]", "") : null)
			.add("CertificateNumber", criteria.caseNumber());
		if (envelope.isEmpty()) {
			return CompletableFuture
				.failedFuture(new IllegalArgumentException("a search needs at least one criterion"));
		}
		return call("registrant search", envelope, (message, reply) -> RegistrantMapping
			.people(message.response("SearchRegistrantsResponse"), reply.receivedAt()));
	}

	/**
	 * One registrant with every birth they take part in.
	 * @param registrantId a registrant id already checked to be {@code VR-} and eight
	 * digits
	 * @return the details, failed with a not-found source exception for an unknown id
	 */
	public CompletableFuture<PersonDetails> registrant(String registrantId) {
		SoapEnvelope envelope = new SoapEnvelope("GetRegistrant").add("RegistrantId", registrantId);
		return call("registrant details", envelope, (message, reply) -> {
			Element response = message.response("GetRegistrantResponse");
			List<Element> registrants = Xml.children(response, "Registrant");
			if (registrants.size() != 1) {
				throw new MalformedPayload("not exactly one Registrant");
			}
			PersonRecord person = RegistrantMapping.person(registrants.get(0), reply.receivedAt());
			if (!registrantId.equals(person.agencyPersonId())) {
				throw new MalformedPayload("details about a different registrant than was asked for");
			}
			return new PersonDetails(person,
					new AgencyData.VitalsData(BirthRecordMapping.records(response, reply.receivedAt())));
		});
	}

	private <T> CompletableFuture<T> call(String call, SoapEnvelope envelope, BiFunction<SoapMessage, Reply, T> read) {
		HttpRequest request = this.exchange.request(this.endpoint)
			.header("Content-Type", "text/xml; charset=utf-8")
			.header("Accept", "text/xml")
			.header("SOAPAction", envelope.action())
			.POST(HttpRequest.BodyPublishers.ofByteArray(envelope.toBytes()))
			.build();
		return this.exchange.read(call, request, Lookup.SEARCH, (reply) -> {
			SoapMessage message = SoapMessage.parse(reply.body());
			SoapMessage.Fault fault = message.fault();
			if (fault != null) {
				throw ofFault(call, fault);
			}
			return read.apply(message, reply);
		});
	}

	/**
	 * The fault a 5xx answer carries, as SOAP 1.1 sends faults; null when there is none
	 * (an HTML error page from a proxy says only that the registry is not serving).
	 */
	private static SourceException faultIn(String call, Reply reply) {
		if (reply.status() < 500 || reply.status() > 599) {
			return null;
		}
		try {
			SoapMessage.Fault fault = SoapMessage.parse(reply.body()).fault();
			return (fault != null) ? ofFault(call, fault) : null;
		}
		catch (MalformedPayload ex) {
			return null;
		}
	}

	/**
	 * Classifies a SOAP fault: the registry's "no such registrant" is a healthy answer, a
	 * server fault means it is not serving, and any other fault means it could not use
	 * what we sent.
	 */
	private static SourceException ofFault(String call, SoapMessage.Fault fault) {
		if ("REGISTRANT_NOT_FOUND".equals(fault.string())) {
			return new SourceException.NotFound(Source.VITALS, call + ": no such registrant");
		}
		if (fault.fromServer()) {
			return new SourceException.Unavailable(Source.VITALS, call + ": server fault", null);
		}
		String name = fault.codeName();
		return new SourceException.BadPayload(Source.VITALS, call + ": " + (name.isEmpty() ? "a" : name) + " fault",
				null);
	}

}
