package org.casebridge.simulator;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.casebridge.simulator.internal.population.Birth;
import org.casebridge.simulator.internal.population.Episode;
import org.casebridge.simulator.internal.population.Family;
import org.casebridge.simulator.internal.population.Identity;
import org.casebridge.simulator.internal.population.Identity.Alias.Kind;
import org.casebridge.simulator.internal.population.LocateHistory;
import org.casebridge.simulator.internal.population.Names;
import org.casebridge.simulator.internal.population.Paternity;
import org.casebridge.simulator.internal.population.Person;
import org.casebridge.simulator.internal.population.SimulationDate;
import org.casebridge.simulator.internal.population.SupportCase;
import org.casebridge.simulator.internal.population.World;

/** Counts, over a whole population, how often each generation rule shows up. */
final class Census {

	private final Map<String, Integer> counts = new TreeMap<>();

	Census(World world) {
		for (int f = 0; f < world.familyCount(); f++) {
			Family family = world.family(f);
			family.members().forEach((person) -> person(world, family, person));
			family.births().forEach(this::birth);
			if (family.hardCase() != null) {
				tally("hard case " + family.hardCase());
			}
			family.supportCases().forEach((supportCase) -> supportCase(supportCase));
			if (family.welfareCase() != null) {
				family.welfareCase().episodes().forEach(this::episode);
			}
			if (family.members()
				.stream()
				.noneMatch((person) -> !person.isChild() && person.truth().sex() == SyntheticPerson.Sex.MALE)) {
				tally("father unknown");
			}
		}
	}

	int count(String tag) {
		return this.counts.getOrDefault(tag, 0);
	}

	@Override
	public String toString() {
		return this.counts.toString();
	}

