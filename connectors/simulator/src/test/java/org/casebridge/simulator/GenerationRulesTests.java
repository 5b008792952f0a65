package org.casebridge.simulator;

import org.casebridge.simulator.internal.population.World;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every generation rule shows up in the default population, and none of its opposites do.
 */
class GenerationRulesTests {

	private static World world;

	private static Census census;

	@BeforeAll
	static void generate() {
		SimulatorSettings defaults = SimulatorSettings.defaults();
		world = World.generate(defaults.seed(), defaults.people());
		census = new Census(world);
	}

	@Test
	void familiesHaveMothersFathersAllegedFathersAndChildren() {
		assertThat(census.count("role MOTHER")).isEqualTo(world.familyCount());
		assertThat(census.count("role FATHER")).isGreaterThan(world.familyCount() / 2);
		assertThat(census.count("role ALLEGED_FATHER")).isPositive();
		assertThat(census.count("several alleged fathers")).isPositive();
		assertThat(census.count("father unknown")).isPositive();
		assertThat(census.count("role CHILD")).isEqualTo(census.count("birth record of a CHILD"));
		assertThat(census.count("record at VITALS")).isEqualTo(world.size());
		assertThat(census.count("deceased")).isPositive();
		assertThat(census.count("born after yesterday")).isZero();
	}

	@Test
	void everyPaternityMethodOccurs() {
		for (String method : new String[] { "VAP", "GEN", "CRT", "ADM", "MAR", "DEF", "NONE" }) {
			assertThat(census.count("paternity " + method)).as(method).isPositive();
		}
		assertThat(census.count("genetic test INCLUSION")).isPositive();
		assertThat(census.count("genetic test EXCLUSION")).isPositive();
		assertThat(census.count("genetic test PENDING")).isPositive();
		assertThat(census.count("vap rescinded")).isPositive();
		assertThat(census.count("vap rescindable today")).isPositive();
		assertThat(census.count("conflict MARITAL_PRESUMPTION_VS_VAP")).isPositive();
	}

	@Test
	void aboutThreePercentOfCustodialParentsCarryTheFamilyViolenceIndicatorBesidesTheHardCases() {
		int hardCases = 0;
		for (HardCase kind : HardCase.values()) {
			hardCases += census.count("hard case " + kind);
		}
		assertThat(hardCases).isBetween(world.familyCount() / 32 - 1, world.familyCount() / 32 + 1);
		assertThat(census.count("fvi not custodial")).isZero();
		assertThat(census.count("fvi custodial parent") - hardCases).isBetween(world.familyCount() / 100,
				world.familyCount() * 6 / 100);
	}

	@Test
	void agenciesRecordTheFlagEachOnItsOwn() {
		assertThat(census.count("flagged at [SUPPORT, WELFARE]")).isPositive();
		assertThat(census.count("flagged at [SUPPORT]")).isPositive();
		assertThat(census.count("flagged at [WELFARE]")).isPositive();
		assertThat(census.count("flagged without risk at [SUPPORT]")).isZero();
		assertThat(census.count("flagged without risk at [WELFARE]")).isZero();
		assertThat(census.count("flagged without risk at [SUPPORT, WELFARE]")).isZero();
	}

	@Test
	void aboutTwoFamiliesInFiveKnowAGrandmotherAndOneInFourAnAuntOrUncle() {
		int families = world.familyCount();
		assertThat(census.count("role GRANDPARENT")).isBetween(families * 55 / 100, families * 110 / 100);
		assertThat(census.count("role RELATIVE")).isBetween(families * 20 / 100, families * 40 / 100);
		assertThat(census.count("birth record of a MOTHER")).isBetween(families * 30 / 100, families * 50 / 100);
		assertThat(census.count("birth record of a FATHER")).isPositive();
		assertThat(census.count("birth record of a RELATIVE")).isEqualTo(census.count("role RELATIVE"));
		assertThat(census.count("birth record of a GRANDPARENT")).isZero();
		assertThat(census.count("kin known to child support or welfare")).isZero();
	}

