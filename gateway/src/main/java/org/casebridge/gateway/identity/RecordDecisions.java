package org.casebridge.gateway.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebridge.connector.model.PersonRecord;

/**
 * Caseworkers' identity decisions in force between agency records, as the resolver
 * applies them: "not the same person" keeps the records of either side out of one
 * candidate whatever the matcher or a chain of links says; "same person" joins them,
 * within the resolver's rules (never two SSNs in one candidate, never across a "not the
 * same person"). Records are named by {@link #keyOf record keys}.
 */
public final class RecordDecisions {

	/** No decisions: the matcher alone decides. */
	public static final RecordDecisions NONE = new RecordDecisions(List.of());

	private final Map<String, Set<String>> apart = new HashMap<>();

	private final List<Same> same = new ArrayList<>();

	private RecordDecisions(List<Decided> decisions) {
		for (Decided decided : decisions) {
			for (String a : decided.side()) {
				for (String b : decided.other()) {
					if (a.equals(b)) {
						continue;
					}
					if (decided.samePerson()) {
						this.same.add(new Same(decided.id(), a, b));
					}
					else {
						this.apart.computeIfAbsent(a, (k) -> new HashSet<>()).add(b);
						this.apart.computeIfAbsent(b, (k) -> new HashSet<>()).add(a);
					}
				}
			}
		}
	}

	/** The decisions given, all in force. */
	public static RecordDecisions of(List<Decided> decisions) {
		return decisions.isEmpty() ? NONE : new RecordDecisions(decisions);
	}

	/**
	 * A record's key: the agency's source id and its person id, e.g. {@code support:S1}.
	 */
	public static String keyOf(PersonRecord record) {
		return record.provenance().source().id() + ":" + record.agencyPersonId();
	}

	public boolean isEmpty() {
		return this.apart.isEmpty() && this.same.isEmpty();
	}

	/** Whether a recorded "not the same person" stands between any record of each set. */
	public boolean apart(Collection<String> records, Collection<String> others) {
		for (String record : records) {
			Set<String> notSame = this.apart.get(record);
			if (notSame != null) {
				for (String other : others) {
					if (notSame.contains(other)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Each pair of records a "same person" decision joins. */
	public List<Same> same() {
		return List.copyOf(this.same);
	}

	/**
	 * One decision in force.
	 *
	 * @param id the decision's id
	 * @param samePerson "same person" (else "not the same person")
	 * @param side the records of one candidate
	 * @param other the records of the other
	 */
	public record Decided(String id, boolean samePerson, Set<String> side, Set<String> other) {

		public Decided {
			side = Set.copyOf(side);
			other = Set.copyOf(other);
		}

	}

	/** Two records a "same person" decision joins. */
	public record Same(String decision, String record, String other) {

	}

}
