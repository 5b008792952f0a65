package org.casebridge.gateway.disclosure;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The facts of one disclosure: the purpose stated, the criteria searched, the people and
 * agency records returned, the field groups disclosed and withheld, and how each source
 * answered. Immutable: lists are copied ({@code null} is empty), maps are copied in key
 * order and may not hold {@code null} values.
 * <p>
 * While a request runs, the criteria and handles are as searched and returned; the audit
 * trail records the {@link #protect protected} form, never those.
 *
 * @param purposeOfUse the purpose of use stated for the request
 * @param criteria search criteria by name
 * @param personHandles the opaque person handles returned
 * @param agencyRecordIds the agency record ids returned, as {@code source:id}
 * @param personKeys the people the operation disclosed, as keyed hashes of their identity
 * keys; empty while the request runs, which holds them as {@link PersonKey}s
 * @param fieldGroupsDisclosed the field groups sent to the caller
 * @param fieldGroupsWithheld the field groups withheld from the caller
 * @param familyViolenceRestricted whether a Family Violence Indicator suppressed data
 * @param federalTaxInformationDisclosed whether federal tax information was disclosed
 * @param sourceOutcomes each source called, with its outcome (e.g. {@code support → OK})
 */
public record Disclosed(String purposeOfUse, Map<String, String> criteria, List<String> personHandles,
		List<String> agencyRecordIds, List<String> personKeys, List<String> fieldGroupsDisclosed,
		List<String> fieldGroupsWithheld, boolean familyViolenceRestricted, boolean federalTaxInformationDisclosed,
		Map<String, String> sourceOutcomes) {

	/** Nothing disclosed. */
	public static final Disclosed NONE = new Disclosed(null, null, null, null, null, null, null, false, false, null);

	public Disclosed {
		criteria = copy(criteria);
		personHandles = copy(personHandles);
		agencyRecordIds = copy(agencyRecordIds);
		personKeys = copy(personKeys);
		fieldGroupsDisclosed = copy(fieldGroupsDisclosed);
		fieldGroupsWithheld = copy(fieldGroupsWithheld);
		sourceOutcomes = copy(sourceOutcomes);
	}

	/**
	 * Nothing disclosed, with the purpose and criteria of the operation.
	 * @param purposeOfUse the purpose stated, may be {@code null}
	 * @param criteria criteria by name, may be {@code null}
	 * @return the facts
	 */
	/**
	 * What a record that names agency records only carries (an alert, a browsing flag).
	 * @param purposeOfUse the purpose stated, or null
	 * @param agencyRecordIds the agency records concerned
	 * @return the facts
	 */
	public static Disclosed records(String purposeOfUse, List<String> agencyRecordIds) {
		return new Disclosed(purposeOfUse, null, null, agencyRecordIds, null, null, null, false, false, null);
	}

	/**
	 * What a record that names criteria only carries.
	 * @param purposeOfUse the purpose stated, or null
	 * @param criteria the criteria, as the trail keeps them
	 * @return the facts
	 */
	public static Disclosed criteria(String purposeOfUse, Map<String, String> criteria) {
		return new Disclosed(purposeOfUse, criteria, null, null, null, null, null, false, false, null);
	}

	/**
	 * The same facts with each criterion and handle replaced by its protected form and
	 * the people given as keyed hashes.
	 * @param criterion the protected value of a criterion, given its name and value
	 * @param handle the protected form of a person handle
	 * @param hashedPersonKeys the people, as keyed hashes
	 * @return the protected facts
	 */
	public Disclosed protect(BiFunction<String, String, String> criterion, UnaryOperator<String> handle,
			List<String> hashedPersonKeys) {
		Map<String, String> protectedCriteria = new TreeMap<>();
		this.criteria.forEach((name, value) -> protectedCriteria.put(name, criterion.apply(name, value)));
		return new Disclosed(this.purposeOfUse, protectedCriteria, this.personHandles.stream().map(handle).toList(),
				this.agencyRecordIds, hashedPersonKeys, this.fieldGroupsDisclosed, this.fieldGroupsWithheld,
				this.familyViolenceRestricted, this.federalTaxInformationDisclosed, this.sourceOutcomes);
	}

	/**
	 * The same facts with other people.
	 * @param hashedPersonKeys the people, as keyed hashes
	 * @return the facts
	 */
	public Disclosed withPersonKeys(List<String> hashedPersonKeys) {
		return new Disclosed(this.purposeOfUse, this.criteria, this.personHandles, this.agencyRecordIds,
				hashedPersonKeys, this.fieldGroupsDisclosed, this.fieldGroupsWithheld, this.familyViolenceRestricted,
				this.federalTaxInformationDisclosed, this.sourceOutcomes);
	}

	private static List<String> copy(List<String> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	private static Map<String, String> copy(Map<String, String> map) {
		if (map == null) {
			return Map.of();
		}
		map.forEach((key, value) -> Objects.requireNonNull(value, key));
		return Collections.unmodifiableMap(new TreeMap<>(map));
	}

}