	@Test
	void supportCasesCoverEveryTypeSourceAndPayee() {
		for (String type : new String[] { "CT", "FT", "FC", "MO", "NA" }) {
			assertThat(census.count("support case " + type)).as(type).isPositive();
		}
		for (String source : new String[] { "WW", "IRS", "STX", "UI", "DIR" }) {
			assertThat(census.count("payment " + source)).as(source).isPositive();
		}
		for (String payee : new String[] { "CP", "ST", "IVE" }) {
			assertThat(census.count("disbursement to " + payee)).as(payee).isPositive();
		}
		assertThat(census.count("support status O")).isPositive();
		assertThat(census.count("support status C")).isPositive();
		assertThat(census.count("support status P")).isPositive();
		assertThat(census.count("order J")).isPositive();
		assertThat(census.count("order A")).isPositive();
		assertThat(census.count("worker contact not synthetic")).isZero();
	}

	@Test
	void fosterCareCasesMakeTheIveAgencyCustodianAndPayee() {
		assertThat(census.count("IV-E agency as custodian of FC case")).isEqualTo(census.count("support case FC"));
		assertThat(census.count("IV-E agency as custodian of other case")).isZero();
		assertThat(census.count("disbursement to IVE")).isPositive();
	}

	@Test
	void removalEpisodesHaveEveryPlacementGoalAndDecision() {
		assertThat(census.count("episode")).isPositive();
		for (String setting : new String[] { "FFR", "FFN", "GRP", "INS", "PAD" }) {
			assertThat(census.count("placement " + setting)).as(setting).isPositive();
		}
		for (String goal : new String[] { "REU", "ADO", "GDN", "REL", "APP" }) {
			assertThat(census.count("permanency goal " + goal)).as(goal).isPositive();
		}
		for (String decision : new String[] { "NCP", "CP", "BOTH", "NONE" }) {
			assertThat(census.count("iv-d referral " + decision)).as(decision).isPositive();
		}
		assertThat(census.count("referral review later than six months")).isZero();
		assertThat(census.count("tpr")).isPositive();
		assertThat(census.count("ive eligible")).isPositive();
		assertThat(census.count("discharged")).isPositive();
	}

	@Test
	void agenciesHoldDirtyData() {
		assertThat(census.count("missing ssn at WELFARE")).isGreaterThan(census.count("record at WELFARE") / 4);
		assertThat(census.count("missing ssn at SUPPORT")).isPositive();
		assertThat(census.count("missing ssn at LOCATE")).isZero();
		assertThat(census.count("mistyped ssn")).isPositive();
		assertThat(census.count("wrong ssn not a swap")).isZero();
		assertThat(census.count("estimated dob at WELFARE")).isPositive();
		assertThat(census.count("dob differs without being estimated")).isZero();
		assertThat(census.count("nickname at SUPPORT")).isPositive();
		assertThat(census.count("nickname at WELFARE")).isPositive();
		assertThat(census.count("nickname at LOCATE")).isPositive();
		assertThat(census.count("typo in last name at SUPPORT")).isPositive();
		assertThat(census.count("maiden name at SUPPORT")).isPositive();
		assertThat(census.count("maiden name at WELFARE")).isPositive();
		assertThat(census.count("maiden name at VITALS")).isPositive();
		assertThat(census.count("maiden name at LOCATE")).isPositive();
	}

	@Test
	void welfareAndLocateWriteNamesInUpperCase() {
		assertThat(census.count("upper case at WELFARE")).isEqualTo(census.count("record at WELFARE"));
		assertThat(census.count("upper case at LOCATE")).isEqualTo(census.count("record at LOCATE"));
		assertThat(census.count("upper case at VITALS")).isLessThan(census.count("record at VITALS") / 100);
	}

	@Test
	void agenciesKnowDifferentSubsetsOfThePeople() {
		int people = world.size();
		assertThat(census.count("record at SUPPORT")).isBetween(people / 3, people * 3 / 4);
		assertThat(census.count("record at WELFARE")).isBetween(people / 5, people / 2);
		assertThat(census.count("record at LOCATE")).isBetween(people / 3, people * 3 / 4);
		assertThat(census.count("known to all agencies")).isPositive();
		assertThat(census.count("locate records over several pages")).isPositive();
	}

	@Test
	void everySsnIsInTheNeverIssuedArea() {
		assertThat(world.people()).allSatisfy((person) -> {
			assertThat(person.ssn()).matches("9\\d{8}");
			assertThat(person.ssn().substring(3, 5)).isNotEqualTo("00");
			assertThat(person.ssn().substring(5)).isNotEqualTo("0000");
		});
		assertThat(world.people().stream().map(SyntheticPerson::ssn).distinct().count()).isEqualTo(world.size());
	}

}
