package org.casebridge.gateway.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.sql.DataSource;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.ScalarInfo;
import org.junit.jupiter.api.Test;

import org.casebridge.gateway.audit.internal.GroupCommitWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditors' four questions over GraphQL against a real trail, with method security
 * on: only auditors and security officers get answers, every answer is itself recorded,
 * and a trail that cannot record means no answer.
 */
@GraphQlTest(AuditQueryController.class)
@DirtiesContext
@Import({ AuditConfiguration.class, AuditQueryControllerTests.TrailOnPostgres.class })
class AuditQueryControllerTests {

	private static final Instant NOW = Instant.now();

	private static final Map<String, Object> PERIOD = Map.of("from", NOW.minus(Duration.ofDays(1)).toString(), "to",
			NOW.plus(Duration.ofDays(1)).toString());

	private static boolean seeded;

	@Autowired
	private GraphQlTester tester;

	@Autowired
	private TestDatabase database;

	@Autowired
	private AuditTrail trail;

	@DynamicPropertySource
	static void keysInTemporaryFolder(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory("casebridge-data");
		registry.add("casebridge.data-dir", dataDir::toString);
	}

	@Autowired
	void seed(AuditTrail trail) {
		if (seeded) {
			return;
		}
		seeded = true;
		trail.record(TestTrail.view("worker.ann", "ph_child", "PLACEMENT_ADDRESS", "IDENTITY"));
		trail.record(TestTrail.view("worker.bo", "ph_child", "IDENTITY"));
		trail.record(TestTrail.view("worker.bo", "ph_child", "IDENTITY"));
		trail.record(TestTrail.view("worker.ann", "ph_other", "PLACEMENT_ADDRESS"));
		trail.record(TestTrail.search("integrator.sys"));
		trail.record(TestTrail.denial("worker.cat"));
		trail.record(AuditEvent.builder(AuditEventType.AUTHENTICATION_FAILED, AuditOutcome.DENIED)
			.subject("worker.cat")
			.detail("BAD_CREDENTIALS")
			.build());
		trail.record(TestTrail.policyChange("officer.dee"));
	}

	@Test
	@WithMockUser(username = "auditor.amy", roles = "AUDITOR")
	void auditorSeesWhoAccessedAPersonInAPeriod() throws SQLException {
		this.tester.documentName("auditEvents")
			.variable("filter",
					filter(Map.of("personHandle", "ph_child", "types", List.of("PERSON_SEARCH", "PERSON_VIEW"))))
			.execute()
			.path("auditEvents.edges[*].node.subject")
			.entityList(String.class)
			.containsExactly("worker.bo", "worker.bo", "worker.ann");
		assertThat(this.database.count("SELECT count(*) FROM audit_event WHERE event_type = 'AUDIT_QUERY' "
				+ "AND subject = 'auditor.amy' AND 'ph_child' = ANY(person_handles) "
				+ "AND purpose_of_use = 'AUDIT_REVIEW' AND operation_name = 'AuditTrailReview' "
				+ "AND detail = 'returned:3' AND roles = ARRAY['AUDITOR']"))
			.isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "officer.sam", roles = "SECURITY_OFFICER")
	void securityOfficerSeesWhatAUserAccessedWithEveryRecordedField() {
		GraphQlTester.Response response = this.tester.documentName("auditEvents")
			.variable("filter", filter(Map.of("subject", "worker.ann", "types", List.of("PERSON_VIEW"))))
			.execute();
		response.path("auditEvents.edges[*].node.personHandles[0]")
			.entityList(String.class)
			.containsExactly("ph_other", "ph_child");
		response.path("auditEvents.edges[0].node.fieldGroupsWithheld").entityList(String.class).contains("FEDERAL_TAX");
		response.path("auditEvents.edges[0].node.familyViolenceRestricted").entity(Boolean.class).isEqualTo(true);
		response.path("auditEvents.edges[0].node.sources[*].source")
			.entityList(String.class)
			.containsExactly("locate", "welfare");
		response.path("auditEvents.edges[0].node.clientId").entity(String.class).isEqualTo("integrator-ccwis");
	}

	@Test
	@WithMockUser(username = "auditor.amy", roles = "AUDITOR")
	void auditorFindsDisclosuresOfAFieldGroupOfAPerson() {
		this.tester.documentName("auditEvents")
			.variable("filter",
					filter(Map.of("personHandle", "ph_child", "fieldGroup", "PLACEMENT_ADDRESS", "types",
							List.of("PERSON_VIEW"))))
			.execute()
			.path("auditEvents.edges[*].node.subject")
			.entityList(String.class)
			.containsExactly("worker.ann");
	}

	@Test
	@WithMockUser(username = "auditor.amy", roles = "AUDITOR")
	void auditorFindsDenialsAndFailedLoginsOfAUser() {
		this.tester.documentName("auditEvents")
			.variable("filter",
					filter(Map.of("subject", "worker.cat", "types", List.of("ACCESS_DENIED", "AUTHENTICATION_FAILED"))))
			.execute()
			.path("auditEvents.edges[*].node.type")
			.entityList(String.class)
			.containsExactly("AUTHENTICATION_FAILED", "ACCESS_DENIED");
	}

