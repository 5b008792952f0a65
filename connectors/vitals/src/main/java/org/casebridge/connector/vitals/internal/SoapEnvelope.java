package org.casebridge.connector.vitals.internal;

import java.nio.charset.StandardCharsets;

/**
 * A SOAP 1.1 request to the registry: one operation element holding the fields that have
 * a value, in the order given. Element names are the connector's own constants; every
 * value is escaped, and characters XML cannot carry are dropped, so no input can change
 * the document's structure.
 */
final class SoapEnvelope {

	static final String SOAP_NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";

	static final String REGISTRY_NAMESPACE = "urn:state:vitals:registry:v1";

	private final String operation;

	private final StringBuilder fields = new StringBuilder();

	SoapEnvelope(String operation) {
		this.operation = operation;
	}

	SoapEnvelope add(String element, String value) {
		if (value == null || value.isBlank()) {
			return this;
		}
		this.fields.append("<v:")
			.append(element)
			.append('>')
			.append(escape(value.trim()))
			.append("</v:")
			.append(element)
			.append('>');
		return this;
	}

	boolean isEmpty() {
		return this.fields.length() == 0;
	}

	/** The {@code SOAPAction} header's value, quoted as SOAP 1.1 requires. */
	String action() {
		return "\"" + REGISTRY_NAMESPACE + "/" + this.operation + "\"";
	}

	byte[] toBytes() {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + "<soap:Envelope xmlns:soap=\"" + SOAP_NAMESPACE
				+ "\" xmlns:v=\"" + REGISTRY_NAMESPACE + "\"><soap:Body><v:" + this.operation + ">" + this.fields
				+ "</v:" + this.operation + "></soap:Body></soap:Envelope>";
		return xml.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Escapes markup characters and drops code points XML 1.0 cannot represent (control
	 * characters, unpaired surrogates, U+FFFE and U+FFFF).
	 */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (allowed(c)) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
