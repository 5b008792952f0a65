package org.casebridge.gateway.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;

import org.springframework.stereotype.Component;

/**
 * Groups agency person records into candidate people.
 *
 * <p>
 * Two records are linked only on strong evidence: the same SSN together with the same
 * date of birth or the same normalised name; or the same normalised name and date of
 * birth where the SSNs do not disagree. A group never holds two different SSNs. Anything
 * weaker — a shared SSN alone, a similar name — leaves the records as separate candidates
 * for the caseworker to judge, because a silent wrong merge discloses one family's data
 * to another.
 */
@Component
public class IdentityResolver {

	/**
	 * Groups records and ranks the groups against the criteria.
	 * @param records every agency's answer, in any order
	 * @param criteria what was searched for
	 * @return candidates, best match first
	 */
	public List<Candidate> resolve(List<PersonRecord> records, PersonSearch criteria) {
		int n = records.size();
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		Map<Integer, Link> linkOf = new HashMap<>();
		List<Set<String>> ssnsOf = new ArrayList<>();
		for (PersonRecord record : records) {
			Set<String> ssns = new HashSet<>();
			if (record.ssn() != null) {
				ssns.add(record.ssn());
			}
			ssnsOf.add(ssns);
		}
		for (Link link : strongLinks(records)) {
			int a = find(parent, link.from());
			int b = find(parent, link.to());
			if (a == b || conflict(ssnsOf.get(a), ssnsOf.get(b))) {
				continue;
			}
			parent[b] = a;
			ssnsOf.get(a).addAll(ssnsOf.get(b));
			linkOf.putIfAbsent(link.to(), link);
		}
		Map<Integer, List<Integer>> groups = new HashMap<>();
		for (int i = 0; i < n; i++) {
			groups.computeIfAbsent(find(parent, i), (root) -> new ArrayList<>()).add(i);
		}
		List<Candidate> candidates = new ArrayList<>();
		for (List<Integer> members : groups.values()) {
			candidates.add(candidate(records, members, linkOf, criteria));
		}
		candidates.sort(Comparator.comparingDouble(Candidate::confidence)
			.reversed()
			.thenComparing((Candidate c) -> -c.records().size())
			.thenComparing(Candidate::displayName));
		return candidates;
	}

	/** Whether two records are the same person on strong evidence, and on which keys. */
	static Set<MatchKey> strongEvidence(PersonRecord a, PersonRecord b) {
		boolean ssnEqual = a.ssn() != null && a.ssn().equals(b.ssn());
		boolean ssnConflict = a.ssn() != null && b.ssn() != null && !a.ssn().equals(b.ssn());
		boolean dobEqual = a.dateOfBirth() != null && a.dateOfBirth().equals(b.dateOfBirth());
		boolean nameEqual = sharesName(a.names(), b.names());
		Set<MatchKey> keys = EnumSet.noneOf(MatchKey.class);
		if (ssnEqual && (dobEqual || nameEqual)) {
			keys.add(MatchKey.SSN);
		}
		else if (!(nameEqual && dobEqual) || ssnConflict) {
			return keys;
		}
		if (dobEqual) {
			keys.add(MatchKey.DATE_OF_BIRTH);
		}
		if (nameEqual) {
			keys.add(MatchKey.NAME);
		}
		return keys;
	}

	static double confidence(Set<MatchKey> keys) {
		if (keys.contains(MatchKey.SSN)) {
			if (keys.contains(MatchKey.NAME) && keys.contains(MatchKey.DATE_OF_BIRTH)) {
				return 0.99;
			}
			return keys.contains(MatchKey.DATE_OF_BIRTH) ? 0.95 : 0.9;
		}
		return keys.isEmpty() ? 0.0 : 0.85;
	}

	private static List<Link> strongLinks(List<PersonRecord> records) {
		List<Link> links = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			for (int j = i + 1; j < records.size(); j++) {
				Set<MatchKey> keys = strongEvidence(records.get(i), records.get(j));
				if (!keys.isEmpty()) {
					links.add(new Link(i, j, keys, confidence(keys)));
				}
			}
		}
		links.sort(Comparator.comparingDouble(Link::confidence).reversed());
		return links;
	}

	private static boolean sharesName(List<PersonName> a, List<PersonName> b) {
		for (PersonName x : a) {
			for (PersonName y : b) {
				String lastX = Names.normalize(x.last());
				String firstX = Names.normalize(x.first());
				if (!lastX.isEmpty() && !firstX.isEmpty() && lastX.equals(Names.normalize(y.last()))
						&& firstX.equals(Names.normalize(y.first()))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean conflict(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		return union.size() > 1;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static Candidate candidate(List<PersonRecord> records, List<Integer> members, Map<Integer, Link> linkOf,
			PersonSearch criteria) {
		List<LinkedRecord> linked = new ArrayList<>();
		for (int index : members) {
			Link link = linkOf.get(index);
			if (link == null) {
				linked.add(new LinkedRecord(records.get(index), List.of(), 1.0));
			}
			else {
				linked.add(new LinkedRecord(records.get(index), List.copyOf(link.keys()), link.confidence()));
			}
		}
		linked.sort(Comparator.comparingDouble(LinkedRecord::linkConfidence)
			.reversed()
			.thenComparing((LinkedRecord r) -> r.record().provenance().source()));
		List<PersonRecord> groupRecords = linked.stream().map(LinkedRecord::record).toList();
		String displayName = mostCommon(groupRecords, (r) -> Names.display(r.primaryName()));
		LocalDate dateOfBirth = mostCommon(
				groupRecords.stream().filter((r) -> !r.dateOfBirthEstimated() || groupRecords.size() == 1).toList(),
				PersonRecord::dateOfBirth);
		CriteriaMatch match = CriteriaMatch.of(groupRecords, criteria);
		return new Candidate(displayName, dateOfBirth, match.confidence(), match.keys(), linked);
	}

	private static <T> T mostCommon(List<PersonRecord> records, Function<PersonRecord, T> value) {
		return records.stream()
			.map(value)
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
			.entrySet()
			.stream()
			.max(Map.Entry.<T, Long>comparingByValue()
				.thenComparing((e) -> e.getKey().toString(), Comparator.reverseOrder()))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	private record Link(int from, int to, Set<MatchKey> keys, double confidence) {
	}

}
