package org.casebridge.simulator.internal.population;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One thing the locate service learned about a subject, from one source, on one day. */
public sealed interface LocateRecord {

	String recordId();

	/** NDNH, SWA or DMV. */
	String source();

	LocalDate reported();

	record AddressSeen(String recordId, String source, LocalDate reported, Address address) implements LocateRecord {

	}

	/** A new hire; {@code separated} null while the job lasts. */
	record Hire(String recordId, String source, LocalDate reported, Employer employer, LocalDate hired,
			LocalDate separated) implements LocateRecord {

	}

	/** {@code quarter} like 2026Q3. */
	record QuarterlyWage(String recordId, String source, LocalDate reported, String quarter, Employer employer,
			BigDecimal amount) implements LocateRecord {

	}

	/** {@code status}: VALID, SUSPENDED, EXPIRED. */
	record DriverLicense(String recordId, String source, LocalDate reported, String license, String state,
			String status, LocalDate expires, Address address) implements LocateRecord {

	}

}
