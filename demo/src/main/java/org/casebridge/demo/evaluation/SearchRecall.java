package org.casebridge.demo.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.identity.ComparableRecord;
import org.casebridge.gateway.identity.MatchWeights;
import org.casebridge.gateway.identity.SearchMatch;
import org.casebridge.simulator.evaluation.AgencyRecord;

/**
 * Whether a worker who types one agency's variant of a person (given name, family name
 * and date of birth as that agency recorded them) is offered each of the person's other
 * records. Today an agency answers what matches exactly (family name or alias, given name
 * by prefix, date of birth) and the gateway shows it; with the matcher the gateway asks
 * each agency the widened queries and shows what {@link SearchMatch} accepts.
 */
final class SearchRecall {

	long queries;

	long targets;

	long foundToday;

	long foundNow;

	static SearchRecall measure(Labelled held, MatchWeights weights) {
		SearchRecall recall = new SearchRecall();
		Map<String, List<Integer>> byPerson = new HashMap<>();
		for (int i = 0; i < held.personOf.length; i++) {
			byPerson.computeIfAbsent(held.personOf[i], (p) -> new ArrayList<>()).add(i);
		}
		for (List<Integer> records : byPerson.values()) {
			if (records.size() < 2) {
				continue;
			}
			for (int q : records) {
				AgencyRecord typed = held.population.records().get(q);
				PersonSearch criteria = new PersonSearch(typed.first(), typed.last(), typed.dateOfBirth(), null, null);
				List<PersonSearch> widened = SearchMatch.widened(criteria);
				recall.queries++;
				for (int t : records) {
					if (t == q) {
						continue;
					}
					AgencyRecord target = held.population.records().get(t);
					ComparableRecord comparable = held.records.get(t);
					recall.targets++;
					if (answers(target, criteria)) {
						recall.foundToday++;
					}
					if (widened.stream().anyMatch((query) -> answers(target, query))
							&& SearchMatch.of(weights, criteria, comparable).shown()) {
						recall.foundNow++;
					}
				}
			}
		}
		return recall;
	}

	/** The agencies' own search: every criterion given must match exactly. */
	static boolean answers(AgencyRecord record, PersonSearch query) {
		return (query.ssn() == null || query.ssn().equals(record.ssn()))
				&& (query.dateOfBirth() == null || query.dateOfBirth().equals(record.dateOfBirth()))
				&& (query.lastName() == null || query.lastName().equalsIgnoreCase(record.last())
						|| record.aliases().stream().anyMatch((a) -> query.lastName().equalsIgnoreCase(a.last())))
				&& (query.firstName() == null || startsWith(record.first(), query.firstName())
						|| record.aliases().stream().anyMatch((a) -> startsWith(a.first(), query.firstName())));
	}

	private static boolean startsWith(String name, String prefix) {
		return name != null && name.toUpperCase(Locale.ROOT).startsWith(prefix.toUpperCase(Locale.ROOT));
	}

}
