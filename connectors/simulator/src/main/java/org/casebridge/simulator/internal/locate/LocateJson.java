package org.casebridge.simulator.internal.locate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casebridge.simulator.SyntheticPerson.Sex;
import org.casebridge.simulator.internal.http.Inputs;
import org.casebridge.simulator.internal.http.Json;
import org.casebridge.simulator.internal.population.Address;
import org.casebridge.simulator.internal.population.Identity;
import org.casebridge.simulator.internal.population.LocateRecord;
import org.casebridge.simulator.internal.population.LocateRecord.AddressSeen;
import org.casebridge.simulator.internal.population.LocateRecord.DriverLicense;
import org.casebridge.simulator.internal.population.LocateRecord.Hire;
import org.casebridge.simulator.internal.population.LocateRecord.QuarterlyWage;
import org.casebridge.simulator.internal.population.Match;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Subjects and their records in the locate service's JSON. */
final class LocateJson {

	private static final List<String> SOURCE_ORDER = List.of("NDNH", "SWA", "DMV");

	private LocateJson() {
	}

	/** {@code sources} and {@code lastSeen} summarize {@code history}. */
	static ObjectNode subject(Match match, List<LocateRecord> history) {
		Identity identity = match.identity();
		ObjectNode subject = Json.object()
			.put("subjectKey", identity.recordId())
			.put("ssn", identity.ssn())
			.put("surname", identity.last())
			.put("given", identity.first())
			.put("middle", identity.middle())
			.put("dob", date(identity.dateOfBirth()))
			.put("sex", (match.person().truth().sex() == Sex.FEMALE) ? "F" : "M");
		Set<String> seen = new LinkedHashSet<>();
		history.forEach((record) -> seen.add(record.source()));
		ArrayNode sources = subject.putArray("sources");
		SOURCE_ORDER.stream().filter(seen::contains).forEach(sources::add);
		LocalDate lastSeen = history.isEmpty() ? identity.updated().atZone(ZoneOffset.UTC).toLocalDate()
				: history.get(0).reported();
		subject.put("lastSeen", lastSeen + "T00:00:00Z");
		return subject;
	}

	static ObjectNode record(LocateRecord record) {
		ObjectNode json = Json.object();
		if (record instanceof AddressSeen seen) {
			head(json, "ADDRESS", record).set("address", address(seen.address()));
		}
		else if (record instanceof Hire hire) {
			ObjectNode employer = head(json, "EMPLOYER", record).putObject("employer")
				.put("name", hire.employer().name())
				.put("ein", hire.employer().ein())
				.put("hired", date(hire.hired()))
				.put("separated", date(hire.separated()));
			employer.set("address", address(hire.employer().address()));
		}
		else if (record instanceof QuarterlyWage wage) {
			head(json, "WAGE", record).putObject("wage")
				.put("quarter", wage.quarter())
				.put("employer", wage.employer().name())
				.put("ein", wage.employer().ein())
				.put("amount", wage.amount().toPlainString());
		}
		else if (record instanceof DriverLicense license) {
			ObjectNode driver = head(json, "DRIVER", record).putObject("driver")
				.put("license", license.license())
				.put("state", license.state())
				.put("status", license.status())
				.put("expires", date(license.expires()));
			driver.set("address", address(license.address()));
		}
		return json;
	}

	private static ObjectNode head(ObjectNode json, String type, LocateRecord record) {
		return json.put("type", type)
			.put("recordId", record.recordId())
			.put("source", record.source())
			.put("reported", date(record.reported()));
	}

	private static ObjectNode address(Address address) {
		return Json.object()
			.put("line1", address.street())
			.put("line2", address.unit())
			.put("city", address.city())
			.put("state", address.state())
			.put("zip", address.zip());
	}

	private static String date(LocalDate date) {
		return (date == null) ? null : Inputs.COMPACT_DATE.format(date);
	}

}
