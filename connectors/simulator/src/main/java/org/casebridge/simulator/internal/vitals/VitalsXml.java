package org.casebridge.simulator.internal.vitals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.SyntheticPerson.Sex;
import org.casebridge.simulator.internal.http.Inputs;
import org.casebridge.simulator.internal.population.Birth;
import org.casebridge.simulator.internal.population.Family;
import org.casebridge.simulator.internal.population.Identity;
import org.casebridge.simulator.internal.population.Identity.Alias.Kind;
import org.casebridge.simulator.internal.population.Match;
import org.casebridge.simulator.internal.population.Paternity;
import org.casebridge.simulator.internal.population.Paternity.AllegedFather;
import org.casebridge.simulator.internal.population.Paternity.GeneticTest;
import org.casebridge.simulator.internal.population.Person;

/** Registrants and birth records in the registry's XML. */
final class VitalsXml {

	private VitalsXml() {
	}

	/**
	 * {@code Certificate} is the registrant's own birth certificate, or for a parent the
	 * newest birth they appear on; empty when there is none.
	 */
	static void registrant(StringBuilder xml, Match match) {
		Identity identity = match.identity();
		String maiden = identity.aliases()
			.stream()
			.filter((alias) -> alias.kind() == Kind.MAIDEN)
			.map(Identity.Alias::last)
			.findFirst()
			.orElse(null);
		xml.append("<v:Registrant>");
		Soap.element(xml, "RegistrantId", identity.recordId());
		Soap.element(xml, "Surname", identity.last());
		Soap.element(xml, "GivenName", identity.first());
		Soap.element(xml, "MiddleName", identity.middle());
		Soap.element(xml, "MaidenSurname", maiden);
		Soap.element(xml, "BirthDate", date(identity.dateOfBirth()));
		Soap.element(xml, "SSN", identity.ssn());
		Soap.element(xml, "Sex", (match.person().truth().sex() == Sex.FEMALE) ? "F" : "M");
		Soap.element(xml, "DeathDate", date(match.person().deathDate()));
		Soap.element(xml, "Certificate", identity.caseNumbers().isEmpty() ? null : identity.caseNumbers().get(0));
		Soap.element(xml, "LastModified", timestamp(identity.updated()));
		xml.append("</v:Registrant>");
	}

	static void birthRecord(StringBuilder xml, Birth birth, Family family) {
		xml.append("<v:BirthRecord>");
		Soap.element(xml, "CertificateNumber", birth.certificate());
		xml.append("<v:Child>");
		Soap.element(xml, "RegistrantId", id(birth.child(), family));
		Soap.element(xml, "Name", name(birth.child(), family));
		Soap.element(xml, "BirthDate", date(birth.child().truth().dateOfBirth()));
		xml.append("</v:Child>");
		party(xml, "Mother", birth.mother(), family);
		party(xml, "LegalFather", birth.legalFather(), family);
		Paternity paternity = birth.paternity();
		xml.append("<v:Paternity>");
		Soap.element(xml, "Method", paternity.method().name());
		Soap.element(xml, "EstablishedDate", date(paternity.established()));
		Soap.element(xml, "VapSignedDate", date(paternity.vapSigned()));
		Soap.element(xml, "VapRescissionDeadline", date(paternity.vapRescissionDeadline()));
		Soap.element(xml, "VapRescindedDate", date(paternity.vapRescinded()));
		for (AllegedFather alleged : paternity.allegedFathers()) {
			xml.append("<v:AllegedFather>");
			Soap.element(xml, "RegistrantId", id(alleged.person(), family));
			Soap.element(xml, "Name", name(alleged.person(), family));
			Soap.element(xml, "Basis", alleged.basis());
			xml.append("</v:AllegedFather>");
		}
		for (GeneticTest test : paternity.geneticTests()) {
			xml.append("<v:GeneticTest>");
			Soap.element(xml, "TestId", test.testId());
			Soap.element(xml, "AllegedFatherId", id(test.allegedFather(), family));
			Soap.element(xml, "TestDate", date(test.tested()));
			Soap.element(xml, "Result", test.result());
			Soap.element(xml, "Probability", test.probability());
			xml.append("</v:GeneticTest>");
		}
		paternity.conflicts().forEach((conflict) -> Soap.element(xml, "Conflict", conflict));
		xml.append("</v:Paternity>");
		Soap.element(xml, "LastModified", timestamp(birth.modified()));
		xml.append("</v:BirthRecord>");
	}

	/**
	 * {@code <v:role>} with the person's id and name, or {@code <v:role/>} when there is
	 * none.
	 */
	private static void party(StringBuilder xml, String role, Person person, Family family) {
		if (person == null) {
			xml.append("<v:").append(role).append("/>");
			return;
		}
		xml.append("<v:").append(role).append('>');
		Soap.element(xml, "RegistrantId", id(person, family));
		Soap.element(xml, "Name", name(person, family));
		xml.append("</v:").append(role).append('>');
	}

	private static String id(Person person, Family family) {
		return family.identity(person, Agency.VITALS).recordId();
	}

	private static String name(Person person, Family family) {
		return family.identity(person, Agency.VITALS).fullName();
	}

	private static String date(LocalDate date) {
		return (date == null) ? null : Inputs.COMPACT_DATE.format(date);
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
