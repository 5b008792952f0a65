package org.casebridge.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** GraphQL test documents, kept as files under {@code graphql-test/}. */
public final class Documents {

	private Documents() {
	}

	public static String load(String name) {
		try (InputStream in = Documents.class.getResourceAsStream("/graphql-test/" + name + ".graphql")) {
			if (in == null) {
				throw new IllegalArgumentException("no test document " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
