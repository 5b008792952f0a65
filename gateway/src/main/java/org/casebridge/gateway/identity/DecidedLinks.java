package org.casebridge.gateway.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebridge.connector.model.PersonRecord;

/**
 * The caseworkers' decisions applied to one answer's link graph: which records a "same
 * person" decision joins, and, as groups form, whether a "not the same person" stands
 * between two of them. Tracks each group's record keys only when there are decisions.
 */
final class DecidedLinks {

	private final RecordDecisions decisions;

	private final List<PersonRecord> records;

	private final List<Set<String>> keysOf;

	DecidedLinks(List<PersonRecord> records, RecordDecisions decisions) {
		this.decisions = decisions;
		this.records = records;
		this.keysOf = new ArrayList<>();
		if (!decisions.isEmpty()) {
			for (PersonRecord record : records) {
				Set<String> keys = new HashSet<>();
				keys.add(RecordDecisions.keyOf(record));
				this.keysOf.add(keys);
			}
		}
	}

	/** The record pairs "same person" decisions join, as resolver links. */
	List<IdentityResolver.Link> joins(List<ComparableRecord> prepared, RecordMatcher matcher) {
		if (this.decisions.isEmpty()) {
			return List.of();
		}
		Map<String, List<Integer>> indexOf = new HashMap<>();
		for (int i = 0; i < this.records.size(); i++) {
			indexOf.computeIfAbsent(RecordDecisions.keyOf(this.records.get(i)), (k) -> new ArrayList<>()).add(i);
		}
		List<IdentityResolver.Link> joins = new ArrayList<>();
		for (RecordDecisions.Same same : this.decisions.same()) {
			for (int i : indexOf.getOrDefault(same.record(), List.of())) {
				for (int j : indexOf.getOrDefault(same.other(), List.of())) {
					joins.add(new IdentityResolver.Link(i, j, matcher.compare(prepared.get(i), prepared.get(j)),
							same.decision()));
				}
			}
		}
		return joins;
	}

	/** Whether the groups rooted at a and b may not be joined. */
	boolean apart(int a, int b) {
		return !this.decisions.isEmpty() && this.decisions.apart(this.keysOf.get(a), this.keysOf.get(b));
	}

	/** Group b was joined into group a. */
	void merged(int a, int b) {
		if (!this.decisions.isEmpty()) {
			this.keysOf.get(a).addAll(this.keysOf.get(b));
		}
	}

}
