package org.casebridge.connector.vitals.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import org.casebridge.connector.http.MalformedPayload;

/**
 * Reads the registry's XML. The parser is namespace-aware and hardened: a DOCTYPE is
 * refused outright (no entity expansion, no external DTD or entity is ever fetched),
 * secure processing limits apply, and parse errors are neither printed nor echoed, since
 * they could quote the payload.
 */
final class Xml {

	private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {

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

	};

	private static final EntityResolver NO_ENTITIES = (publicId,
			systemId) -> new InputSource(new ByteArrayInputStream(new byte[0]));

	/**
	 * Finding and configuring a parser costs more than parsing a registry answer, so
	 * parsers are kept for reuse, each reset before use and used by one thread at a time.
	 * (Not per thread: the common pool, where answers are parsed, clears its threads'
	 * locals after every task.)
	 */
	private static final Queue<DocumentBuilder> IDLE = new ConcurrentLinkedQueue<>();

	/** Parsers kept beyond this many are left to the garbage collector. */
	private static final int MAX_IDLE = 16;

	private Xml() {
	}

	static Document parse(byte[] xml) {
		if (xml == null || xml.length == 0) {
			throw new MalformedPayload("empty answer");
		}
		DocumentBuilder builder = IDLE.poll();
		if (builder == null) {
			builder = hardenedBuilder();
		}
		try {
			builder.reset();
			builder.setErrorHandler(FAIL_ON_ERROR);
			builder.setEntityResolver(NO_ENTITIES);
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXException ex) {
			boolean doctype = String.valueOf(ex.getMessage()).contains("DOCTYPE");
			throw new MalformedPayload(doctype ? "a DOCTYPE, which is refused" : "not well-formed XML");
		}
		catch (IOException ex) {
			throw new MalformedPayload("unreadable XML");
		}
		finally {
			if (IDLE.size() < MAX_IDLE) {
				IDLE.offer(builder);
			}
		}
	}

	private static DocumentBuilder hardenedBuilder() {
		try {
			return hardenedFactory().newDocumentBuilder();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("the XML parser cannot be hardened", ex);
		}
	}

	private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		factory.setIgnoringComments(true);
		return factory;
	}

	static boolean is(Node node, String namespace, String localName) {
		return node instanceof Element && namespace.equals(node.getNamespaceURI())
				&& localName.equals(node.getLocalName());
	}

	/** The first child element, whatever its name, or null. */
	static Element firstElement(Element parent) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				return element;
			}
		}
		return null;
	}

	/** The registry's child elements of this name, in document order. */
	static List<Element> children(Element parent, String localName) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (is(node, SoapEnvelope.REGISTRY_NAMESPACE, localName)) {
				children.add((Element) node);
			}
		}
		return children;
	}

	/** The registry's one child element of this name, or null; two are ambiguous. */
	static Element child(Element parent, String localName) {
		List<Element> children = children(parent, localName);
		if (children.size() > 1) {
			throw new MalformedPayload("more than one " + localName);
		}
		return children.isEmpty() ? null : children.get(0);
	}

	/**
	 * The trimmed text of the one child element of this name; empty or absent is null.
	 */
	static String text(Element parent, String localName) {
		Element child = child(parent, localName);
		return (child != null) ? text(child) : null;
	}

	static String text(Element element) {
		if (firstElement(element) != null) {
			throw new MalformedPayload(element.getLocalName() + " holds elements instead of text");
		}
		String text = element.getTextContent().trim();
		return text.isEmpty() ? null : text;
	}

}
