package org.casebridge.gateway.graphql;

import java.util.regex.Pattern;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The last guard on a source's {@code reason}: whatever a connector wrote, the client
 * sees no class name, package, address or URL of a backend, only the words around them.
 */
@Configuration(proxyBeanMethods = false)
class SafeReasons {

	private static final Pattern BACKEND = Pattern.compile("\\(?\\b[A-Za-z_$][\\w$]*(Exception|Error|Throwable)\\b\\)?"
			+ "|\\b[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z][\\w$]*\\b" + "|\\b[a-zA-Z][a-zA-Z0-9+.-]*://\\S+"
			+ "|\\b\\d{1,3}(\\.\\d{1,3}){3}(:\\d+)?\\b" + "|\\blocalhost(:\\d+)?\\b");

	@Bean
	RuntimeWiringConfigurer safeSourceReasons() {
		return (wiring) -> wiring.type("SourceStatus", (type) -> type.dataFetcher("reason", new Reason()));
	}

	static String clean(String reason) {
		if (reason == null) {
			return null;
		}
		String cleaned = BACKEND.matcher(reason).replaceAll("").replaceAll("\\s{2,}", " ").replaceAll("\\s+\\)", ")");
		return cleaned.strip();
	}

	private static final class Reason implements DataFetcher<Object>, TrivialDataFetcher<Object> {

		private final DataFetcher<?> property = PropertyDataFetcher.fetching("reason");

		@Override
		public Object get(DataFetchingEnvironment env) throws Exception {
			Object reason = this.property.get(env);
			return (reason instanceof String text) ? clean(text) : reason;
		}

	}

}
