package org.casebridge.gateway.audit.query;

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

import org.casebridge.connector.Source;
import org.casebridge.gateway.audit.AuditCaller;
import org.casebridge.gateway.audit.AuditCriteria;
import org.casebridge.gateway.audit.AuditEvent;
import org.casebridge.gateway.audit.AuditEventType;
import org.casebridge.gateway.audit.AuditOutcome;
import org.casebridge.gateway.audit.AuditTrail;
import org.casebridge.gateway.audit.TestDatabase;
import org.casebridge.gateway.audit.TestTrail;
import org.casebridge.gateway.audit.internal.GroupCommitWriter;
import org.casebridge.gateway.disclosure.Disclosed;
import org.casebridge.gateway.disclosure.PersonKey;
import org.casebridge.gateway.identity.PersonHandle;
import org.casebridge.gateway.identity.PersonHandles;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
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
@GraphQlTest(controllers = AuditQueryController.class,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { "org\\.casebridge\\.gateway\\.identity\\.HandleProperties",
						"org\\.casebridge\\.gateway\\.audit\\.internal\\.AuditConfiguration" }))
@DirtiesContext
@Import({ AuditCriteria.class, PersonHandles.class, AuditQueryControllerTests.TrailOnPostgres.class })
class AuditQueryControllerTests {

	private static final Instant NOW = Instant.now();

	private static final Map<String, Object> PERIOD = Map.of("from", NOW.minus(Duration.ofDays(1)).toString(), "to",
			NOW.plus(Duration.ofDays(1)).toString());

	private static final String CHILD_SSN = "900-55-1234";

	private static final java.time.LocalDate CHILD_BORN = java.time.LocalDate.of(2019, 4, 2);

	private static boolean seeded;

