package org.casebridge.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTests {

	private static final JavaClasses gateway = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.casebridge.gateway");

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

}