	@Test
	@WithMockUser(username = "auditor.amy", roles = "AUDITOR")
	void accessSummaryCountsEachAccessorOfAPerson() {
		GraphQlTester.Response response = this.tester.documentName("auditAccessSummary")
			.variable("filter", filter(Map.of("personHandle", "ph_child", "types", List.of("PERSON_VIEW"))))
			.execute();
		response.path("auditAccessSummary[*].subject")
			.entityList(String.class)
			.containsExactly("worker.bo", "worker.ann");
		response.path("auditAccessSummary[*].events").entityList(Integer.class).containsExactly(2, 1);
	}

	@Test
	@WithMockUser(username = "auditor.amy", roles = "AUDITOR")
	void pagesFollowTheCursor() {
		Map<String, Object> filter = filter(Map.of("personHandle", "ph_child", "types", List.of("PERSON_VIEW")));
		GraphQlTester.Response first = this.tester.documentName("auditEvents")
			.variable("filter", filter)
			.variable("first", 2)
			.execute();
		first.path("auditEvents.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("auditEvents.pageInfo.endCursor").entity(String.class).get();
		this.tester.documentName("auditEvents")
			.variable("filter", filter)
			.variable("first", 2)
			.variable("after", cursor)
			.execute()
			.path("auditEvents.edges[*].node.subject")
			.entityList(String.class)
			.containsExactly("worker.ann");
	}

	@Test
	@WithMockUser(username = "worker.eli", roles = "SUPPORT_WORKER")
	void caseworkerIsRefusedAndTheAttemptIsRecorded() throws SQLException {
		this.tester.documentName("auditEvents")
			.variable("filter", filter(Map.of("personHandle", "ph_child")))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
					assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN");
				});
			})
			.path("auditEvents")
			.pathDoesNotExist();
		assertThat(this.database.count("SELECT count(*) FROM audit_event WHERE event_type = 'ACCESS_DENIED' "
				+ "AND subject = 'worker.eli' AND detail = 'AUDIT_ROLE_REQUIRED'"))
			.isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "auditor.amy", roles = "AUDITOR")
	void periodLongerThanAYearIsRejected() {
		this.tester.documentName("auditEvents")
			.variable("filter", Map.of("from", "2024-01-01T00:00:00Z", "to", "2025-06-01T00:00:00Z"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("the period may be at most 366 days");
			}));
	}

	@Test
	@WithMockUser(username = "auditor.zed", roles = "AUDITOR")
	void noAnswerWhenTheQueryCannotBeRecorded() throws SQLException {
		GroupCommitWriter writer = (GroupCommitWriter) this.trail;
		writer.stop();
		try {
			this.tester.documentName("auditEvents")
				.variable("filter", filter(Map.of("personHandle", "ph_child")))
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "AUDIT_UNAVAILABLE")))
				.path("auditEvents")
				.pathDoesNotExist();
		}
		finally {
			writer.start();
		}
		assertThat(this.database.count("SELECT count(*) FROM audit_event WHERE subject = 'auditor.zed'")).isZero();
	}

	private static Map<String, Object> filter(Map<String, Object> criteria) {
		Map<String, Object> filter = new HashMap<>(PERIOD);
		filter.putAll(criteria);
		return filter;
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableMethodSecurity
	static class TrailOnPostgres {

		/** Dropped when the context closes, after the writer has stopped. */
		@Bean(destroyMethod = "close")
		TestDatabase testDatabase() {
			return TestDatabase.create();
		}

		@Bean
		DataSource dataSource(TestDatabase database) {
			return database.appRole();
		}

		/**
		 * Custom scalars the schema declares; wired below, since this slice has no
		 * wiring.
		 */
		private final Set<String> declaredScalars = ConcurrentHashMap.newKeySet();

		/**
		 * The gateway's main schema defines the root Query type and the scalars; without
		 * it, the audit schema alone only extends Query and uses DateTime.
		 */
		@Bean
		GraphQlSourceBuilderCustomizer queryRootAndScalars() {
			return (builder) -> builder.configureTypeDefinitions((registry) -> {
				if (registry.getType("Query").isEmpty()) {
					registry.add(ObjectTypeDefinition.newObjectTypeDefinition().name("Query").build());
				}
				if (!registry.scalars().containsKey("DateTime")) {
					registry.add(ScalarTypeDefinition.newScalarTypeDefinition().name("DateTime").build());
				}
				registry.scalars()
					.keySet()
					.stream()
					.filter((name) -> !ScalarInfo.isGraphqlSpecifiedScalar(name))
					.forEach(this.declaredScalars::add);
			});
		}

		/**
		 * DateTime as the gateway defines it (an ISO-8601 instant); other scalars as
		 * text.
		 */
		@Bean
		RuntimeWiringConfigurer scalarWiring() {
			return (wiring) -> this.declaredScalars.forEach((name) -> wiring.scalar(GraphQLScalarType.newScalar()
				.name(name)
				.coercing("DateTime".equals(name) ? new TextCoercing<>(TrailOnPostgres::instant)
						: new TextCoercing<>((text) -> text))
				.build()));
		}

		private static Instant instant(String text) {
			return OffsetDateTime.parse(text).toInstant();
		}

	}

	private record TextCoercing<T>(Function<String, T> parse) implements Coercing<T, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			return value.toString();
		}

		@Override
		public T parseValue(Object input, GraphQLContext context, Locale locale) {
			return this.parse.apply(input.toString());
		}

		@Override
		public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			return this.parse.apply(((StringValue) input).getValue());
		}

	}

}
