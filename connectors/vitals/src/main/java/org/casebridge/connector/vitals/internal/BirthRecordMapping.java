package org.casebridge.connector.vitals.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import org.casebridge.connector.Source;
import org.casebridge.connector.http.MalformedPayload;
import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.Provenance;

/**
 * A birth record and its paternity as a canonical paternity record, attributed to the
 * birth certificate. A record without paternity has no method and no alleged fathers.
 */
final class BirthRecordMapping {

	private BirthRecordMapping() {
	}

	static List<PaternityRecord> records(Element response, Instant retrievedAt) {
		List<PaternityRecord> records = new ArrayList<>();
		for (Element birth : Xml.children(response, "BirthRecord")) {
			records.add(record(birth, retrievedAt));
		}
		return records;
	}

	private static PaternityRecord record(Element birth, Instant retrievedAt) {
		String certificate = Xml.text(birth, "CertificateNumber");
		if (certificate == null) {
			throw new MalformedPayload("a birth record without a CertificateNumber");
		}
		Element child = Xml.child(birth, "Child");
		Element mother = Xml.child(birth, "Mother");
		Element father = Xml.child(birth, "LegalFather");
		Element paternity = Xml.child(birth, "Paternity");
		return new PaternityRecord(
				new Provenance(Source.VITALS, certificate, WireValues.timestamp(Xml.text(birth, "LastModified")),
						retrievedAt),
				certificate, text(child, "RegistrantId"), text(child, "Name"),
				WireValues.date(text(child, "BirthDate")), text(mother, "Name"), text(mother, "RegistrantId"),
				text(father, "Name"), text(father, "RegistrantId"), VitalsCodes.method(text(paternity, "Method")),
				WireValues.date(text(paternity, "EstablishedDate")), WireValues.date(text(paternity, "VapSignedDate")),
				WireValues.date(text(paternity, "VapRescissionDeadline")),
				WireValues.date(text(paternity, "VapRescindedDate")), allegedFathers(paternity),
				geneticTests(paternity), conflicts(paternity));
	}

	private static List<PaternityRecord.AllegedFather> allegedFathers(Element paternity) {
		List<PaternityRecord.AllegedFather> fathers = new ArrayList<>();
		for (Element father : children(paternity, "AllegedFather")) {
			fathers.add(new PaternityRecord.AllegedFather(Xml.text(father, "RegistrantId"), Xml.text(father, "Name"),
					Xml.text(father, "Basis")));
		}
		return fathers;
	}

	private static List<PaternityRecord.GeneticTest> geneticTests(Element paternity) {
		List<PaternityRecord.GeneticTest> tests = new ArrayList<>();
		for (Element test : children(paternity, "GeneticTest")) {
			tests.add(new PaternityRecord.GeneticTest(Xml.text(test, "TestId"), Xml.text(test, "AllegedFatherId"),
					WireValues.date(Xml.text(test, "TestDate")), Xml.text(test, "Result"),
					WireValues.probability(Xml.text(test, "Probability"))));
		}
		return tests;
	}

	private static List<String> conflicts(Element paternity) {
		List<String> conflicts = new ArrayList<>();
		for (Element conflict : children(paternity, "Conflict")) {
			String text = Xml.text(conflict);
			if (text != null) {
				conflicts.add(text);
			}
		}
		return conflicts;
	}

	/** Text of a child of an optional element: an absent part has no values. */
	private static String text(Element parent, String localName) {
		return (parent != null) ? Xml.text(parent, localName) : null;
	}

	private static List<Element> children(Element parent, String localName) {
		return (parent != null) ? Xml.children(parent, localName) : List.of();
	}

}
