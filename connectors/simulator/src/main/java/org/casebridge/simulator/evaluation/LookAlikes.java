package org.casebridge.simulator.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.casebridge.simulator.RecordedIdentity;
import org.casebridge.simulator.SyntheticPerson;
import org.casebridge.simulator.SyntheticPerson.Sex;

/**
 * Another person who looks like a given one to every agency that knows the first: held by
 * the same agencies, recorded the way those agencies recorded the first person.
 */
final class LookAlikes {

	static final List<HardNegative.Kind> KINDS = List.of(HardNegative.Kind.TWINS, HardNegative.Kind.JUNIOR_AND_SENIOR,
			HardNegative.Kind.NAMESAKES_WITH_DIFFERENT_SSNS);

	private static final List<String> TWIN_NAMES_FEMALE = List.of("Grace", "Hope", "Faith", "Ruby", "Claire", "Naomi",
			"Paige", "Leah", "Rosa", "Irene");

	private static final List<String> TWIN_NAMES_MALE = List.of("Owen", "Caleb", "Isaac", "Felix", "Hugo", "Victor",
			"Marcus", "Wesley", "Rafael", "Simon");

	private static final List<String> MIDDLE_NAMES = List.of("ANN", "MARIE", "LYNN", "JEAN", "ROSE", "LEE", "JAMES",
			"MICHAEL", "ALAN", "RAY", "DAVID", "JOSEPH", "ELENA", "LUIS", "GRACE", "PAUL");

	private LookAlikes() {
	}

	static List<AgencyRecord> of(HardNegative.Kind kind, SyntheticPerson person, List<RecordedIdentity> recorded,
			String truthId, SplittableRandom random) {
		Sex sex = (kind == HardNegative.Kind.TWINS && random.nextBoolean()) ? other(person.sex()) : person.sex();
		String twinName = (sex == Sex.FEMALE ? TWIN_NAMES_FEMALE : TWIN_NAMES_MALE)
			.get(random.nextInt(TWIN_NAMES_MALE.size()));
		String ssn = switch (kind) {
			case TWINS -> nextSerial(person.ssn());
			default -> randomSsn(random);
		};
		int yearsOlder = 20 + random.nextInt(16);
		int dayOffset = 1 + random.nextInt(364);
		List<AgencyRecord> records = new ArrayList<>();
		for (RecordedIdentity identity : recorded) {
			String key = identity.agency() + ":" + truthId;
			boolean keepsSsn = identity.ssn() != null || kind == HardNegative.Kind.NAMESAKES_WITH_DIFFERENT_SSNS;
			records.add(switch (kind) {
				case TWINS -> new AgencyRecord(key, identity.agency(), twinName.toUpperCase(),
						otherMiddle(identity.middle(), random), identity.last(), List.of(), identity.dateOfBirth(),
						identity.dateOfBirthEstimated(), keepsSsn ? ssn : null, sex);
				case JUNIOR_AND_SENIOR ->
					new AgencyRecord(key, identity.agency(), identity.first(), identity.middle(), identity.last(),
							identity.aliases(), identity.dateOfBirth().minusYears(yearsOlder).plusDays(dayOffset),
							false, keepsSsn ? ssn : null, sex);
				default -> new AgencyRecord(key, identity.agency(), identity.first(),
						otherMiddle(identity.middle(), random), identity.last(), identity.aliases(),
						identity.dateOfBirth(), identity.dateOfBirthEstimated(), ssn, sex);
			});
		}
		return records;
	}

	/**
	 * Another person's middle name, recorded the way this agency records middle names.
	 */
	private static String otherMiddle(String recorded, SplittableRandom random) {
		if (recorded == null) {
			return null;
		}
		String other = MIDDLE_NAMES.get(random.nextInt(MIDDLE_NAMES.size()));
		return (recorded.length() == 1) ? other.substring(0, 1) : other;
	}

	private static Sex other(Sex sex) {
		return (sex == Sex.FEMALE) ? Sex.MALE : Sex.FEMALE;
	}

	/** Twins' numbers are often issued one after the other. */
	static String nextSerial(String ssn) {
		int serial = Integer.parseInt(ssn.substring(5));
		int next = (serial % 9999) + 1;
		return ssn.substring(0, 5) + String.format("%04d", next);
	}

	static String randomSsn(SplittableRandom random) {
		return String.format("%03d%02d%04d", 900 + random.nextInt(100), 1 + random.nextInt(99),
				1 + random.nextInt(9999));
	}

}
