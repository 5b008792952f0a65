package org.casebridge.gateway.disclosure;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;

/**
 * One identity key of a person an operation disclosed: an agency's record id, an SSN, a
 * name with a date of birth, or a case number. Held in memory for the request only; the
 * audit trail keeps a keyed hash of it, so that every access to a person can be found
 * whatever handle, search or caller reached them, without the trail holding the key
 * itself. Values are normalised so the same person gives the same key whichever agency's
 * record it came from.
 *
 * @param kind {@code record}, {@code ssn}, {@code nameDob} or {@code case}
 * @param value the normalised value
 */
public record PersonKey(String kind, String value) {

	/** Kind of a key holding an agency's person record id, as {@code source:id}. */
	public static final String AGENCY_RECORD = "record";

	/** Kind of a key holding an SSN (nine digits). */
	public static final String SSN = "ssn";

	/** Kind of a key holding a family name, a given name and a date of birth. */
	public static final String NAME_AND_DATE_OF_BIRTH = "nameDob";

	/** Kind of a key holding an agency case number. */
	public static final String CASE_NUMBER = "case";

	/**
	 * The key of an agency's record of a person.
	 * @param source the agency's source id, e.g. {@code support}
	 * @param recordId the agency's id of the person
	 * @return the key
	 */
	public static PersonKey agencyRecord(String source, String recordId) {
		return new PersonKey(AGENCY_RECORD, source + ":" + recordId);
	}

	/**
	 * The key of an SSN, if it is one.
	 * @param ssn nine digits, dashes and spaces ignored; may be null
	 * @return the key, or empty for no SSN
	 */
	public static Optional<PersonKey> ssn(String ssn) {
		if (ssn == null) {
			return Optional.empty();
		}
		String digits = ssn.replaceAll("[\\s-]", "");
		return digits.matches("\\d{9}") ? Optional.of(new PersonKey(SSN, digits)) : Optional.empty();
	}

	/**
	 * The key of a name with a date of birth, if both are known.
	 * @param lastName the family name
	 * @param firstName the given name
	 * @param dateOfBirth the date of birth
	 * @return the key, or empty when a part is missing
	 */
	public static Optional<PersonKey> nameAndDateOfBirth(String lastName, String firstName, LocalDate dateOfBirth) {
		if (lastName == null || lastName.isBlank() || firstName == null || firstName.isBlank() || dateOfBirth == null) {
			return Optional.empty();
		}
		return Optional.of(new PersonKey(NAME_AND_DATE_OF_BIRTH,
				normalise(lastName) + "|" + normalise(firstName) + "|" + dateOfBirth));
	}

	/**
	 * The key of a case number, whichever agency issued it.
	 * @param caseNumber the case number; may be null
	 * @return the key, or empty for none
	 */
	public static Optional<PersonKey> caseNumber(String caseNumber) {
		if (caseNumber == null || caseNumber.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new PersonKey(CASE_NUMBER, caseNumber.trim().toUpperCase(Locale.ROOT)));
	}

	/**
	 * Every key an agency's record of a person carries: its id, its SSN, each of its
	 * names (legal, alias, maiden) with its date of birth, and its case numbers.
	 * @param record the agency's record
	 * @return the keys, without duplicates
	 */
	public static List<PersonKey> of(PersonRecord record) {
		Set<PersonKey> keys = new LinkedHashSet<>();
		keys.add(agencyRecord(record.provenance().source().id(), record.agencyPersonId()));
		ssn(record.ssn()).ifPresent(keys::add);
		for (PersonName name : record.names()) {
			nameAndDateOfBirth(name.last(), name.first(), record.dateOfBirth()).ifPresent(keys::add);
		}
		record.caseNumbers().forEach((caseNumber) -> caseNumber(caseNumber).ifPresent(keys::add));
		return List.copyOf(keys);
	}

	/** NFKC, upper case, single spaces: the normalisation of the audit's name hashes. */
	static String normalise(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKC).trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		// never the value: it is personal data
		return "PersonKey[" + this.kind + "]";
	}

}
