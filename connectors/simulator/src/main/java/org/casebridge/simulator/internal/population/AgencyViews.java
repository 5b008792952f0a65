package org.casebridge.simulator.internal.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.HardCase;
import org.casebridge.simulator.SyntheticPerson;
import org.casebridge.simulator.internal.population.Identity.Alias;
import org.casebridge.simulator.internal.population.Identity.Alias.Kind;

/**
 * Decides which agencies know each family member and how each recorded them: the dirty
 * data each agency is known for (support: nicknames and missing SSNs; welfare: upper
 * case, often no SSN, estimated children's birth dates, maiden names; vitals: the
 * cleanest; locate: upper case, always an SSN). About one person in forty has their SSN
 * mistyped, two digits swapped, at one agency. Where the family violence indicator is
 * recorded is {@link ViolenceFlags}'s choice, and a hard case's records are rewritten by
 * {@link HardCaseRecords}.
 */
final class AgencyViews {

	private static final LocalDate UPDATES_FROM = LocalDate.of(2023, 1, 1);

	private final Ids ids;

	private final Map<Agency, SplittableRandom> randoms = new EnumMap<>(Agency.class);

	private final SsnTypos typos;

	private final HardCaseRecords hardCases;

	private final ViolenceFlags flags;

	AgencyViews(Ids ids, SplittableRandom random) {
		this.ids = ids;
		for (Agency agency : Agency.values()) {
			this.randoms.put(agency, random.split());
		}
		this.typos = new SsnTypos(random.split());
		this.hardCases = new HardCaseRecords(ids, random.split());
		this.flags = new ViolenceFlags(random.split());
	}

	/**
	 * Each member's records, in member order. Child welfare knows the parents and
	 * children of a family it serves, not their kin; a hard case's mother is always known
	 * to locate.
	 */
	List<Map<Agency, Identity>> identities(Cast cast, List<Birth> births, List<SupportCase> supportCases,
			WelfareCase welfareCase, HardCase hardCase) {
		List<Map<Agency, Identity>> identities = new ArrayList<>();
		for (Person person : cast.members()) {
			Map<Agency, Identity> byAgency = new EnumMap<>(Agency.class);
			List<String> cases = supportCases.stream()
				.filter((c) -> c.involves(person))
				.map(SupportCase::caseId)
				.toList();
			if (!cases.isEmpty()) {
				LocalDate opened = supportCases.stream()
					.filter((c) -> c.involves(person))
					.map(SupportCase::opened)
					.min(LocalDate::compareTo)
					.orElseThrow();
				byAgency.put(Agency.SUPPORT, support(person, cases, opened));
			}
			if (welfareCase != null && !person.isKin()) {
				byAgency.put(Agency.WELFARE, welfare(person, welfareCase));
			}
			byAgency.put(Agency.VITALS, vitals(person, certificates(person, births)));
			if (!person.isChild() && (Draw.chance(this.randoms.get(Agency.LOCATE), 0.85)
					|| (hardCase != null && person.equals(cast.custodian())))) {
				byAgency.put(Agency.LOCATE, locate(person));
			}
			this.typos.mistype(byAgency);
			identities.add(byAgency);
		}
		if (hardCase != null) {
			this.hardCases.rewrite(hardCase, cast, welfareCase, identities);
		}
		this.flags.record(cast, hardCase, identities);
		return identities.stream().map(Collections::unmodifiableMap).toList();
	}

	private Identity support(Person person, List<String> cases, LocalDate opened) {
		SplittableRandom random = this.randoms.get(Agency.SUPPORT);
		SyntheticPerson truth = person.truth();
		List<Alias> aliases = new ArrayList<>();
		String first = truth.first();
		String nickname = Names.nickname(first);
		if (nickname != null && Draw.chance(random, 0.06)) {
			first = nickname;
			aliases.add(new Alias(truth.first(), truth.last(), Kind.AKA));
		}
		if (truth.maidenName() != null && Draw.chance(random, 0.85)) {
			aliases.add(new Alias(truth.first(), truth.maidenName(), Kind.MAIDEN));
		}
		String last = Draw.chance(random, 0.03) ? Names.transposed(truth.last(), random) : truth.last();
		String ssn = Draw.chance(random, 0.08) ? null : truth.ssn();
		return new Identity(this.ids.memberId(person.index()), first, initial(truth.middle()), last, aliases,
				truth.dateOfBirth(), false, ssn, cases, Draw.moment(random, later(opened, UPDATES_FROM)), false);
	}

