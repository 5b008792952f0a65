package org.casebridge.connector.vitals.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.casebridge.connector.http.MalformedPayload;

/**
 * A SOAP 1.1 answer: the envelope's body holds either the operation's response element or
 * a fault.
 */
final class SoapMessage {

	private final Element body;

	private SoapMessage(Element body) {
		this.body = body;
	}

	static SoapMessage parse(byte[] xml) {
		Document document = Xml.parse(xml);
		Element envelope = document.getDocumentElement();
		if (!Xml.is(envelope, SoapEnvelope.SOAP_NAMESPACE, "Envelope")) {
			throw new MalformedPayload("not a SOAP 1.1 envelope");
		}
		Element body = null;
		for (org.w3c.dom.Node node = envelope.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (Xml.is(node, SoapEnvelope.SOAP_NAMESPACE, "Body")) {
				if (body != null) {
					throw new MalformedPayload("more than one SOAP body");
				}
				body = (Element) node;
			}
		}
		if (body == null) {
			throw new MalformedPayload("no SOAP body");
		}
		return new SoapMessage(body);
	}

	/** The fault the body holds, or null when it holds an answer. */
	Fault fault() {
		Element first = Xml.firstElement(this.body);
		if (!Xml.is(first, SoapEnvelope.SOAP_NAMESPACE, "Fault")) {
			return null;
		}
		// SOAP 1.1 fault children are unqualified.
		return new Fault(unqualifiedText(first, "faultcode"), unqualifiedText(first, "faultstring"));
	}

	/** The operation's response element, which must be the body's only content. */
	Element response(String localName) {
		Element first = Xml.firstElement(this.body);
		if (first == null || !Xml.is(first, SoapEnvelope.REGISTRY_NAMESPACE, localName)) {
			throw new MalformedPayload("no " + localName);
		}
		return first;
	}

	private static String unqualifiedText(Element fault, String localName) {
		for (org.w3c.dom.Node node = fault.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getNamespaceURI() == null
					&& localName.equals(element.getLocalName())) {
				return element.getTextContent().trim();
			}
		}
		return null;
	}

	/**
	 * A SOAP fault. {@code code} is a qualified name such as {@code soap:Client}.
	 */
	record Fault(String code, String string) {

		/** The code's local part ({@code Client}, {@code Server}, ...), or empty. */
		String codeName() {
			if (this.code == null) {
				return "";
			}
			String local = this.code.substring(this.code.indexOf(':') + 1);
			// Only a code's shape is ever repeated in a message, never free text.
			return local.matches("[A-Za-z][A-Za-z0-9.]{0,40}") ? local : "";
		}

		boolean fromServer() {
			String name = codeName();
			return name.equals("Server") || name.startsWith("Server.");
		}

	}

}
