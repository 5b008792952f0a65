package org.casebridge.connector.welfare.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.casebridge.connector.Source;
import org.casebridge.connector.http.MalformedPayload;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Provenance;

/**
 * A CCWIS person as a canonical person record. Names stay as the agency holds them (upper
 * case); the gateway normalises names for matching and display.
 */
final class PersonMapping {

	private PersonMapping() {
	}

	static List<PersonRecord> people(WelfareWire.SearchAnswer answer, Instant retrievedAt) {
		if (answer.results() == null) {
			throw new MalformedPayload("no results list");
		}
		List<PersonRecord> people = new ArrayList<>(answer.results().size());
		for (WelfareWire.Person person : answer.results()) {
			if (person == null) {
				throw new MalformedPayload("an empty result");
			}
			people.add(person(person, retrievedAt));
		}
		return people;
	}

	static PersonRecord person(WelfareWire.Person person, Instant retrievedAt) {
		if (person.personId() == null || person.personId() < 0) {
			throw new MalformedPayload("a person without a person_id");
		}
		if (person.dvFlag() == null) {
			// A missing family-violence flag must not read as "no risk".
			throw new MalformedPayload("a person without dv_flag");
		}
		String id = WireValues.id(person.personId());
		return new PersonRecord(
				new Provenance(Source.WELFARE, id, WireValues.epochMillis(person.updatedTs()), retrievedAt), id,
				names(person), WireValues.date(person.dob()), Boolean.TRUE.equals(person.dobEstimated()),
				WireValues.ssn(person.ssn()), WelfareCodes.sex(person.sexCd()), null, person.dvFlag(),
				caseNumbers(person.caseIds()));
	}

	private static List<PersonName> names(WelfareWire.Person person) {
		List<PersonName> names = new ArrayList<>();
		add(names, new PersonName(WireValues.text(person.firstNm()), WireValues.text(person.middleNm()),
				WireValues.text(person.lastNm()), PersonName.Kind.LEGAL));
		if (person.aka() != null) {
			for (WelfareWire.Aka aka : person.aka()) {
				if (aka != null) {
					add(names, new PersonName(WireValues.text(aka.firstNm()), null, WireValues.text(aka.lastNm()),
							PersonName.Kind.ALIAS));
				}
			}
		}
		return names;
	}

	private static void add(List<PersonName> names, PersonName name) {
		if (name.first() != null || name.middle() != null || name.last() != null) {
			names.add(name);
		}
	}

	private static List<String> caseNumbers(List<String> caseIds) {
		if (caseIds == null) {
			return List.of();
		}
		return caseIds.stream().map(WireValues::text).filter(Objects::nonNull).toList();
	}

}
