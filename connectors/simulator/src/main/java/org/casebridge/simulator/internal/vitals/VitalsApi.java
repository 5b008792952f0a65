package org.casebridge.simulator.internal.vitals;

import java.util.Optional;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.internal.http.AgencyApi;
import org.casebridge.simulator.internal.http.BadRequest;
import org.casebridge.simulator.internal.http.Inputs;
import org.casebridge.simulator.internal.http.Request;
import org.casebridge.simulator.internal.http.Response;
import org.casebridge.simulator.internal.population.Criteria;
import org.casebridge.simulator.internal.population.Match;
import org.casebridge.simulator.internal.population.World;
import org.w3c.dom.Element;

/**
 * {@code POST /registry/soap} with SOAPAction
 * {@code urn:state:vitals:registry:v1/SearchRegistrants} or {@code .../GetRegistrant}. A
 * malformed request or one without criteria is a {@code soap:Client} fault with HTTP 400;
 * an unknown registrant is the documented {@code REGISTRANT_NOT_FOUND} fault with HTTP
 * 500.
 */
public final class VitalsApi implements AgencyApi {

	private static final String PATH = "/registry/soap";

	private static final String SEARCH = "SearchRegistrants";

	private static final String GET = "GetRegistrant";

	private final World world;

	public VitalsApi(World world) {
		this.world = world;
	}

	@Override
	public Response handle(Request request) {
		if (!PATH.equals(request.path())) {
			return Soap.fault(404, "soap:Client", "NOT_FOUND", "no service at this address");
		}
		if (!"POST".equals(request.method())) {
			return Soap.fault(405, "soap:Client", "METHOD_NOT_ALLOWED", "SOAP requests are POSTed");
		}
		try {
			Element operation = Soap.bodyContent(request.body());
			String name = operationName(request.header("SOAPAction"), operation);
			if (!Soap.REGISTRY_NS.equals(operation.getNamespaceURI()) || !name.equals(operation.getLocalName())) {
				throw new BadRequest("the SOAPAction does not match the body");
			}
			return SEARCH.equals(name) ? search(operation) : registrant(operation);
		}
		catch (BadRequest ex) {
			return Soap.fault(400, "soap:Client", "INVALID_REQUEST", ex.getMessage());
		}
	}

	@Override
	public Response failure(int status, String code) {
		return Soap.fault(status, "soap:Server", code, null);
	}

	private Response search(Element operation) {
		Criteria criteria = new Criteria(Inputs.ssn(Soap.text(operation, "SSN"), "SSN"),
				Soap.text(operation, "Surname"), Soap.text(operation, "GivenName"),
				Inputs.date(Soap.text(operation, "BirthDate"), Inputs.COMPACT_DATE, "BirthDate"),
				Soap.text(operation, "CertificateNumber"));
		if (criteria.isEmpty()) {
			throw new BadRequest("at least one of Surname, GivenName, BirthDate, SSN, CertificateNumber is required");
		}
		StringBuilder xml = new StringBuilder("<v:SearchRegistrantsResponse>");
		this.world.search(Agency.VITALS, criteria).forEach((match) -> VitalsXml.registrant(xml, match));
		return Soap.envelope(200, xml.append("</v:SearchRegistrantsResponse>"));
	}

	private Response registrant(Element operation) {
		String id = Soap.text(operation, "RegistrantId");
		if (id == null) {
			throw new BadRequest("RegistrantId is required");
		}
		Optional<Match> found = this.world.find(Agency.VITALS, id);
		if (found.isEmpty()) {
			return Soap.fault(500, "soap:Client", "REGISTRANT_NOT_FOUND", null);
		}
		Match match = found.get();
		StringBuilder xml = new StringBuilder("<v:GetRegistrantResponse>");
		VitalsXml.registrant(xml, match);
		match.family().birthsOf(match.person()).forEach((birth) -> VitalsXml.birthRecord(xml, birth, match.family()));
		return Soap.envelope(200, xml.append("</v:GetRegistrantResponse>"));
	}

	/**
	 * The operation named by the SOAPAction header, or by the body when the header is
	 * absent.
	 */
	private static String operationName(String soapAction, Element operation) {
		String action = (soapAction != null) ? soapAction.replace("\"", "").trim() : "";
		if (action.isEmpty()) {
			action = Soap.REGISTRY_NS + "/" + operation.getLocalName();
		}
		if (action.equals(Soap.REGISTRY_NS + "/" + SEARCH)) {
			return SEARCH;
		}
		if (action.equals(Soap.REGISTRY_NS + "/" + GET)) {
			return GET;
		}
		throw new BadRequest("unknown operation");
	}

}
