package org.casebridge.simulator.internal.population;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Common first and last names, and the nicknames agencies record instead of them. */
public final class Names {

	static final List<String> FEMALE = List.of("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
			"Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily",
			"Donna", "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon",
			"Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma", "Nicole",
			"Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Catherine", "Maria",
			"Heather", "Diane", "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Kelly", "Lauren",
			"Christina", "Joan", "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha",
			"Gloria", "Teresa", "Ann", "Sara", "Madison", "Frances", "Kathryn", "Janice", "Jean", "Abigail", "Alice",
			"Sophia", "Isabella", "Guadalupe", "Dolores", "Ana", "Mia", "Lucia", "Camila", "Valeria", "Ximena");

	static final List<String> MALE = List.of("James", "Robert", "John", "Michael", "David", "William", "Richard",
			"Joseph", "Thomas", "Christopher", "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven",
			"Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason",
			"Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott",
			"Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis",
			"Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle",
			"Ethan", "Walter", "Noah", "Jeremy", "Christian", "Keith", "Roger", "Terry", "Gerald", "Harold", "Sean",
			"Austin", "Carl", "Arthur", "Lawrence", "Dylan", "Jesse", "Jordan", "Bryan", "Billy", "Joe", "Bruce",
			"Gabriel", "Logan", "Alejandro", "Francisco", "Luis", "Carlos", "Miguel", "Theodore");

	static final List<String> LAST = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
			"Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
			"Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
			"Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
			"Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
			"Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
			"Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper",
			"Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson",
			"Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez",
			"Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "Powell", "Jenkins", "Perry",
			"Russell", "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes", "Gonzales", "Fisher", "Vasquez",
			"Simmons", "Romero", "Jordan", "Patterson", "Alexander", "Hamilton", "Graham", "Reynolds", "Griffin",
			"Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant", "Herrera", "Gibson", "Ellis", "Tran", "Medina",
			"Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens", "Harrison", "Fernandez", "McDonald",
			"Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry", "Chen", "Freeman", "Webb", "Tucker", "Guzman",
			"Burns", "Crawford", "Olson", "Simpson", "Porter", "Hunter", "Gordon", "Mendez", "Silva", "Shaw", "Snyder",
			"Mason", "Dixon", "Munoz", "Hunt", "Hicks", "Holmes", "Palmer", "Wagner", "Black", "Robertson", "Boyd",
			"Rose", "Stone", "Salazar", "Fox", "Warren", "Mills", "Meyer", "Rice", "Schmidt", "Garza", "Daniels",
			"Ferguson", "Nichols", "Stephens", "Soto", "Weaver", "Ryan", "Gardner", "Payne", "Grant", "Dunn", "Kelley",
			"Spencer", "Hawkins", "Arnold", "Pierce", "Vazquez", "Hansen", "Peters", "Santos", "Hart", "Bradley",
			"Knight", "Elliott", "Cunningham", "Duncan", "Armstrong", "Hudson", "Carroll", "Lane", "Riley", "Andrews",
			"Alvarado", "Ray", "Delgado", "Berry", "Perkins", "Hoffman", "Johnston", "Matthews", "Pena", "Richards",
			"Contreras", "Willis", "Carpenter", "Lawrence", "Sandoval", "Whitfield", "Larsen", "Christensen", "Jensen",
			"Nielsen");

	private static final Map<String, String> NICKNAMES = Map.ofEntries(Map.entry("Robert", "Bob"),
			Map.entry("William", "Bill"), Map.entry("Elizabeth", "Liz"), Map.entry("Margaret", "Peggy"),
			Map.entry("Richard", "Rick"), Map.entry("James", "Jim"), Map.entry("Jennifer", "Jen"),
			Map.entry("Katherine", "Kate"), Map.entry("Michael", "Mike"), Map.entry("Christopher", "Chris"),
			Map.entry("Daniel", "Dan"), Map.entry("Joseph", "Joe"), Map.entry("Thomas", "Tom"),
			Map.entry("Anthony", "Tony"), Map.entry("Patricia", "Patty"), Map.entry("Susan", "Sue"),
			Map.entry("Deborah", "Debbie"), Map.entry("Rebecca", "Becky"), Map.entry("Jessica", "Jess"),
			Map.entry("Samuel", "Sam"), Map.entry("Alexander", "Alex"), Map.entry("Benjamin", "Ben"),
			Map.entry("Nicholas", "Nick"), Map.entry("Jonathan", "Jon"), Map.entry("Matthew", "Matt"),
			Map.entry("Andrew", "Andy"), Map.entry("Steven", "Steve"), Map.entry("Timothy", "Tim"),
			Map.entry("Victoria", "Vicky"), Map.entry("Kimberly", "Kim"), Map.entry("Samantha", "Sammy"),
			Map.entry("Abigail", "Abby"), Map.entry("Isabella", "Bella"), Map.entry("Gabriel", "Gabe"),
			Map.entry("Zachary", "Zach"), Map.entry("Theodore", "Ted"), Map.entry("Edward", "Ed"),
			Map.entry("Charles", "Chuck"), Map.entry("Francisco", "Paco"), Map.entry("Jose", "Pepe"),
			Map.entry("Guadalupe", "Lupe"), Map.entry("Dolores", "Lola"), Map.entry("Catherine", "Cathy"),
			Map.entry("Christine", "Chris"), Map.entry("Kenneth", "Ken"), Map.entry("Donald", "Don"),
			Map.entry("Gregory", "Greg"), Map.entry("Lawrence", "Larry"), Map.entry("Raymond", "Ray"),
			Map.entry("Stephanie", "Steph"), Map.entry("Pamela", "Pam"), Map.entry("Cynthia", "Cindy"),
			Map.entry("Dorothy", "Dot"), Map.entry("Judith", "Judy"), Map.entry("Alejandro", "Alex"),
			Map.entry("Jacqueline", "Jackie"), Map.entry("Kathleen", "Kathy"), Map.entry("Andrea", "Andi"));

	/** Women's names an agency may record as a nickname. */
	static final List<String> FEMALE_WITH_NICKNAMES = FEMALE.stream().filter(NICKNAMES::containsKey).toList();

	private Names() {
	}

	/** The usual nickname for {@code first}, or null. */
	public static String nickname(String first) {
		return NICKNAMES.get(first);
	}

	/** Whether {@code name} is the usual nickname for {@code first}, ignoring case. */
	public static boolean isNicknameOf(String name, String first) {
		String nickname = NICKNAMES.get(first);
		return nickname != null && nickname.equalsIgnoreCase(name);
	}

	static String pick(SplittableRandom random, List<String> names) {
		return names.get(random.nextInt(names.size()));
	}

	/**
	 * {@code name} with two neighbouring, different letters swapped (not the first), as a
	 * clerk's typo; the name itself when it has no such pair.
	 */
	public static String transposed(String name, SplittableRandom random) {
		int pairs = name.length() - 2;
		if (pairs < 1) {
			return name;
		}
		int start = 1 + random.nextInt(pairs);
		for (int k = 0; k < pairs; k++) {
			int i = 1 + (start - 1 + k) % pairs;
			if (name.charAt(i) != name.charAt(i + 1)) {
				char[] chars = name.toCharArray();
				chars[i] = name.charAt(i + 1);
				chars[i + 1] = name.charAt(i);
				return new String(chars);
			}
		}
		return name;
	}

}
