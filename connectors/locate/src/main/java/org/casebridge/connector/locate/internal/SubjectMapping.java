package org.casebridge.connector.locate.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casebridge.connector.Source;
import org.casebridge.connector.http.MalformedPayload;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.Sex;

/**
 * Maps a locate subject into a canonical person record. The locate service keeps no case
 * numbers and no family violence indicator: that indicator comes from child support and
 * is applied to the person, whatever this source says.
 */
final class SubjectMapping {

	private SubjectMapping() {
	}

	/** One page of a search, each subject mapped. */
	static SubjectsPage page(LocateWire.SubjectPage wire, int requestedPage, int maxPages, Instant retrievedAt) {
		int totalPages = PageCount.check(wire.page(), wire.totalPages(), requestedPage, maxPages);
		if (wire.items() == null) {
			throw new MalformedPayload("a search page without items");
		}
		List<PersonRecord> people = new ArrayList<>(wire.items().size());
		for (LocateWire.Subject subject : wire.items()) {
			people.add(person(subject, retrievedAt));
		}
		return new SubjectsPage(people, totalPages);
	}

	static PersonRecord person(LocateWire.Subject subject, Instant retrievedAt) {
		if (subject == null) {
			throw new MalformedPayload("a null subject");
		}
		String key = WireValues.required(subject.subjectKey(), "subjectKey");
		Provenance provenance = new Provenance(Source.LOCATE, key, WireValues.timestamp(subject.lastSeen(), "lastSeen"),
				retrievedAt);
		return new PersonRecord(provenance, key, names(subject),
				WireValues.date(subject.dob(), WireValues.BASIC_DATE, "dob"), false, WireValues.ssn(subject.ssn()),
				sex(subject.sex()), null, false, List.of());
	}

	private static List<PersonName> names(LocateWire.Subject subject) {
		String given = WireValues.text(subject.given());
		String middle = WireValues.text(subject.middle());
		String surname = WireValues.text(subject.surname());
		if (given == null && middle == null && surname == null) {
			return List.of();
		}
		return List.of(new PersonName(given, middle, surname, PersonName.Kind.LEGAL));
	}

	private static Sex sex(String sex) {
		String code = WireValues.text(sex);
		if (code == null) {
			return Sex.UNKNOWN;
		}
		return switch (code.toUpperCase(Locale.ROOT)) {
			case "F" -> Sex.FEMALE;
			case "M" -> Sex.MALE;
			default -> Sex.UNKNOWN;
		};
	}

	/** A mapped search page and how many pages the agency says there are. */
	record SubjectsPage(List<PersonRecord> people, int totalPages) {
	}

}
