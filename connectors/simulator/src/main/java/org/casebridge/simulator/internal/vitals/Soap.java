package org.casebridge.simulator.internal.vitals;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.casebridge.simulator.internal.http.BadRequest;
import org.casebridge.simulator.internal.http.Response;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** SOAP 1.1 envelopes in and out: a hardened parser and escaped XML text. */
final class Soap {

	static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";

	static final String REGISTRY_NS = "urn:state:vitals:registry:v1";

	private static final DocumentBuilderFactory FACTORY = hardenedFactory();

	private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(Soap::newBuilder);

	private Soap() {
	}

	/** The first element inside the envelope's Body. */
	static Element bodyContent(byte[] xml) {
		Document document;
		try {
			DocumentBuilder builder = BUILDERS.get();
			builder.reset();
			builder.setErrorHandler(Quiet.INSTANCE);
			document = builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXException | IOException ex) {
			throw new BadRequest("the request is not well-formed XML (DOCTYPEs are not accepted)");
		}
		Element envelope = document.getDocumentElement();
		if (!ENVELOPE_NS.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
			throw new BadRequest("the request is not a SOAP 1.1 envelope");
		}
		Element body = child(envelope, ENVELOPE_NS, "Body");
		Element content = (body != null) ? firstElement(body) : null;
		if (content == null) {
			throw new BadRequest("the SOAP body is empty");
		}
		return content;
	}

	/**
	 * The trimmed text of {@code parent}'s registry child {@code name}, or null when
	 * absent or empty.
	 */
	static String text(Element parent, String name) {
		Element element = child(parent, REGISTRY_NS, name);
		if (element == null) {
			return null;
		}
		String text = element.getTextContent().trim();
		return text.isEmpty() ? null : text;
	}

	static Response envelope(int status, CharSequence body) {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + "<soap:Envelope xmlns:soap=\"" + ENVELOPE_NS
				+ "\" xmlns:v=\"" + REGISTRY_NS + "\"><soap:Body>" + body + "</soap:Body></soap:Envelope>";
		return Response.of(status, Response.XML, xml);
	}

	/** {@code faultcode} soap:Client or soap:Server. */
	static Response fault(int status, String faultCode, String faultString, String detail) {
		StringBuilder xml = new StringBuilder("<soap:Fault><faultcode>").append(faultCode)
			.append("</faultcode><faultstring>")
			.append(escape(faultString))
			.append("</faultstring>");
		if (detail != null) {
			xml.append("<detail><v:Reason>").append(escape(detail)).append("</v:Reason></detail>");
		}
		return envelope(status, xml.append("</soap:Fault>"));
	}

	/** {@code <v:name>value</v:name>}, or {@code <v:name/>} when there is no value. */
	static void element(StringBuilder xml, String name, Object value) {
		String text = (value != null) ? value.toString() : "";
		if (text.isEmpty()) {
			xml.append("<v:").append(name).append("/>");
		}
		else {
			xml.append("<v:").append(name).append('>').append(escape(text)).append("</v:").append(name).append('>');
		}
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static Element child(Element parent, String namespace, String name) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				return element;
			}
		}
		return null;
	}

	private static Element firstElement(Element parent) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				return element;
			}
		}
		return null;
	}

	private static DocumentBuilderFactory hardenedFactory() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		try {
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("XML parser cannot be hardened", ex);
		}
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		return factory;
	}

	private static DocumentBuilder newBuilder() {
		try {
			synchronized (FACTORY) {
				return FACTORY.newDocumentBuilder();
			}
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Reports parse problems as exceptions instead of printing them. */
	private enum Quiet implements ErrorHandler {

		INSTANCE;

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) throws SAXException {
			throw exception;
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			throw exception;
		}

	}

}
