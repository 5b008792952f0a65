package org.casebridge.simulator.internal.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Synthetic addresses, employers, caseworkers and placement providers (all in Utah). */
public final class Places {

	/** The IV-E agency, which is custodian and payee in foster-care support cases. */
	public static final String IVE_AGENCY = "State Division of Child and Family Services";

	/** The state as payee of assigned support. */
	public static final String STATE_PAYEE = "State of Utah Office of Recovery Services";

	private static final String[][] CITIES = { { "Ogden", "84401" }, { "Provo", "84601" },
			{ "Salt Lake City", "84101" }, { "West Valley City", "84119" }, { "Orem", "84057" }, { "Sandy", "84070" },
			{ "St. George", "84770" }, { "Logan", "84321" }, { "Layton", "84041" }, { "Lehi", "84043" },
			{ "Murray", "84107" }, { "Draper", "84020" }, { "Cedar City", "84720" }, { "Price", "84501" },
			{ "Vernal", "84078" }, { "Tooele", "84074" } };

	private static final List<String> STREETS = List.of("N Cedar St", "W 200 S", "E Center St", "S Main St",
			"Maple Ave", "N 400 W", "E 1300 S", "Canyon Rd", "Riverside Dr", "W 3500 S", "Aspen Way", "S State St",
			"N Temple Ave", "Sunset Blvd", "Juniper Ln", "E 800 N");

	private static final List<String> EMPLOYER_NAMES = List.of("Wasatch Freight LLC", "Bonneville Foods Inc",
			"Great Basin Roofing", "Uinta Health Partners", "Red Rock Hospitality LLC", "Beehive Staffing Inc",
			"Canyon Country Logistics", "Timpanogos Manufacturing", "Salt Flats Energy Co", "Cache Valley Dairy",
			"Zion Auto Repair", "Golden Spike Retail", "Mountain West Call Center", "Deseret Cleaning Services",
			"Snowbasin Resort Services", "Provo River Construction", "Jordan Valley Warehousing",
			"Lake Bonneville Fitness", "Dixie Landscaping LLC", "Sevier Valley Trucking", "Alta Software Inc",
			"Moab Outfitters", "Ogden Metal Works", "Kaysville Bakery", "Pioneer Home Care");

	private static final List<Employer> EMPLOYERS = employers();

	private static final List<Worker> SUPPORT_WORKERS = workers("support", "Regional Office", 10, "Dana Whitfield",
			"Marcus Bell", "Priya Natarajan", "Owen Larsen", "Rosa Delgado", "Kevin Tran", "Heidi Jensen",
			"Tomas Reyes", "Alicia Grant", "Brent Nielsen", "Janelle Ortiz", "Samuel Yazzie");

	private static final List<Worker> WELFARE_WORKERS = workers("cfs", "Office", 60, "Lee Tran", "Maya Begay",
			"Carlos Medina", "Erin Sorensen", "Grace Kim", "Darnell Hayes", "Lupe Aguilar", "Nathan Christensen",
			"Sofia Ramos", "Travis Olsen", "Wendy Chavez", "Isaac Peterson");

	private Places() {
	}

	/** Every caseworker's e-mail address: child support's, then child welfare's. */
	public static List<String> workerEmails() {
		List<String> emails = new ArrayList<>();
		SUPPORT_WORKERS.forEach((worker) -> emails.add(worker.email()));
		WELFARE_WORKERS.forEach((worker) -> emails.add(worker.email()));
		return List.copyOf(emails);
	}

	static Address address(SplittableRandom random) {
		String[] city = CITIES[random.nextInt(CITIES.length)];
		String unit = (random.nextInt(5) == 0) ? "Apt " + (1 + random.nextInt(40)) : null;
		return new Address((10 + random.nextInt(3980)) + " " + Names.pick(random, STREETS), unit, city[0], "UT",
				city[1]);
	}

	static Employer employer(SplittableRandom random) {
		return EMPLOYERS.get(random.nextInt(EMPLOYERS.size()));
	}

	static Worker supportWorker(SplittableRandom random) {
		return SUPPORT_WORKERS.get(random.nextInt(SUPPORT_WORKERS.size()));
	}

	static Worker welfareWorker(SplittableRandom random) {
		return WELFARE_WORKERS.get(random.nextInt(WELFARE_WORKERS.size()));
	}

	private static List<Employer> employers() {
		SplittableRandom random = new SplittableRandom(87);
		List<Employer> employers = new ArrayList<>();
		for (String name : EMPLOYER_NAMES) {
			employers.add(new Employer(name, String.format("87-%07d", random.nextInt(10_000_000)), address(random)));
		}
		return List.copyOf(employers);
	}

	private static List<Worker> workers(String agencyDomain, String officeSuffix, int firstPhone, String... names) {
		List<Worker> workers = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			String name = names[i];
			String[] parts = name.split(" ");
			String office = CITIES[i % CITIES.length][0] + " " + officeSuffix;
			String email = (parts[0].charAt(0) + parts[1]).toLowerCase(Locale.ROOT) + "@" + agencyDomain
					+ ".example.gov";
			workers.add(new Worker(name, office, String.format("801-555-01%02d", firstPhone + i * 3), email));
		}
		return List.copyOf(workers);
	}

}