	@Autowired
	private PersonHandles handles;

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
		registry.add("casebridge.handles.secret", () -> "audit-query-tests-handle-secret-0123456789");
	}

	@Autowired
	void seed(AuditTrail trail, AuditCriteria criteria) {
		if (seeded) {
			return;
		}
		seeded = true;
		// the child is reached through different records and keys by different callers
		trail.record(access(TestTrail.view("worker.ann", "ph_1", "placement.location", "identity.name"), criteria,
				PersonKey.agencyRecord("welfare", "W-77")));
		trail.record(
				access(TestTrail.view("worker.bo", "ph_2", "identity.name"), criteria, PersonKey.ssn(CHILD_SSN).get()));
		trail.record(access(TestTrail.view("worker.bo", "ph_3", "identity.name"), criteria,
				PersonKey.nameAndDateOfBirth("Quintero", "Lia", CHILD_BORN).get()));
		trail.record(access(TestTrail.view("worker.ann", "ph_4", "placement.location"), criteria,
				PersonKey.agencyRecord("welfare", "W-99")));
		trail.record(access(TestTrail.search("integrator.sys"), criteria, PersonKey.caseNumber("C-1001").get()));
		// an auditor's own question about the child is never an access to her
		trail.record(access(
				new AuditEvent(AuditEventType.AUDIT_QUERY, null, new AuditCaller("auditor.old", null, null), null, null,
						null, Disclosed.criteria("AUDIT_REVIEW", null), AuditOutcome.SUCCESS, null),
				criteria, PersonKey.agencyRecord("welfare", "W-77")));
		trail.record(TestTrail.denial("worker.cat"));
		trail.record(
				new AuditEvent(AuditEventType.AUTHENTICATION_FAILED, null, new AuditCaller("worker.cat", null, null),
						null, null, null, null, AuditOutcome.DENIED, "BAD_CREDENTIALS"));
		trail.record(TestTrail.policyChange("officer.dee"));
	}

	/** The event, as having disclosed the person with this key. */
	private static AuditEvent access(AuditEvent event, AuditCriteria criteria, PersonKey key) {
		return new AuditEvent(event.type(), event.occurredAt(), event.caller(), event.clientAddress(),
				event.operationName(), event.documentHash(),
				event.disclosed().withPersonKeys(List.of(criteria.hashPersonKey(key))), event.outcome(),
				event.detail());
	}

	/** A handle as the auditor's own search would issue it for the child. */
	private String childHandle() {
		return this.handles.issue(new PersonHandle(Map.of(Source.WELFARE, "W-77", Source.SUPPORT, "S-5"), null, "LIA",
				"QUINTERO", CHILD_BORN, Instant.now()));
	}

	@Test
	@WithMockUser(username = "auditor.amy", roles = "AUDITOR")
	void auditorSeesEveryAccessToAPersonWhateverRecordOrKeyReachedThem() throws SQLException {
		String handle = childHandle();
		this.tester.documentName("auditEvents")
			.variable("filter", filter(Map.of("person", Map.of("handles", List.of(handle)))))
			.execute()
			.path("auditEvents.edges[*].node.subject")
			.entityList(String.class)
			.containsExactly("worker.bo", "worker.ann");
		this.tester.documentName("auditEvents")
			.variable("filter", filter(Map.of("person", Map.of("handles", List.of(handle), "ssn", CHILD_SSN))))
			.execute()
			.path("auditEvents.edges[*].node.subject")
			.entityList(String.class)
			.containsExactly("worker.bo", "worker.bo", "worker.ann");
		this.tester.documentName("auditEvents")
			.variable("filter", filter(Map.of("person", Map.of("caseNumber", "c-1001"))))
			.execute()
			.path("auditEvents.edges[*].node.subject")
			.entityList(String.class)
			.containsExactly("integrator.sys");
		assertThat(this.database.count("SELECT count(*) FROM audit_event WHERE event_type = 'AUDIT_QUERY' "
				+ "AND subject = 'auditor.amy' AND criteria LIKE '%\"ssn\"%' AND criteria NOT LIKE '%900%' "
				+ "AND purpose_of_use = 'AUDIT_REVIEW' AND operation_name = 'AuditTrailReview' "
				+ "AND detail = 'returned:3' AND roles = ARRAY['AUDITOR'] AND cardinality(person_keys) = 0"))
			.isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "auditor.amy", roles = "AUDITOR")
	void aMalformedSsnOrAForeignHandleIsRefusedAndNothingIsAnswered() {
		this.tester.documentName("auditEvents")
			.variable("filter", filter(Map.of("person", Map.of("ssn", "12"))))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).isEqualTo("person.ssn must have nine digits")));
		this.tester.documentName("auditEvents")
			.variable("filter", filter(Map.of("person", Map.of("handles", List.of("not-a-handle")))))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")));
	}

	@Test
	@WithMockUser(username = "officer.sam", roles = "SECURITY_OFFICER")
	void securityOfficerSeesWhatAUserAccessedWithEveryRecordedField() {
		GraphQlTester.Response response = this.tester.documentName("auditEvents")
			.variable("filter", filter(Map.of("subject", "worker.ann", "types", List.of("PERSON_VIEW"))))
			.execute();
		response.path("auditEvents.edges[*].node.personHandles[0]")
			.entityList(String.class)
			.containsExactly("ph_4", "ph_1");
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
			.variable("filter", filter(Map.of("personHandle", childHandle(), "fieldGroup", "placement.location")))
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
			.variable("filter", filter(Map.of("person", Map.of("handles", List.of(childHandle()), "ssn", CHILD_SSN))))
			.execute();
		response.path("auditAccessSummary[*].subject")
			.entityList(String.class)
			.containsExactly("worker.bo", "worker.ann");
		response.path("auditAccessSummary[*].events").entityList(Integer.class).containsExactly(2, 1);
	}

	@Test
	@WithMockUser(username = "auditor.amy", roles = "AUDITOR")
	void pagesFollowTheCursor() {
		Map<String, Object> filter = filter(
				Map.of("person", Map.of("handles", List.of(childHandle()), "ssn", CHILD_SSN)));
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
	void caseworkerIsRefused() {
		this.tester.documentName("auditEvents")
			.variable("filter", filter(Map.of("subject", "worker.ann")))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")))
			.path("auditEvents")
			.pathDoesNotExist();
	}

	@Test
	@WithMockUser(username = "auditor.amy", roles = "AUDITOR")
	void periodLongerThanAYearIsRejected() {
		this.tester.documentName("auditEvents")
			.variable("filter", Map.of("from", "2024-01-01T00:00:00Z", "to", "2025-06-01T00:00:00Z"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
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
				.variable("filter", filter(Map.of("subject", "worker.ann")))
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
	@ComponentScan("org.casebridge.gateway.audit.internal")
	@ConfigurationPropertiesScan("org.casebridge.gateway.identity")
	static class TrailOnPostgres {

		@Bean
		java.time.Clock clock() {
			return java.time.Clock.systemUTC();
		}

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
