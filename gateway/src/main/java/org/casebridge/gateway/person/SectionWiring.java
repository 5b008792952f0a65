package org.casebridge.gateway.person;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.TrivialDataFetcher;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.gateway.graphql.ErrorCode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * A person view's sections as the schema shows them: an agency's records where it
 * answered (an empty list only when it looked and found none), otherwise {@code null}
 * with a {@code SOURCE_UNAVAILABLE} error at the field's path, so that no client reads a
 * failed or unasked agency as "no record". Field enforcement stands in front of these
 * fetchers: a field the caller may not see is restricted before its section is read.
 */
@Configuration(proxyBeanMethods = false)
public class SectionWiring {

	@Bean
	public RuntimeWiringConfigurer personSections() {
		return (wiring) -> wiring
			.type("PersonView",
					(type) -> type.dataFetcher("support", section(Source.SUPPORT, PersonView::support))
						.dataFetcher("paternity", section(Source.VITALS, PersonView::paternity))
						.dataFetcher("placements", section(Source.WELFARE, PersonView::placements)))
			.type("Locate",
					(type) -> type.dataFetcher("addresses", locate(AgencyData.LocateData::addresses))
						.dataFetcher("employers", locate(AgencyData.LocateData::employers))
						.dataFetcher("wages", locate(AgencyData.LocateData::wages))
						.dataFetcher("driverRecords", locate(AgencyData.LocateData::driverRecords)));
	}

	private static DataFetcher<Object> section(Source source, Function<PersonView, List<?>> records) {
		return new SectionFetcher((env) -> {
			PersonView view = env.getSource();
			return answer(env, view.sections().get(source), () -> records.apply(view));
		});
	}

	private static DataFetcher<Object> locate(Function<AgencyData.LocateData, List<?>> records) {
		return new SectionFetcher((env) -> {
			LocateSection locate = env.getSource();
			return answer(env, locate.section(), () -> records.apply(locate.data()));
		});
	}

	private static Object answer(DataFetchingEnvironment env, Section section,
			java.util.function.Supplier<List<?>> records) {
		if (section != null && section.answered()) {
			return records.get();
		}
		Map<String, Object> extensions = new java.util.LinkedHashMap<>();
		if (section != null) {
			extensions.put("source", section.source().name());
			extensions.put("state", section.state());
			if (section.reason() != null) {
				extensions.put("reason", section.reason());
			}
		}
		String agency = (section != null) ? section.source().name().toLowerCase(java.util.Locale.ROOT) : "the agency";
		return DataFetcherResult.newResult()
			.data(null)
			.error(ErrorCode.SOURCE_UNAVAILABLE.errorAt(env,
					"Not available from " + agency + ": its records are missing from this answer, not absent.",
					extensions))
			.build();
	}

	/** A section fetcher; no I/O, so marked trivial. */
	private record SectionFetcher(Function<DataFetchingEnvironment, Object> fetch)
			implements
				DataFetcher<Object>,
				TrivialDataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment env) {
			return this.fetch.apply(env);
		}

	}

}
