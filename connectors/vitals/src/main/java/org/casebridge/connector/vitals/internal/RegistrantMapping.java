package org.casebridge.connector.vitals.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import org.casebridge.connector.Source;
import org.casebridge.connector.http.MalformedPayload;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Provenance;

/**
 * A registrant as a canonical person record: the legal name, and the maiden surname as an
 * extra {@code MAIDEN} name with the same given names. The registry records no estimated
 * dates of birth and no family-violence flag.
 */
final class RegistrantMapping {

	private RegistrantMapping() {
	}

	static List<PersonRecord> people(Element response, Instant retrievedAt) {
		List<PersonRecord> people = new ArrayList<>();
		for (Element registrant : Xml.children(response, "Registrant")) {
			people.add(person(registrant, retrievedAt));
		}
		return people;
	}

	static PersonRecord person(Element registrant, Instant retrievedAt) {
		String id = Xml.text(registrant, "RegistrantId");
		if (id == null) {
			throw new MalformedPayload("a registrant without a RegistrantId");
		}
		List<String> certificates = new ArrayList<>();
		for (Element certificate : Xml.children(registrant, "Certificate")) {
			String number = Xml.text(certificate);
			if (number != null) {
				certificates.add(number);
			}
		}
		return new PersonRecord(
				new Provenance(Source.VITALS, id, WireValues.timestamp(Xml.text(registrant, "LastModified")),
						retrievedAt),
				id, names(registrant), WireValues.date(Xml.text(registrant, "BirthDate")), false,
				WireValues.ssn(Xml.text(registrant, "SSN")), VitalsCodes.sex(Xml.text(registrant, "Sex")),
				WireValues.date(Xml.text(registrant, "DeathDate")), false, certificates);
	}

	private static List<PersonName> names(Element registrant) {
		String given = Xml.text(registrant, "GivenName");
		String middle = Xml.text(registrant, "MiddleName");
		String surname = Xml.text(registrant, "Surname");
		String maiden = Xml.text(registrant, "MaidenSurname");
		List<PersonName> names = new ArrayList<>();
		if (given != null || middle != null || surname != null) {
			names.add(new PersonName(given, middle, surname, PersonName.Kind.LEGAL));
		}
		if (maiden != null) {
			names.add(new PersonName(given, middle, maiden, PersonName.Kind.MAIDEN));
		}
		return names;
	}

}
