package org.casebridge.gateway.access.policy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.PolicyChange;
import org.casebridge.gateway.access.PolicyChangeListener;
import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The policy store against the real PostgreSQL server, each test on a fresh database. */
class PolicyStoreTests {

	private final List<PolicyChange> announced = new CopyOnWriteArrayList<>();

	private static final String GATEWAY_LOGIN = TestDatabase.createAppLogin("casebridge_policy_gateway");

	private DataSource dataSource;

	private DataSource owner;

	private PolicyVersions versions;

	private PolicyInForce replicaA;

	private PolicyEditor editor;

	@BeforeEach
	void freshDatabase() {
		String url = TestDatabase.create("casebridge_policy");
		// migrations as the owner, the store as the gateway connects: a member of
		// casebridge_app
		Flyway.configure()
			.dataSource(url, TestDatabase.USER, "")
			.locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
			.load()
			.migrate();
		this.dataSource = new DriverManagerDataSource(url, GATEWAY_LOGIN, "");
		this.owner = new DriverManagerDataSource(url, TestDatabase.USER, "");
		this.versions = new PolicyVersions(JdbcClient.create(this.dataSource));
		this.replicaA = replica();
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("listener", (PolicyChangeListener) this.announced::add);
		this.editor = new PolicyEditor(this.versions, this.replicaA,
				new TransactionTemplate(new DataSourceTransactionManager(this.dataSource)),
				beans.getBeanProvider(PolicyChangeListener.class), Clock.systemUTC());
	}

	private PolicyInForce replica() {
		PolicyInForce replica = new PolicyInForce(this.versions, new PolicyProperties(Duration.ofSeconds(1)),
				Clock.systemUTC());
		replica.afterPropertiesSet();
		return replica;
	}

	@Test
	void theShippedDefaultsAreInstalledOnceAsVersionOne() {
		PolicyInForce replicaB = replica();

		assertThat(this.versions.latestVersion()).isEqualTo(1);
		assertThat(replicaB.current().version().changedBy()).isEqualTo("system");
		assertThat(replicaB.current().document()).isEqualTo(PolicyCodec.defaults());
	}

	@Test
	void aValidChangeIsStoredAsTheNextVersionWithWhoWhenWhyAndWhat() {
		PolicyVersion version = this.editor.change("officer-1", "Referral decisions need wage history", null,
				(doc) -> PolicyRulesTests
					.grant("welfare-worker", "REFERRAL_DECISION", List.of("SUPPORT", "WELFARE", "LOCATE"),
							Map.of("identity.name", "FULL", "locate.wages", "FULL"))
					.withPurpose("REFERRAL_DECISION", (p) -> p));

		assertThat(version.version()).isEqualTo(2);
		List<PolicyVersion> history = this.versions.history(10, null);
		assertThat(history).extracting(PolicyVersion::version).containsExactly(2L, 1L);
		assertThat(history.get(0).changedBy()).isEqualTo("officer-1");
		assertThat(history.get(0).reason()).isEqualTo("Referral decisions need wage history");
		assertThat(history.get(0).summary()).contains("welfare-worker/REFERRAL_DECISION: sources + LOCATE",
				"welfare-worker/REFERRAL_DECISION: locate.wages WITHHELD → FULL");
		assertThat(this.replicaA.current().version().version()).isEqualTo(2);
		assertThat(this.replicaA.current()
			.grantsFor(List.of("welfare-worker"), PurposeOfUse.REFERRAL_DECISION)
			.orElseThrow()
			.access(FieldGroup.LOCATE_WAGES)).isEqualTo(FieldAccess.FULL);
		assertThat(this.announced).singleElement().satisfies((change) -> {
			assertThat(change.version()).isEqualTo(2);
			assertThat(change.actor()).isEqualTo("officer-1");
			assertThat(change.summary()).contains("locate.wages WITHHELD → FULL");
		});
	}

	@Test
	void aChangeThatCannotBeAuditedIsNotStored() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("listener", (PolicyChangeListener) (change) -> {
			throw new IllegalStateException("audit trail unavailable");
		});
		PolicyEditor unaudited = new PolicyEditor(this.versions, this.replicaA,
				new TransactionTemplate(new DataSourceTransactionManager(this.dataSource)),
				beans.getBeanProvider(PolicyChangeListener.class), Clock.systemUTC());

		assertThatThrownBy(() -> unaudited.change("officer-1", "Referral decisions need wage history", null,
				(doc) -> PolicyRulesTests
					.grant("welfare-worker", "REFERRAL_DECISION", List.of("SUPPORT", "WELFARE", "LOCATE"),
							Map.of("identity.name", "FULL", "locate.wages", "FULL"))
					.withPurpose("REFERRAL_DECISION", (p) -> p)))
			.hasMessageContaining("audit trail unavailable");

