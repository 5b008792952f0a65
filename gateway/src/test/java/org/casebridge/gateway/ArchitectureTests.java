package org.casebridge.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTests {

	private static final JavaClasses gateway = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.casebridge.gateway");

	private static final JavaClasses connectors = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.casebridge.connector");

	/**
	 * The packages every feature builds on; none of them may reach back into a feature.
	 */
	private static final String[] INFRASTRUCTURE = { "org.casebridge.gateway.graphql..",
			"org.casebridge.gateway.limits..", "org.casebridge.gateway.source..",
			"org.casebridge.gateway.disclosure.." };

	private static final String[] FEATURES = { "org.casebridge.gateway.search..", "org.casebridge.gateway.person..",
			"org.casebridge.gateway.identity..", "org.casebridge.gateway.access..", "org.casebridge.gateway.audit..",
			"org.casebridge.gateway.ui..", "org.casebridge.gateway.jointcase..",
			"org.casebridge.gateway.identitydecision..", "org.casebridge.gateway.browsing.." };

	private static final String[] AGENCY_CONNECTORS = { "org.casebridge.connector.support..",
			"org.casebridge.connector.welfare..", "org.casebridge.connector.vitals..",
			"org.casebridge.connector.locate.." };

	@Test
	void onlyTheConnectorApiCrossesIntoTheGateway() {
		noClasses().that()
			.resideInAPackage("org.casebridge.gateway..")
			.and()
			.doNotHaveFullyQualifiedName("org.casebridge.gateway.source.ConnectorConfiguration")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.casebridge.connector.support..", "org.casebridge.connector.welfare..",
					"org.casebridge.connector.vitals..", "org.casebridge.connector.locate..",
					"org.casebridge.connector.http..")
			.check(gateway);
	}

	@Test
	void theGatewayNeverReachesForTheDemoOrTheSimulatedAgencies() {
		noClasses().that()
			.resideInAPackage("org.casebridge.gateway..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.casebridge.simulator..", "org.casebridge.demo..")
			.check(gateway);
	}

	@Test
	void noConnectorInternalsReachTheGatewayAtAll() {
		noClasses().that()
			.resideInAPackage("org.casebridge.gateway..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.casebridge.connector..internal..")
			.check(gateway);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.casebridge.gateway.(*)..").should().beFreeOfCycles().check(gateway);
	}

	@Test
	void infrastructureNeverReachesIntoAFeature() {
		noClasses().that()
			.resideInAnyPackage(INFRASTRUCTURE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.check(gateway);
	}

	@Test
	void anInternalPackageIsReachedOnlyFromItsParent() {
		for (String parent : new String[] { "org.casebridge.gateway.audit", "org.casebridge.connector.support",
				"org.casebridge.connector.welfare", "org.casebridge.connector.vitals",
				"org.casebridge.connector.locate" }) {
			classes().that()
				.resideInAPackage(parent + ".internal..")
				.should()
				.onlyHaveDependentClassesThat()
				.resideInAPackage(parent + "..")
				.allowEmptyShould(true)
				.check(parent.startsWith("org.casebridge.gateway") ? gateway : connectors);
		}
	}

	/**
	 * The auditors' read side is a feature of its own: what records the trail never
	 * depends on how auditors read it, and nothing but the audit feature reads it.
	 */
	@Test
	void theAuditReadSideIsReachedByNothingElse() {
		noClasses().that()
			.resideInAnyPackage("org.casebridge.gateway.audit", "org.casebridge.gateway.audit.internal")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.casebridge.gateway.audit.query..")
			.check(gateway);
		classes().that()
			.resideInAPackage("org.casebridge.gateway.audit.query..")
			.should()
			.onlyHaveDependentClassesThat()
			.resideInAPackage("org.casebridge.gateway.audit.query..")
			.check(gateway);
	}

	/**
	 * Auditors read the trail through the audit feature's public read API, never through
	 * how the trail is stored.
	 */
	@Test
	void theAuditReadSideNeverReachesTheTrailsInternals() {
		noClasses().that()
			.resideInAPackage("org.casebridge.gateway.audit.query..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.casebridge.gateway.audit.internal..")
			.check(gateway);
	}

	@Test
	void connectorsKnowOnlyTheApiAndTheSharedTransport() {
		for (String connector : AGENCY_CONNECTORS) {
			noClasses().that()
				.resideInAPackage(connector)
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(java.util.Arrays.stream(AGENCY_CONNECTORS)
					.filter((other) -> !other.equals(connector))
					.toArray(String[]::new))
				.orShould()
				.dependOnClassesThat()
				.resideInAnyPackage("org.casebridge.gateway..", "org.casebridge.simulator..", "org.casebridge.demo..")
				.check(connectors);
		}
	}

	@Test
	void theSharedTransportKnowsNoAgency() {
		noClasses().that()
			.resideInAnyPackage("org.casebridge.connector.http..", "org.casebridge.connector")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(AGENCY_CONNECTORS)
			.check(connectors);
	}

}
