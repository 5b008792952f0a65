package org.casebridge.connector.vitals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** The registry's recorded payloads, and the small helpers every contract test uses. */
final class Fixtures {

	static final Instant NOW = Instant.parse("2026-11-05T18:30:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	static final String PATH = "/registry/soap";

	static final String NAMESPACE = "urn:state:vitals:registry:v1";

	static final String SEARCH_ACTION = "\"urn:state:vitals:registry:v1/SearchRegistrants\"";

	static final String GET_ACTION = "\"urn:state:vitals:registry:v1/GetRegistrant\"";

	private Fixtures() {
	}

	static String xml(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/vitals/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static VitalsConnector connector(WireMockServer server, Duration responseTimeout) {
		return connector("http://127.0.0.1:" + server.port(), responseTimeout);
	}

	static VitalsConnector connector(String baseUri, Duration responseTimeout) {
		return new VitalsConnector(
				new VitalsSettings(URI.create(baseUri + PATH), Duration.ofSeconds(2), responseTimeout), CLOCK);
	}

	static MappingBuilder search() {
		return post(urlPathEqualTo(PATH)).withHeader("SOAPAction", equalTo(SEARCH_ACTION));
	}

	static MappingBuilder getRegistrant() {
		return post(urlPathEqualTo(PATH)).withHeader("SOAPAction", equalTo(GET_ACTION));
	}

	static ResponseDefinitionBuilder soap(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body);
	}

	static ResponseDefinitionBuilder soapFixture(String name) {
		return soap(200, xml(name));
	}

	/**
	 * The operation element of a SOAP request body, as element name to text, in document
	 * order; fails if the body is not one envelope holding one operation.
	 */
	static Map<String, String> operationFields(String body, String operation) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Element envelope = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
				.getDocumentElement();
			Element soapBody = onlyChild(envelope);
			Element operationElement = onlyChild(soapBody);
			if (!NAMESPACE.equals(operationElement.getNamespaceURI())
					|| !operation.equals(operationElement.getLocalName())) {
				throw new AssertionError("not a " + operation + ": " + operationElement.getTagName());
			}
			Map<String, String> fields = new LinkedHashMap<>();
			for (Node node = operationElement.getFirstChild(); node != null; node = node.getNextSibling()) {
				if (node instanceof Element field) {
					if (!NAMESPACE.equals(field.getNamespaceURI()) || onlyChildOrNull(field) != null) {
						throw new AssertionError("unexpected element " + field.getTagName());
					}
					fields.put(field.getLocalName(), field.getTextContent());
				}
			}
			return fields;
		}
		catch (Exception ex) {
			throw new AssertionError("not a well-formed SOAP request", ex);
		}
	}

	private static Element onlyChild(Element parent) {
		Element child = onlyChildOrNull(parent);
		if (child == null) {
			throw new AssertionError(parent.getTagName() + " is empty");
		}
		return child;
	}

	private static Element onlyChildOrNull(Element parent) {
		Element found = null;
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				if (found != null) {
					throw new AssertionError(parent.getTagName() + " holds more than one element");
				}
				found = element;
			}
		}
		return found;
	}

}
