package org.casebridge.simulator.internal.population;

/**
 * Every id in the simulation, derived from a person's, child's or family's number through
 * a seeded permutation: ids are unique, look random and unrelated across agencies (so
 * nothing but the data links two agencies' records), and turn back into the number
 * without a lookup table.
 */
public final class Ids {

	private static final FeistelPermutation MEMBER = new FeistelPermutation(10_000_000L, 11);

	private static final FeistelPermutation WELFARE_PERSON = new FeistelPermutation(9_000_000L, 12);

	private static final FeistelPermutation REGISTRANT = new FeistelPermutation(100_000_000L, 13);

	private static final FeistelPermutation SUBJECT = new FeistelPermutation(1L << 32, 14);

	private static final FeistelPermutation SSN = new FeistelPermutation(100L * 99 * 9999, 15);

	private static final FeistelPermutation SUPPORT_CASE = new FeistelPermutation(1_000_000L, 16);

	private static final FeistelPermutation WELFARE_CASE = new FeistelPermutation(1_000_000L, 17);

	private static final FeistelPermutation CERTIFICATE = new FeistelPermutation(10_000_000L, 18);

	private static final long FORMER_SSNS = 50_000_000L;

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final long seed;

	public Ids(long seed) {
		this.seed = seed;
	}

	long seed() {
		return this.seed;
	}

	/** A well-mixed 64-bit value of {@code seed} and {@code value} (SplitMix64). */
	public static long mix(long seed, long value) {
		long z = seed + (value + 1) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	public static String truthId(int person) {
		return "P" + digits(person, 7);
	}

	/** The person number of a truth id, or -1. */
	public static int personOfTruthId(String truthId) {
		if (truthId == null || truthId.length() != 8 || truthId.charAt(0) != 'P') {
			return -1;
		}
		return (int) parse(truthId, 1, 8);
	}

	public static String familyId(int family) {
		return "F" + digits(family, 6);
	}

	/** The family number of a family id, or -1. */
	public static int familyOfFamilyId(String familyId) {
		if (familyId == null || familyId.length() != 7 || familyId.charAt(0) != 'F') {
			return -1;
		}
		return (int) parse(familyId, 1, 7);
	}

	public String memberId(int person) {
		return "M" + digits(MEMBER.apply(this.seed, person), 7);
	}

	public int personOfMemberId(String id) {
		if (id == null || id.length() != 8 || id.charAt(0) != 'M') {
			return -1;
		}
		return MEMBER.invert(this.seed, parse(id, 1, 8));
	}

	public long welfarePersonId(int person) {
		return 1_000_000L + WELFARE_PERSON.apply(this.seed, person);
	}

	public int personOfWelfareId(String id) {
		long value = (id == null || id.length() != 7) ? -1 : parse(id, 0, 7);
		return (value < 1_000_000L) ? -1 : WELFARE_PERSON.invert(this.seed, value - 1_000_000L);
	}

	public String registrantId(int person) {
		return "VR-" + digits(REGISTRANT.apply(this.seed, person), 8);
	}

	public int personOfRegistrantId(String id) {
		if (id == null || id.length() != 11 || !id.startsWith("VR-")) {
			return -1;
		}
		return REGISTRANT.invert(this.seed, parse(id, 3, 11));
	}

	public String subjectKey(int person) {
		long value = SUBJECT.apply(this.seed, person);
		char[] key = { 'L', '-', '0', '0', '0', '0', '0', '0', '0', '0' };
		for (int i = 9; i >= 2; i--, value >>>= 4) {
			key[i] = HEX[(int) (value & 15)];
		}
		return new String(key);
	}

	public int personOfSubjectKey(String key) {
		if (key == null || key.length() != 10 || !key.startsWith("L-")) {
			return -1;
		}
		long value = 0;
		for (int i = 2; i < 10; i++) {
			int digit = Character.digit(key.charAt(i), 16);
			if (digit < 0 || Character.isUpperCase(key.charAt(i))) {
				return -1;
			}
			value = value * 16 + digit;
		}
		return SUBJECT.invert(this.seed, value);
	}

	/** The person's true SSN: nine digits, area 900-999, group and serial never zero. */
	public String ssn(int person) {
		return ssnAt(person);
	}

	/**
	 * The SSN a person used before being issued a new one: drawn from a part of the
	 * permutation no person's current SSN comes from, so it is nobody else's.
	 */
	public String formerSsn(int person) {
		return ssnAt(FORMER_SSNS + person);
	}

	private String ssnAt(long position) {
		long value = SSN.apply(this.seed, position);
		long area = 900 + value / (99 * 9999);
		long group = 1 + (value / 9999) % 99;
		long serial = 1 + value % 9999;
		return area + digits(group, 2) + digits(serial, 4);
	}

	/** Slot 0 is a family's ordinary support case, slot 1 its foster-care case. */
	public String supportCaseId(int family, int slot, int year) {
		return "CS-" + year + "-" + digits(SUPPORT_CASE.apply(this.seed, family * 2L + slot), 6);
	}

	public String welfareCaseNumber(int family, int year) {
		return "CW-" + year + "-" + digits(WELFARE_CASE.apply(this.seed, family), 6);
	}

	public String certificateNumber(int child, int year) {
		return "B-" + year + "-" + digits(CERTIFICATE.apply(this.seed, child), 7);
	}

	private static String digits(long value, int width) {
		char[] chars = new char[width];
		for (int i = width - 1; i >= 0; i--, value /= 10) {
			chars[i] = (char) ('0' + value % 10);
		}
		return new String(chars);
	}

	private static long parse(String text, int from, int to) {
		long value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