	private Identity welfare(Person person, WelfareCase welfareCase) {
		SplittableRandom random = this.randoms.get(Agency.WELFARE);
		SyntheticPerson truth = person.truth();
		List<Alias> aliases = new ArrayList<>();
		String first = truth.first();
		String nickname = Names.nickname(first);
		if (nickname != null && Draw.chance(random, 0.10)) {
			first = nickname;
			aliases.add(new Alias(upper(truth.first()), upper(truth.last()), Kind.AKA));
		}
		String last = truth.last();
		if (truth.maidenName() != null) {
			if (Draw.chance(random, 0.3)) {
				last = truth.maidenName();
				aliases.add(new Alias(upper(truth.first()), upper(truth.last()), Kind.AKA));
			}
			else if (Draw.chance(random, 0.4)) {
				aliases.add(new Alias(upper(truth.first()), upper(truth.maidenName()), Kind.MAIDEN));
			}
		}
		if (Draw.chance(random, 0.03)) {
			last = Names.transposed(last, random);
		}
		boolean missingSsn = Draw.chance(random, person.isChild() ? 0.55 : 0.35);
		LocalDate born = truth.dateOfBirth();
		boolean estimated = person.isChild() && Draw.chance(random, 0.12);
		if (estimated) {
			born = estimate(random, born);
		}
		String middle = Draw.chance(random, 0.5) ? upper(truth.middle()) : null;
		return new Identity(Long.toString(this.ids.welfarePersonId(person.index())), upper(first), middle, upper(last),
				aliases, born, estimated, missingSsn ? null : truth.ssn(), List.of(welfareCase.caseNumber()),
				Draw.moment(random, later(welfareCase.opened(), UPDATES_FROM)), false);
	}

	private Identity vitals(Person person, List<String> certificates) {
		SplittableRandom random = this.randoms.get(Agency.VITALS);
		SyntheticPerson truth = person.truth();
		List<Alias> aliases = (truth.maidenName() != null)
				? List.of(new Alias(truth.first(), truth.maidenName(), Kind.MAIDEN)) : List.of();
		String last = Draw.chance(random, 0.01) ? Names.transposed(truth.last(), random) : truth.last();
		boolean hasSsn = Draw.chance(random, person.isChild() ? 0.6 : 0.75);
		return new Identity(this.ids.registrantId(person.index()), truth.first(), truth.middle(), last, aliases,
				truth.dateOfBirth(), false, hasSsn ? truth.ssn() : null, certificates,
				Draw.moment(random, UPDATES_FROM), false);
	}

	private Identity locate(Person person) {
		SplittableRandom random = this.randoms.get(Agency.LOCATE);
		SyntheticPerson truth = person.truth();
		String first = truth.first();
		String nickname = Names.nickname(first);
		if (nickname != null && Draw.chance(random, 0.12)) {
			first = nickname;
		}
		String last = (truth.maidenName() != null && Draw.chance(random, 0.25)) ? truth.maidenName() : truth.last();
		if (Draw.chance(random, 0.03)) {
			last = Names.transposed(last, random);
		}
		String middle = Draw.chance(random, 0.5) ? initial(truth.middle()) : null;
		return new Identity(this.ids.subjectKey(person.index()), upper(first), middle, upper(last), List.of(),
				truth.dateOfBirth(), false, truth.ssn(), List.of(), Draw.moment(random, UPDATES_FROM), false);
	}

	/**
	 * What a caseworker writes down for a child whose birth date nobody knows for sure:
	 * January 1st of the year, or a date within twenty days.
	 */
	static LocalDate estimate(SplittableRandom random, LocalDate born) {
		LocalDate januaryFirst = born.withDayOfYear(1);
		return (random.nextBoolean() && !born.equals(januaryFirst)) ? januaryFirst
				: Draw.notAfterYesterday(born.plusDays(Draw.between(random, 1, 20) * (random.nextBoolean() ? 1 : -1)));
	}

	/** A person's own certificate first, then the newest births the person is on. */
	private static List<String> certificates(Person person, List<Birth> births) {
		List<String> certificates = new ArrayList<>();
		for (int i = births.size() - 1; i >= 0; i--) {
			Birth birth = births.get(i);
			if (birth.child().equals(person)) {
				certificates.add(0, birth.certificate());
			}
			else if (birth.involves(person)) {
				certificates.add(birth.certificate());
			}
		}
		return certificates;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static String initial(String middle) {
		return (middle == null) ? null : middle.substring(0, 1);
	}

	private static String upper(String name) {
		return (name == null) ? null : name.toUpperCase(Locale.ROOT);
	}

}