	private void person(World world, Family family, Person person) {
		SyntheticPerson truth = person.truth();
		tally("role " + truth.role());
		if (truth.familyViolenceIndicator()) {
			tally(person.equals(family.custodian()) ? "fvi custodial parent" : "fvi not custodial");
		}
		if (person.deathDate() != null) {
			tally("deceased");
		}
		Map<Agency, Identity> identities = new EnumMap<>(Agency.class);
		for (Agency agency : Agency.values()) {
			Identity identity = family.identity(person, agency);
			if (identity != null) {
				identities.put(agency, identity);
				identity(agency, truth, identity, world.ids().formerSsn(person.index()));
			}
		}
		String flags = identities.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().familyViolence())
			.map((entry) -> entry.getKey().name())
			.toList()
			.toString();
		if (!"[]".equals(flags)) {
			tally((truth.familyViolenceIndicator() ? "flagged at " : "flagged without risk at ") + flags);
		}
		else if (truth.familyViolenceIndicator()) {
			tally("at risk, flagged nowhere");
		}
		if (person.isKin() && (identities.containsKey(Agency.SUPPORT) || identities.containsKey(Agency.WELFARE))) {
			tally("kin known to child support or welfare");
		}
		if (identities.size() == Agency.values().length) {
			tally("known to all agencies");
		}
		if (identities.containsKey(Agency.LOCATE) && LocateHistory.of(world.seed(), person).size() > 20) {
			tally("locate records over several pages");
		}
	}

	private void identity(Agency agency, SyntheticPerson truth, Identity identity, String formerSsn) {
		String at = " at " + agency;
		if (identity.ssn() == null) {
			tally("missing ssn" + at);
		}
		else if (identity.ssn().equals(formerSsn)) {
			tally("former ssn" + at);
		}
		else if (!identity.ssn().equals(truth.ssn())) {
			tally(isSwap(identity.ssn(), truth.ssn()) ? "mistyped ssn" : "wrong ssn not a swap");
		}
		if (Names.isNicknameOf(identity.first(), truth.first())) {
			tally("nickname" + at);
		}
		String last = identity.last();
		if (!last.equalsIgnoreCase(truth.last()) && !last.equalsIgnoreCase(String.valueOf(truth.maidenName()))) {
			tally("typo in last name" + at);
		}
		if (truth.maidenName() != null && (last.equalsIgnoreCase(truth.maidenName())
				|| identity.aliases().stream().anyMatch((alias) -> alias.kind() == Kind.MAIDEN))) {
			tally("maiden name" + at);
		}
		if (identity.dateOfBirthEstimated()) {
			tally("estimated dob" + at);
		}
		if (!identity.dateOfBirth().equals(truth.dateOfBirth()) && !identity.dateOfBirthEstimated()) {
			tally("dob differs without being estimated");
		}
		if (last.equals(last.toUpperCase()) && identity.first().equals(identity.first().toUpperCase())) {
			tally("upper case" + at);
		}
		tally("record" + at);
	}

	private void birth(Birth birth) {
		Paternity paternity = birth.paternity();
		tally("paternity " + paternity.method());
		tally("birth record of a " + birth.child().truth().role());
		paternity.conflicts().forEach((conflict) -> tally("conflict " + conflict));
		paternity.geneticTests().forEach((test) -> tally("genetic test " + test.result()));
		if (paternity.allegedFathers().size() > 1) {
			tally("several alleged fathers");
		}
		if (paternity.vapRescinded() != null) {
			tally("vap rescinded");
		}
		LocalDate deadline = paternity.vapRescissionDeadline();
		if (deadline != null && paternity.vapRescinded() == null && deadline.isAfter(SimulationDate.TODAY)) {
			tally("vap rescindable today");
		}
		if (birth.child().truth().dateOfBirth().isAfter(SimulationDate.TODAY.minusDays(1))) {
			tally("born after yesterday");
		}
	}

	private void supportCase(SupportCase supportCase) {
		tally("support case " + supportCase.type());
		tally("support status " + supportCase.status());
		supportCase.payments().forEach((payment) -> tally("payment " + payment.source()));
		supportCase.disbursements().forEach((disbursement) -> tally("disbursement to " + disbursement.payeeType()));
		if (supportCase.participants().stream().anyMatch((participant) -> "IVE".equals(participant.role()))) {
			tally("IV-E agency as custodian" + ("FC".equals(supportCase.type()) ? " of FC case" : " of other case"));
		}
		if (supportCase.order() != null) {
			tally("order " + supportCase.order().type());
		}
		if (!supportCase.worker().phone().matches("801-555-01\\d\\d")
				|| !supportCase.worker().email().endsWith(".example.gov")) {
			tally("worker contact not synthetic");
		}
	}

	private void episode(Episode episode) {
		tally("episode");
		tally("permanency goal " + episode.permanencyGoal());
		episode.placements().forEach((placement) -> tally("placement " + placement.setting()));
		if (!episode.terminations().isEmpty()) {
			tally("tpr");
		}
		if (episode.ive() != null && episode.ive().eligible()) {
			tally("ive eligible");
		}
		if (episode.discharged() != null) {
			tally("discharged");
		}
		if (episode.referral() != null) {
			tally("iv-d referral " + episode.referral().code());
			if (episode.referral().review().isAfter(episode.referral().decided().plusMonths(6))) {
				tally("referral review later than six months");
			}
		}
	}

	private void tally(String tag) {
		this.counts.merge(tag, 1, Integer::sum);
	}

	static boolean isSwap(String recorded, String truth) {
		if (recorded.length() != truth.length()) {
			return false;
		}
		int first = -1;
		for (int i = 0; i < truth.length(); i++) {
			if (recorded.charAt(i) != truth.charAt(i)) {
				if (first < 0) {
					first = i;
				}
				else {
					return i == first + 1 && recorded.charAt(first) == truth.charAt(i)
							&& recorded.charAt(i) == truth.charAt(first)
							&& recorded.substring(i + 1).equals(truth.substring(i + 1));
				}
			}
		}
		return false;
	}

}
