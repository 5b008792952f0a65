package org.casebridge.simulator;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casebridge.simulator.internal.population.Birth;
import org.casebridge.simulator.internal.population.Identity;
import org.casebridge.simulator.internal.population.Match;
import org.casebridge.simulator.internal.population.Person;
import org.casebridge.simulator.internal.population.SimulationDate;
import org.casebridge.simulator.internal.population.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

class VitalsAgencyTests {

	private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

	private static Simulator simulator;

	private static World world;

	private static Calls calls;

	@BeforeAll
	static void start() {
		simulator = Simulator.start(SimulatorSettings.defaults().withEphemeralPorts());
		world = (World) simulator.population();
		calls = new Calls(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void searchAnswersInTheDocumentedShape() {
		Match match = world
			.first((candidate) -> vitals(candidate).ssn() != null && candidate.person().truth().maidenName() != null)
			.orElseThrow();
		Identity registrant = vitals(match);
		HttpResponse<String> response = calls.soap("SearchRegistrants",
				"<v:SearchRegistrants><v:SSN>" + registrant.ssn() + "</v:SSN></v:SearchRegistrants>");
		assertThat(response.headers().firstValue("Content-Type")).contains("text/xml; charset=utf-8");
		Element body = Calls.xml(response.body()).getDocumentElement();
		assertThat(Calls.registry(body, "SearchRegistrantsResponse").getLength()).isEqualTo(1);
		NodeList registrants = Calls.registry(body, "Registrant");
		assertThat(registrants.getLength()).isEqualTo(1);
		Element json = (Element) registrants.item(0);
		assertThat(childNames(json)).containsExactly("RegistrantId", "Surname", "GivenName", "MiddleName",
				"MaidenSurname", "BirthDate", "SSN", "Sex", "DeathDate", "Certificate", "LastModified");
		assertThat(Calls.text(json, "RegistrantId")).isEqualTo(registrant.recordId()).matches("VR-\\d{8}");
		assertThat(Calls.text(json, "MaidenSurname")).isEqualTo(match.person().truth().maidenName());
		assertThat(Calls.text(json, "BirthDate")).isEqualTo(COMPACT.format(registrant.dateOfBirth()));
		assertThat(Calls.text(json, "Certificate")).matches("B-\\d{4}-\\d{7}");
		assertThat(Calls.text(json, "LastModified")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
	}

	@Test
	void searchesByEachCriterion() {
		Match match = world
			.first((candidate) -> vitals(candidate).ssn() != null && candidate.person().truth().maidenName() != null)
			.orElseThrow();
		Identity registrant = vitals(match);
		String born = COMPACT.format(registrant.dateOfBirth());
		assertThat(ids(Map.of("Surname", registrant.last().toUpperCase()))).contains(registrant.recordId());
		assertThat(ids(Map.of("Surname", match.person().truth().maidenName()))).contains(registrant.recordId());
		assertThat(ids(Map.of("Surname", registrant.last(), "GivenName", registrant.first().substring(0, 2))))
			.contains(registrant.recordId());
		assertThat(ids(Map.of("BirthDate", born))).contains(registrant.recordId());
		assertThat(ids(Map.of("SSN", registrant.ssn()))).containsExactly(registrant.recordId());
		assertThat(ids(Map.of("CertificateNumber", "CW-2023-000187"))).isEmpty();
	}

	@Test
	void certificateSearchFindsEveryoneOnTheBirthRecord() {
		SyntheticPerson conflicted = world.anyWithPaternityConflict();
		Match child = world.find(Agency.VITALS, world.agencyIds(conflicted.truthId()).get(Agency.VITALS)).orElseThrow();
		Birth birth = child.family()
			.births()
			.stream()
			.filter((candidate) -> candidate.child().equals(child.person()))
			.findFirst()
			.orElseThrow();
		List<String> expected = new ArrayList<>();
		expected.add(vitals(child).recordId());
		expected.add(child.family().identity(birth.mother(), Agency.VITALS).recordId());
		expected.add(child.family().identity(birth.legalFather(), Agency.VITALS).recordId());
		birth.paternity()
			.allegedFathers()
			.forEach((alleged) -> expected.add(child.family().identity(alleged.person(), Agency.VITALS).recordId()));
		assertThat(ids(Map.of("CertificateNumber", birth.certificate()))).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void conflictingPaternityIsReportedWithTheVapSignatory() {
		SyntheticPerson child = world.anyWithPaternityConflict();
		Element birthRecord = onlyBirthRecord(world.agencyIds(child.truthId()).get(Agency.VITALS));
		assertThat(childNames(birthRecord)).containsExactly("CertificateNumber", "Child", "Mother", "LegalFather",
				"Paternity", "LastModified");
		Element paternity = (Element) Calls.registry(birthRecord, "Paternity").item(0);
		assertThat(Calls.text(paternity, "Method")).isEqualTo("MAR");
		assertThat(Calls.text(paternity, "Conflict")).isEqualTo("MARITAL_PRESUMPTION_VS_VAP");
		assertThat(Calls.text(paternity, "VapSignedDate")).matches("\\d{8}");
		Element alleged = (Element) Calls.registry(paternity, "AllegedFather").item(0);
		assertThat(Calls.text(alleged, "Basis")).isEqualTo("VAP_SIGNATORY");
		assertThat(Calls.text(alleged, "RegistrantId"))
			.isNotEqualTo(Calls.text((Element) Calls.registry(birthRecord, "LegalFather").item(0), "RegistrantId"));
	}

	@Test
	void aRecentVapCanStillBeRescinded() {
		Match match = world
			.first((candidate) -> candidate.person().isChild() && candidate.family()
				.births()
				.stream()
				.anyMatch((birth) -> birth.child().equals(candidate.person())
						&& birth.paternity().vapRescinded() == null && birth.paternity().vapRescissionDeadline() != null
						&& birth.paternity().vapRescissionDeadline().isAfter(SimulationDate.TODAY)))
			.orElseThrow();
		Element paternity = (Element) Calls.registry(onlyBirthRecord(vitals(match).recordId()), "Paternity").item(0);
		assertThat(Calls.text(paternity, "Method")).isEqualTo("VAP");
		assertThat(LocalDate.parse(Calls.text(paternity, "VapRescissionDeadline"), COMPACT))
			.isAfter(SimulationDate.TODAY);
		assertThat(Calls.text(paternity, "VapRescindedDate")).isEmpty();
	}

	@Test
	void geneticTestExclusionsHaveNoProbability() {
		Match match = world.first((candidate) -> candidate.person().isChild() && candidate.family()
			.births()
			.stream()
			.anyMatch((birth) -> birth.child().equals(candidate.person())
					&& birth.paternity().geneticTests().stream().anyMatch((test) -> "EXCLUSION".equals(test.result()))))
			.orElseThrow();
		NodeList tests = Calls.registry(onlyBirthRecord(vitals(match).recordId()), "GeneticTest");
		boolean excluded = false;
		for (int i = 0; i < tests.getLength(); i++) {
			Element test = (Element) tests.item(i);
			if ("EXCLUSION".equals(Calls.text(test, "Result"))) {
				excluded = true;
				assertThat(Calls.text(test, "Probability")).isEmpty();
				assertThat(Calls.text(test, "AllegedFatherId")).matches("VR-\\d{8}");
			}
			else if ("INCLUSION".equals(Calls.text(test, "Result"))) {
				assertThat(Calls.text(test, "Probability")).startsWith("99.");
			}
		}
		assertThat(excluded).isTrue();
	}

	@Test
	void aMotherSeesTheBirthRecordOfEachChild() {
		Match mother = world
			.first((candidate) -> candidate.person().truth().role() == SyntheticPerson.Role.MOTHER
					&& candidate.family().members().stream().filter(Person::isChild).count() == 3)
			.orElseThrow();
		Document answer = calls.getRegistrant(vitals(mother).recordId());
		List<String> certificates = new ArrayList<>();
		NodeList records = Calls.registry(answer.getDocumentElement(), "BirthRecord");
		for (int i = 0; i < records.getLength(); i++) {
			certificates.add(Calls.text((Element) records.item(i), "CertificateNumber"));
		}
		assertThat(certificates)
			.containsAll(mother.family()
				.births()
				.stream()
				.filter((birth) -> birth.child().isChild())
				.map(Birth::certificate)
				.toList())
			.hasSize(mother.family().birthsOf(mother.person()).size());
		assertThat(Calls.registry(answer.getDocumentElement(), "Registrant").getLength()).isEqualTo(1);
	}

	@Test
	void unknownRegistrantIsTheDocumentedClientFault() {
		String unknown = "VR-00000000";
		assertThat(world.truthIdOf(Agency.VITALS, unknown)).isEmpty();
		HttpResponse<String> response = calls.soap("GetRegistrant",
				"<v:GetRegistrant><v:RegistrantId>" + unknown + "</v:RegistrantId></v:GetRegistrant>");
		assertThat(response.statusCode()).isEqualTo(500);
		Element fault = Calls.xml(response.body()).getDocumentElement();
		assertThat(fault.getElementsByTagName("faultcode").item(0).getTextContent()).isEqualTo("soap:Client");
		assertThat(fault.getElementsByTagName("faultstring").item(0).getTextContent())
			.isEqualTo("REGISTRANT_NOT_FOUND");
	}

	@Test
	void badRequestsAreClientFaultsWith400() {
		assertClientFault(calls.soap("SearchRegistrants", "<v:SearchRegistrants/>"));
		assertClientFault(calls.soap("SearchRegistrants",
				"<v:SearchRegistrants><v:BirthDate>1988-04-17</v:BirthDate></v:SearchRegistrants>"));
		assertClientFault(
				calls.soap("GetRegistrant", "<v:SearchRegistrants><v:Surname>Smith</v:Surname></v:SearchRegistrants>"));
		assertClientFault(calls.send(post("this is not xml")));
		HttpResponse<String> entity = calls
			.send(post("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
					+ "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:v=\"urn:state:vitals:registry:v1\">"
					+ "<soap:Body><v:SearchRegistrants><v:Surname>&e;</v:Surname></v:SearchRegistrants></soap:Body></soap:Envelope>"));
		assertClientFault(entity);
		assertThat(entity.body()).doesNotContain("root:");
		assertThat(calls.get(Agency.VITALS, "/registry/soap").statusCode()).isEqualTo(405);
	}

	private static void assertClientFault(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(400);
		Element envelope = Calls.xml(response.body()).getDocumentElement();
		assertThat(envelope.getElementsByTagName("faultcode").item(0).getTextContent()).isEqualTo("soap:Client");
	}

	private static HttpRequest post(String body) {
		return HttpRequest.newBuilder(simulator.baseUri(Agency.VITALS).resolve("/registry/soap"))
			.header("SOAPAction", "\"urn:state:vitals:registry:v1/SearchRegistrants\"")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static Element onlyBirthRecord(String registrantId) {
		NodeList records = Calls.registry(calls.getRegistrant(registrantId).getDocumentElement(), "BirthRecord");
		assertThat(records.getLength()).isEqualTo(1);
		return (Element) records.item(0);
	}

	private static List<String> ids(Map<String, String> criteria) {
		NodeList registrants = Calls.registry(calls.searchRegistrants(criteria).getDocumentElement(), "Registrant");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < registrants.getLength(); i++) {
			ids.add(Calls.text((Element) registrants.item(i), "RegistrantId"));
		}
		return ids;
	}

	private static List<String> childNames(Element element) {
		List<String> names = new ArrayList<>();
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child) {
				names.add(child.getLocalName());
			}
		}
		return names;
	}

	private static Identity vitals(Match match) {
		return match.family().identity(match.person(), Agency.VITALS);
	}

}