		assertThat(this.versions.latestVersion()).isEqualTo(1);
		assertThat(this.replicaA.current().document()).isEqualTo(PolicyCodec.defaults());
	}

	@Test
	void anInvalidChangeIsRejectedWhollyAndNothingIsStored() {
		assertThatThrownBy(() -> this.editor.change("officer-1", "try it", null,
				(doc) -> PolicyRulesTests.grant("welfare-worker", null, List.of("SUPPORT", "MOON"),
						Map.of("support.fti", "FULL", "identity.name", "FULL"))))
			.isInstanceOfSatisfying(PolicyRejectedException.class,
					(ex) -> assertThat(ex.violations()).extracting(PolicyViolation::code)
						.containsExactlyInAnyOrder("UNKNOWN_SOURCE", "CONFLICTS_WITH_FIXED_RULE"));

		assertThat(this.versions.latestVersion()).isEqualTo(1);
		assertThat(this.replicaA.current().document()).isEqualTo(PolicyCodec.defaults());
		assertThat(this.announced).isEmpty();
	}

	@Test
	void aChangeWithoutAReasonIsRejected() {
		assertThatThrownBy(() -> this.editor.change("officer-1", "  ", null,
				(doc) -> doc.withPurpose("CASE_REVIEW",
						(p) -> new PolicyDocument.PurposeEntry(p.purpose(), "x", true))))
			.isInstanceOfSatisfying(PolicyRejectedException.class,
					(ex) -> assertThat(ex.violations()).extracting(PolicyViolation::code)
						.containsExactly("REASON_REQUIRED"));
		assertThat(this.versions.latestVersion()).isEqualTo(1);
	}

	@Test
	void aChangePreparedAgainstAnOlderVersionIsAConflict() {
		this.editor.change("officer-1", "first", 1L, PolicyStoreTests::describeCaseReview);

		assertThatThrownBy(() -> this.editor.change("officer-2", "second", 1L, PolicyStoreTests::disableCaseReview))
			.isInstanceOf(PolicyConflictException.class);
		assertThat(this.versions.latestVersion()).isEqualTo(2);
	}

	@Test
	void aRollbackRestoresAnEarlierVersionAsANewOne() {
		this.editor.change("officer-1", "disable", null, PolicyStoreTests::disableCaseReview);
		assertThat(this.replicaA.current().grantsFor(List.of("supervisor"), PurposeOfUse.CASE_REVIEW)).isEmpty();

		PolicyVersion rolledBack = this.editor.rollback("officer-2", "disabled by mistake", 2L, 1);

		assertThat(rolledBack.version()).isEqualTo(3);
		assertThat(rolledBack.rollbackOf()).isEqualTo(1L);
		assertThat(this.replicaA.current().document()).isEqualTo(PolicyCodec.defaults());
		assertThat(this.replicaA.current().grantsFor(List.of("supervisor"), PurposeOfUse.CASE_REVIEW)).isPresent();
	}

	@Test
	void anotherReplicaEnforcesTheChangeOnItsNextRefresh() {
		PolicyInForce replicaB = replica();
		assertThat(replicaB.current().grantsFor(List.of("supervisor"), PurposeOfUse.CASE_REVIEW)).isPresent();

		this.editor.change("officer-1", "disable", null, PolicyStoreTests::disableCaseReview);
		replicaB.refresh();

		assertThat(replicaB.current().version().version()).isEqualTo(2);
		assertThat(replicaB.current().grantsFor(List.of("supervisor"), PurposeOfUse.CASE_REVIEW)).isEmpty();
	}

	@Test
	void theHistoryCannotBeRewrittenOrErased() {
		JdbcClient gateway = JdbcClient.create(this.dataSource);
		assertThatThrownBy(() -> gateway.sql("UPDATE access_policy_version SET reason = 'nothing happened'").update())
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> gateway.sql("DELETE FROM access_policy_version").update()).rootCause()
			.hasMessageContaining("permission denied");
		// not even the schema's owner
		JdbcClient jdbc = JdbcClient.create(this.owner);

		assertThatThrownBy(() -> jdbc.sql("UPDATE access_policy_version SET reason = 'nothing happened'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM access_policy_version").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE access_policy_version").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void concurrentChangesAreBothKeptInOrder() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<PolicyVersion>> results = new ArrayList<>();
			results.add(pool.submit(() -> {
				start.await();
				return this.editor.change("officer-1", "describe", null, PolicyStoreTests::describeCaseReview);
			}));
			results.add(pool.submit(() -> {
				start.await();
				return this.editor.change("officer-2", "disable referral", null,
						(doc) -> doc.withPurpose("REFERRAL_DECISION",
								(p) -> new PolicyDocument.PurposeEntry(p.purpose(), p.description(), false)));
			}));
			start.countDown();
			List<Long> stored = new ArrayList<>();
			for (Future<PolicyVersion> result : results) {
				stored.add(result.get().version());
			}
			assertThat(stored).containsExactlyInAnyOrder(2L, 3L);
		}
		finally {
			pool.shutdownNow();
		}
		PolicyDocument latest = PolicyCodec.read(this.versions.find(3).orElseThrow().document());
		assertThat(latest.purposes()).anySatisfy((p) -> {
			assertThat(p.purpose()).isEqualTo("CASE_REVIEW");
			assertThat(p.description()).isEqualTo("Reviews by supervisors and quality assurance.");
		});
		assertThat(latest.purposes()).anySatisfy((p) -> {
			assertThat(p.purpose()).isEqualTo("REFERRAL_DECISION");
			assertThat(p.enabled()).isFalse();
		});
	}

	private static PolicyDocument describeCaseReview(PolicyDocument doc) {
		return doc.withPurpose("CASE_REVIEW", (p) -> new PolicyDocument.PurposeEntry(p.purpose(),
				"Reviews by supervisors and quality assurance.", p.enabled()));
	}

	private static PolicyDocument disableCaseReview(PolicyDocument doc) {
		return doc.withPurpose("CASE_REVIEW",
				(p) -> new PolicyDocument.PurposeEntry(p.purpose(), p.description(), false));
	}

}
