package org.casebridge.connector.locate.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.casebridge.connector.Source;
import org.casebridge.connector.http.MalformedPayload;
import org.casebridge.connector.model.Address;
import org.casebridge.connector.model.DriverRecord;
import org.casebridge.connector.model.Employment;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.QuarterlyWage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps one page of a subject's records. Each item carries its own record id and the day
 * its registry reported it, which become that value's provenance. Addresses the DMV
 * reported are of kind {@code DMV}, so a worker can tell a licence address from a
 * residence reported elsewhere.
 */
final class RecordMapping {

	private static final Logger logger = LoggerFactory.getLogger(RecordMapping.class);

	private static final Pattern CODE = Pattern.compile("[A-Z_]{1,32}");

	private RecordMapping() {
	}

	static RecordsPage page(LocateWire.RecordPage wire, String subjectKey, int requestedPage, int maxPages,
			Instant retrievedAt) {
		int totalPages = PageCount.check(wire.page(), wire.totalPages(), requestedPage, maxPages);
		PersonRecord subject = subject(wire.subject(), subjectKey, requestedPage, retrievedAt);
		if (wire.items() == null) {
			throw new MalformedPayload("a records page without items");
		}
		RecordsPage page = new RecordsPage(subject, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), totalPages);
		for (LocateWire.Item item : wire.items()) {
			add(page, item, retrievedAt);
		}
		return page;
	}

	private static PersonRecord subject(LocateWire.Subject wire, String subjectKey, int requestedPage,
			Instant retrievedAt) {
		if (wire == null) {
			if (requestedPage == 0) {
				throw new MalformedPayload("a records page without its subject");
			}
			return null;
		}
		PersonRecord subject = SubjectMapping.person(wire, retrievedAt);
		if (!subjectKey.equals(subject.agencyPersonId())) {
			throw new MalformedPayload("records of a different subject than was asked for");
		}
		return subject;
	}

	private static void add(RecordsPage page, LocateWire.Item item, Instant retrievedAt) {
		if (item == null) {
			throw new MalformedPayload("a null item in items");
		}
		String type = String.valueOf(WireValues.text(item.type())).toUpperCase(Locale.ROOT);
		if (!List.of("ADDRESS", "EMPLOYER", "WAGE", "DRIVER").contains(type)) {
			logger.debug("Ignored a locate record of unknown type {}", CODE.matcher(type).matches() ? type : "?");
			return;
		}
		String recordId = WireValues.required(item.recordId(), "recordId");
		Provenance provenance = new Provenance(Source.LOCATE, recordId,
				WireValues.startOfDay(item.reported(), "reported"), retrievedAt);
		boolean fromDmv = "DMV".equalsIgnoreCase(WireValues.text(item.source()));
		switch (type) {
			case "ADDRESS" -> page.addresses()
				.add(address(provenance, fromDmv ? "DMV" : "RESIDENTIAL", present(item.address(), "address")));
			case "EMPLOYER" -> page.employers().add(employment(provenance, present(item.employer(), "employer")));
			case "WAGE" -> page.wages().add(wage(provenance, present(item.wage(), "wage")));
			default -> page.driverRecords().add(driver(provenance, present(item.driver(), "driver")));
		}
	}

	private static Employment employment(Provenance provenance, LocateWire.Employer wire) {
		return new Employment(provenance, WireValues.text(wire.name()), WireValues.text(wire.ein()),
				WireValues.date(wire.hired(), WireValues.BASIC_DATE, "employer.hired"),
				WireValues.date(wire.separated(), WireValues.BASIC_DATE, "employer.separated"),
				(wire.address() != null) ? address(provenance, "EMPLOYER", wire.address()) : null);
	}

	private static QuarterlyWage wage(Provenance provenance, LocateWire.Wage wire) {
		return new QuarterlyWage(provenance, WireValues.text(wire.quarter()), WireValues.text(wire.employer()),
				WireValues.text(wire.ein()), WireValues.amount(wire.amount(), "wage.amount"));
	}

	private static DriverRecord driver(Provenance provenance, LocateWire.Driver wire) {
		return new DriverRecord(provenance, WireValues.text(wire.license()), WireValues.text(wire.state()),
				WireValues.text(wire.status()),
				WireValues.date(wire.expires(), WireValues.BASIC_DATE, "driver.expires"),
				(wire.address() != null) ? address(provenance, "DMV", wire.address()) : null);
	}

	private static Address address(Provenance provenance, String kind, LocateWire.PostalAddress wire) {
		return new Address(provenance, kind, WireValues.text(wire.line1()), WireValues.text(wire.line2()),
				WireValues.text(wire.city()), WireValues.text(wire.state()), WireValues.text(wire.zip()), null);
	}

	private static <T> T present(T value, String field) {
		if (value == null) {
			throw new MalformedPayload("a record without " + field);
		}
		return value;
	}

	/**
	 * A mapped page of records; {@code subject} is null on later pages that do not repeat
	 * it.
	 */
	record RecordsPage(PersonRecord subject, List<Address> addresses, List<Employment> employers,
			List<QuarterlyWage> wages, List<DriverRecord> driverRecords, int totalPages) {
	}

}
