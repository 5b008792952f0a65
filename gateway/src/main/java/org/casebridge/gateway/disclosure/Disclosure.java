package org.casebridge.gateway.disclosure;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;

/**
 * The per-request collector. Data fetchers of one request may run on several threads, so
 * every method is synchronized; a request touches it a handful of times.
 */
public final class Disclosure {

	private static final String KEY = Disclosure.class.getName();

	private String purpose;

	private final Set<String> operations = new LinkedHashSet<>();

	private final Map<String, String> criteria = new LinkedHashMap<>();

	private final Map<String, String> sourceOutcomes = new LinkedHashMap<>();

	private final Set<String> personHandles = new LinkedHashSet<>();

	private final Set<String> agencyRecordIds = new LinkedHashSet<>();

	private final Set<PersonKey> personKeys = new LinkedHashSet<>();

	private final Set<String> fieldGroupsDisclosed = new LinkedHashSet<>();

	private final Set<String> fieldGroupsWithheld = new LinkedHashSet<>();

	private boolean familyViolenceRestricted;

	private boolean federalTaxInformationDisclosed;

	private boolean touchedPersonData;

	private final Map<String, Set<String>> assignedWorkers = new LinkedHashMap<>();

	/** The request's collector, created on first use. */
	public static Disclosure of(GraphQLContext context) {
		return context.computeIfAbsent(KEY, (key) -> new Disclosure());
	}

	/** The request's collector if anything was recorded. */
	public static Disclosure find(GraphQLContext context) {
		return context.get(KEY);
	}

	/**
	 * Marks the start of a person-data operation ({@code searchPeople}, {@code person},
	 * …) and the purpose stated for it.
	 */
	public synchronized void operation(String operation, String purpose) {
		this.operations.add(operation);
		this.purpose = purpose;
		this.touchedPersonData = true;
	}

	/**
	 * A criterion as searched. Held in memory for this request only; the audit trail
	 * keeps no more than its keyed hash. Never log it.
	 */
	public synchronized void criterion(String name, String safeValue) {
		this.criteria.put(name, safeValue);
	}

	public synchronized void sourceOutcome(String source, String state) {
		this.sourceOutcomes.put(source, state);
	}

	public synchronized void personHandle(String handle) {
		this.personHandles.add(handle);
	}

	public synchronized void agencyRecord(String source, String recordId) {
		this.agencyRecordIds.add(source + ":" + recordId);
	}

	/**
	 * An identity key of a person the answer is about. Held in memory for this request
	 * only; the audit trail keeps no more than its keyed hash. Never log it.
	 */
	public synchronized void personKey(PersonKey key) {
		this.personKeys.add(key);
	}

	public synchronized void disclosed(String fieldGroup) {
		this.fieldGroupsDisclosed.add(fieldGroup);
	}

	public synchronized void withheld(String fieldGroup) {
		this.fieldGroupsWithheld.add(fieldGroup);
	}

	public synchronized void familyViolenceRestricted() {
		this.familyViolenceRestricted = true;
	}

	public synchronized void federalTaxInformationDisclosed() {
		this.federalTaxInformationDisclosed = true;
	}

	/**
	 * A person the request viewed ({@code person}), with the agency ids (e-mail
	 * addresses) of the workers assigned to that person's cases at every agency asked,
	 * whether or not the answer shows them. What a case tie is decided from; never
	 * disclosed or recorded.
	 */
	public synchronized void viewed(String handle, Collection<String> assignedWorkerIds) {
		Set<String> workers = this.assignedWorkers.computeIfAbsent(handle, (key) -> new LinkedHashSet<>());
		for (String worker : assignedWorkerIds) {
			if (worker != null && !worker.isBlank()) {
				workers.add(worker.strip().toLowerCase(Locale.ROOT));
			}
		}
	}

	/**
	 * The people the request viewed, by handle, each with the agency ids of the workers
	 * assigned to their cases.
	 */
	public synchronized Map<String, Set<String>> viewedPeople() {
		Map<String, Set<String>> copy = new LinkedHashMap<>();
		this.assignedWorkers.forEach((handle, workers) -> copy.put(handle, Set.copyOf(workers)));
		return Collections.unmodifiableMap(copy);
	}

	/** A consistent copy for the audit record. */
	public synchronized Snapshot snapshot() {
		return new Snapshot(this.touchedPersonData, List.copyOf(this.operations), List.copyOf(this.personKeys),
				new Disclosed(this.purpose, this.criteria, List.copyOf(this.personHandles),
						List.copyOf(this.agencyRecordIds), null, List.copyOf(this.fieldGroupsDisclosed),
						List.copyOf(this.fieldGroupsWithheld), this.familyViolenceRestricted,
						this.federalTaxInformationDisclosed, this.sourceOutcomes));
	}

	/**
	 * What the request disclosed.
	 *
	 * @param touchedPersonData whether a person-data operation ran
	 * @param operations the person-data operations that ran
	 * @param personKeys the identity keys of the people the answer is about
	 * @param facts what was disclosed, criteria and handles as searched and returned
	 */
	public record Snapshot(boolean touchedPersonData, List<String> operations, List<PersonKey> personKeys,
			Disclosed facts) {

	}

}
