package org.casebridge.gateway.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;

/**
 * Tells each candidate which others may be the same person: for every two candidates with
 * a pair of records the matcher called a possible match, the most probable pair; and
 * every pair the matcher would have linked but a caseworker's "not the same person" kept
 * apart, marked so.
 */
final class PossibleDuplicates {

	private PossibleDuplicates() {
	}

	static List<Candidate> attach(List<Candidate> ranked, List<IdentityResolver.Link> possible,
			IntFunction<Candidate> candidateOfRecord, BiPredicate<Integer, Integer> recordedApart) {
		if (possible.isEmpty()) {
			return ranked;
		}
		Map<Candidate, Integer> rank = new IdentityHashMap<>();
		for (int i = 0; i < ranked.size(); i++) {
			rank.put(ranked.get(i), i);
		}
		List<Map<Integer, Candidate.PossibleDuplicate>> found = new ArrayList<>();
		ranked.forEach((c) -> found.add(new HashMap<>()));
		for (IdentityResolver.Link link : possible) {
			int a = rank.get(candidateOfRecord.apply(link.from()));
			int b = rank.get(candidateOfRecord.apply(link.to()));
			if (a != b) {
				boolean apart = recordedApart.test(link.from(), link.to());
				keepMostProbable(found.get(a), b, link.match(), apart);
				keepMostProbable(found.get(b), a, link.match(), apart);
			}
		}
		List<Candidate> out = new ArrayList<>(ranked.size());
		for (int i = 0; i < ranked.size(); i++) {
			List<Candidate.PossibleDuplicate> duplicates = new ArrayList<>(found.get(i).values());
			duplicates.sort((x, y) -> Double.compare(y.probability(), x.probability()));
			out.add(duplicates.isEmpty() ? ranked.get(i) : ranked.get(i).withPossibleDuplicates(duplicates));
		}
		return out;
	}

	private static void keepMostProbable(Map<Integer, Candidate.PossibleDuplicate> found, int other, PairMatch match,
			boolean apart) {
		Candidate.PossibleDuplicate known = found.get(other);
		if (known == null || known.probability() < match.probability()) {
			found.put(other, new Candidate.PossibleDuplicate(other, match.probability(), match.evidence(),
					apart || (known != null && known.recordedNotSamePerson())));
		}
		else if (apart && !known.recordedNotSamePerson()) {
			found.put(other, new Candidate.PossibleDuplicate(other, known.probability(), known.evidence(), true));
		}
	}

}
