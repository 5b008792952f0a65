package org.casebridge.connector.locate.internal;

import java.util.List;

/**
 * The locate service's JSON, field for field as the agency names it. Every value stays a
 * string until it is mapped, so that a bad date or amount is reported as a bad payload
 * naming the field rather than as a generic parse failure.
 */
final class LocateWire {

	private LocateWire() {
	}

	/** One page of a subject search. */
	record SubjectPage(List<Subject> items, Integer page, Integer size, Integer totalPages) {
	}

	/** {@code sources} names the registries that know the subject (NDNH, SWA, DMV). */
	record Subject(String subjectKey, String ssn, String surname, String given, String middle, String dob, String sex,
			List<String> sources, String lastSeen) {
	}

	/** One page of a subject's records. */
	record RecordPage(Subject subject, List<Item> items, Integer page, Integer size, Integer totalPages) {
	}

	/**
	 * A record; {@code type} says which one of {@code address}, {@code employer},
	 * {@code wage} or {@code driver} it carries.
	 */
	record Item(String type, String recordId, String source, String reported, PostalAddress address, Employer employer,
			Wage wage, Driver driver) {
	}

	record PostalAddress(String line1, String line2, String city, String state, String zip) {
	}

	record Employer(String name, String ein, String hired, String separated, PostalAddress address) {
	}

	record Wage(String quarter, String employer, String ein, String amount) {
	}

	record Driver(String license, String state, String status, String expires, PostalAddress address) {
	}

	/** One page of the change feed; {@code since} is where the next read starts. */
	record Changes(List<Change> items, String since) {
	}

	/**
	 * A change: {@code type} NEW_HIRE or DMV_ADDRESS, the subject it is about, the record
	 * reported and its {@code effective} day (the hire date, or the day the DMV reported
	 * the address), signed over its fields in this order.
	 */
	record Change(String changeKey, String type, String subjectKey, String recordId, String effective, String loggedAt,
			String signature) {
	}

}
