package org.casebridge.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.helpers.DefaultHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client's view of the simulated agencies. */
final class Calls {

	static final String REGISTRY_NS = "urn:state:vitals:registry:v1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Simulator simulator;

	Calls(Simulator simulator) {
		this.simulator = simulator;
	}

	HttpClient client() {
		return this.client;
	}

	HttpResponse<String> get(Agency agency, String pathAndQuery, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.simulator.baseUri(agency).resolve(pathAndQuery))
			.timeout(Duration.ofSeconds(20));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	JsonNode getJson(Agency agency, String pathAndQuery, String... headers) {
		HttpResponse<String> response = get(agency, pathAndQuery, headers);
		if (response.statusCode() != 200) {
			throw new AssertionError("expected 200 but got " + response.statusCode() + ": " + response.body());
		}
		return json(response);
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** A fresh welfare access token for the simulator's client. */
	String welfareToken() {
		SimulatorSettings settings = this.simulator.settings();
		HttpResponse<String> response = tokenRequest(formEncoded(settings.welfareClientId()),
				formEncoded(settings.welfareClientSecret()), "grant_type=client_credentials");
		if (response.statusCode() != 200) {
			throw new AssertionError("token request failed: " + response.statusCode());
		}
		return json(response).get("access_token").asString();
	}

	/**
	 * {@code clientId} and {@code secret} as they go into Basic credentials (already
	 * form-encoded).
	 */
	HttpResponse<String> tokenRequest(String clientId, String secret, String form) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(this.simulator.baseUri(Agency.WELFARE).resolve("/oauth/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	JsonNode welfare(String pathAndQuery) {
		return getJson(Agency.WELFARE, pathAndQuery, "Authorization", "Bearer " + welfareToken());
	}

	/** POSTs a SOAP envelope around {@code operationXml}. */
	HttpResponse<String> soap(String operation, String operationXml) {
		String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:v=\""
				+ REGISTRY_NS + "\"><soap:Body>" + operationXml + "</soap:Body></soap:Envelope>";
		return send(HttpRequest.newBuilder(this.simulator.baseUri(Agency.VITALS).resolve("/registry/soap"))
			.header("Content-Type", "text/xml; charset=utf-8")
			.header("SOAPAction", "\"" + REGISTRY_NS + "/" + operation + "\"")
			.POST(HttpRequest.BodyPublishers.ofString(envelope))
			.build());
	}

	/** SearchRegistrants with the given elements (name to value). */
	Document searchRegistrants(Map<String, String> criteria) {
		String elements = criteria.entrySet()
			.stream()
			.map((entry) -> "<v:" + entry.getKey() + ">" + entry.getValue() + "</v:" + entry.getKey() + ">")
			.collect(Collectors.joining());
		return xmlOk(soap("SearchRegistrants", "<v:SearchRegistrants>" + elements + "</v:SearchRegistrants>"));
	}

	Document getRegistrant(String registrantId) {
		return xmlOk(soap("GetRegistrant",
				"<v:GetRegistrant><v:RegistrantId>" + registrantId + "</v:RegistrantId></v:GetRegistrant>"));
	}

	private static Document xmlOk(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new AssertionError("expected 200 but got " + response.statusCode() + ": " + response.body());
		}
		return xml(response.body());
	}

	static Document xml(String body) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler());
			return builder.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new AssertionError("not XML: " + body, ex);
		}
	}

	/** The registry elements called {@code name} under {@code parent}, at any depth. */
	static NodeList registry(Element parent, String name) {
		return parent.getElementsByTagNameNS(REGISTRY_NS, name);
	}

	/** The text of the first registry element {@code name} under {@code parent}. */
	static String text(Element parent, String name) {
		return registry(parent, name).item(0).getTextContent();
	}

	static String query(String... namesAndValues) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			parameters.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return parameters.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&", "?", ""));
	}

	static String formEncoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
