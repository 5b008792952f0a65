package org.casebridge.gateway.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * Groups agency person records into candidate people with the {@link RecordMatcher}.
 *
 * <p>
 * Records are compared only within blocks (see {@link ComparableRecord#blockingKeys()});
 * pairs the matcher links are joined, most probable first, and a group never holds two
 * different SSNs however the links chain. Pairs it calls a possible match stay separate
 * candidates, each naming the other as a possible duplicate with the evidence for and
 * against, because a silent wrong merge discloses one family's data to another.
 */
@Component
public class IdentityResolver {

	private final RecordMatcher matcher;

	public IdentityResolver() {
		this(RecordMatcher.standard());
	}

	IdentityResolver(RecordMatcher matcher) {
		this.matcher = matcher;
	}

	/** The matcher's parameters, for the search's own comparisons with the criteria. */
	public MatchWeights weights() {
		return this.matcher.weights();
	}

	/**
	 * Groups records and ranks the groups against the criteria.
	 * @param records every agency's answer, in any order
	 * @param criteria what was searched for
	 * @return candidates, best match first
	 */
	public List<Candidate> resolve(List<PersonRecord> records, PersonSearch criteria) {
		return resolve(records, criteria, RecordDecisions.NONE);
	}

	/**
	 * Groups records as {@link #resolve(List, PersonSearch)} does, honouring caseworkers'
	 * decisions: "same person" joins first, then the matcher's links, and neither ever
	 * joins groups a recorded "not the same person" stands between.
	 * @param decisions the decisions in force about these records
	 */
	public List<Candidate> resolve(List<PersonRecord> records, PersonSearch criteria, RecordDecisions decisions) {
		int n = records.size();
		List<ComparableRecord> prepared = new ArrayList<>(n);
		records.forEach((record) -> prepared.add(ComparableRecord.of(record)));
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		List<Set<String>> ssnsOf = new ArrayList<>();
		for (PersonRecord record : records) {
			Set<String> ssns = new HashSet<>();
			if (record.ssn() != null) {
				ssns.add(record.ssn());
			}
			ssnsOf.add(ssns);
		}
		List<Link> links = new ArrayList<>();
		List<Link> possible = new ArrayList<>();
		for (long pair : blockedPairs(prepared)) {
			int i = (int) (pair >>> 32);
			int j = (int) pair;
			PairMatch match = this.matcher.compare(prepared.get(i), prepared.get(j));
			if (match.outcome() == MatchOutcome.LINK) {
				links.add(new Link(i, j, match));
			}
			else if (match.outcome() == MatchOutcome.POSSIBLE) {
				possible.add(new Link(i, j, match));
			}
		}
		links.sort(Comparator.comparingDouble((Link link) -> link.match().score()).reversed());
		DecidedLinks decided = new DecidedLinks(records, decisions);
		links.addAll(0, decided.joins(prepared, this.matcher));
		Map<Integer, Link> linkOf = new HashMap<>();
		for (Link link : links) {
			int a = find(parent, link.from());
			int b = find(parent, link.to());
			if (a == b || conflict(ssnsOf.get(a), ssnsOf.get(b))) {
				continue;
			}
			if (decided.apart(a, b)) {
				possible.add(link);
				continue;
			}
			parent[b] = a;
			ssnsOf.get(a).addAll(ssnsOf.get(b));
			decided.merged(a, b);
			linkOf.putIfAbsent(linkOf.containsKey(link.to()) ? link.from() : link.to(), link);
		}
		Map<Integer, List<Integer>> groups = new HashMap<>();
		for (int i = 0; i < n; i++) {
			groups.computeIfAbsent(find(parent, i), (root) -> new ArrayList<>()).add(i);
		}
		List<Candidate> candidates = new ArrayList<>();
		Map<Integer, Candidate> byRoot = new HashMap<>();
		for (Map.Entry<Integer, List<Integer>> group : groups.entrySet()) {
			Candidate candidate = candidate(records, prepared, group.getValue(), linkOf, criteria);
			candidates.add(candidate);
			byRoot.put(group.getKey(), candidate);
		}
		candidates.sort(Comparator.comparingDouble(Candidate::confidence)
			.reversed()
			.thenComparing((Candidate c) -> -c.records().size())
			.thenComparing(Candidate::displayName));
		return PossibleDuplicates.attach(candidates, possible, (index) -> byRoot.get(find(parent, index)),
				(i, j) -> decided.apart(find(parent, i), find(parent, j)));
	}

	/**
	 * Each pair of records sharing a block, once, as {@code i << 32 | j} with i &lt; j.
	 */
	private static Set<Long> blockedPairs(List<ComparableRecord> prepared) {
		Map<String, List<Integer>> blocks = new HashMap<>();
		for (int i = 0; i < prepared.size(); i++) {
			for (String key : prepared.get(i).blockingKeys()) {
				blocks.computeIfAbsent(key, (k) -> new ArrayList<>()).add(i);
			}
		}
		Set<Long> pairs = new LinkedHashSet<>();
		for (List<Integer> block : blocks.values()) {
			for (int x = 0; x < block.size(); x++) {
				for (int y = x + 1; y < block.size(); y++) {
					pairs.add(((long) block.get(x) << 32) | block.get(y));
				}
			}
		}
		return pairs;
	}

	/**
	 * Whether two records are the same person on strong evidence, and on which keys: the
	 * first rule, kept to compare the matcher with.
	 * @return the keys, empty when the rule does not link the records
	 */
	public static Set<MatchKey> strongEvidence(PersonRecord a, PersonRecord b) {
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

	private Candidate candidate(List<PersonRecord> records, List<ComparableRecord> prepared, List<Integer> members,
			Map<Integer, Link> linkOf, PersonSearch criteria) {
		List<LinkedRecord> linked = new ArrayList<>();
		for (int index : members) {
			Link link = linkOf.get(index);
			if (link == null) {
				linked.add(new LinkedRecord(records.get(index), List.of(), 1.0, List.of()));
			}
			else {
				linked.add(new LinkedRecord(records.get(index), keysOf(link.match()), link.match().probability(),
						link.match().evidence(), link.decision()));
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
		double sameProbability = linked.stream().mapToDouble(LinkedRecord::linkConfidence).min().orElse(1.0);
		SearchMatch best = null;
		for (int index : members) {
			SearchMatch fit = SearchMatch.of(this.matcher.weights(), criteria, prepared.get(index));
			if (best == null || fit.score() > best.score()) {
				best = fit;
			}
		}
		List<PairMatch.Evidence> matchedBy = (best != null) ? best.evidence()
			.stream()
			.sorted(Comparator.comparingDouble(PairMatch.Evidence::weight).reversed())
			.toList() : List.of();
		return new Candidate(displayName, dateOfBirth, match.confidence(), match.keys(), matchedBy, linked,
				sameProbability, List.of());
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

	/** The keys two linked records share exactly. */
	private static List<MatchKey> keysOf(PairMatch match) {
		List<MatchKey> keys = new ArrayList<>();
		for (PairMatch.Evidence evidence : match.evidence()) {
			switch (evidence.feature()) {
				case SSN_SAME -> keys.add(MatchKey.SSN);
				case NAME_SAME -> keys.add(MatchKey.NAME);
				case BIRTH_SAME -> keys.add(MatchKey.DATE_OF_BIRTH);
				default -> {
				}
			}
		}
		return keys;
	}

	/**
	 * @param decision the caseworker's "same person" decision behind the link, or null
	 * for the matcher's
	 */
	record Link(int from, int to, PairMatch match, String decision) {

		Link(int from, int to, PairMatch match) {
			this(from, to, match, null);
		}

	}

}
