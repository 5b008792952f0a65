package org.casebridge.gateway.access.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One path from {@code PersonView} to a value of one field group, and the field groups
 * met on the way (a nested group is shown only if every group above it is).
 *
 * @param id a short name used in aliases
 * @param steps the fields from the view down to the value
 * @param full the value as the agency holds it
 * @param masked how it reads when its group is masked (or null if it has no masked form)
 */
record Probe(String id, List<Step> steps, String full, UnaryOperator<String> masked) {

	/** One field; {@code group} is set where the schema marks the field with a group. */
	record Step(String field, String group) {
	}

	static Probe of(String id, String full, String... path) {
		List<Step> steps = new ArrayList<>();
		for (String part : path) {
			int at = part.indexOf('@');
			steps.add((at < 0) ? new Step(part, null) : new Step(part.substring(0, at), part.substring(at + 1)));
		}
		return new Probe(id, steps, full, null);
	}

	Probe maskedAs(String value) {
		return new Probe(this.id, this.steps, this.full, (v) -> value);
	}

	/** The groups on the path, outermost first. */
	List<String> groups() {
		return this.steps.stream().map(Step::group).filter((g) -> g != null).toList();
	}

	/** The person view's probes: every field group, some nested in others. */
	static List<Probe> personView() {
		return List.of(Probe.of("nm", "Rivera", "identity", "names@identity.name", "last"),
				Probe.of("rn", "Jose Rivera", "identity", "records", "name@identity.name"),
				Probe.of("db", "1985-03-02", "identity", "datesOfBirth@identity.dob", "value").maskedAs("1985"),
				Probe.of("rd", "1985-03-02", "identity", "records", "dateOfBirth@identity.dob").maskedAs("1985"),
				Probe.of("sn", "900123456", "identity", "ssns@identity.ssn", "value").maskedAs("***-**-3456"),
				Probe.of("sx", "MALE", "identity", "sexes@identity.demographics", "value"),
				Probe.of("cs", "CS-2019-004512", "support@support.case", "caseNumber"),
				Probe.of("pt", "NONCUSTODIAL_PARENT", "support@support.case", "participants", "role"),
				Probe.of("or", "412.00", "support@support.case", "order@support.order", "amount"),
				Probe.of("py", "P-88123", "support@support.case", "payments@support.financial", "paymentId"),
				Probe.of("ar", "1200.50", "support@support.case", "arrears@support.financial", "family"),
				Probe.of("tx", "P-88999", "support@support.case", "taxOffsets@support.fti", "paymentId"),
				Probe.of("ds", "D-88123", "support@support.case", "disbursements@support.financial", "disbursementId"),
				Probe.of("td", "D-88999", "support@support.case", "taxOffsetDisbursements@support.fti",
						"disbursementId"),
				Probe.of("sw", "801-555-0142", "support@support.case", "worker@worker.contact", "phone"),
				Probe.of("pa", "B-2018-0012345", "paternity@paternity", "birthCertificateNumber"),
				Probe.of("pd", "2018-05-06", "paternity@paternity", "childDateOfBirth@identity.dob").maskedAs("2018"),
				Probe.of("ep", "EP-000187-1", "placements@placement.episode", "episodeId"),
				Probe.of("pl", "Provo", "placements@placement.episode", "placements", "address@placement.location",
						"city"),
				Probe.of("pv", "Gonzales kinship home", "placements@placement.episode", "placements",
						"providerName@placement.location"),
				Probe.of("ww", "801-555-0199", "placements@placement.episode", "worker@worker.contact", "phone"),
				Probe.of("ad", "Ogden", "locate", "addresses@locate.address", "city"),
				Probe.of("em", "Wasatch Freight LLC", "locate", "employers@locate.employer", "employerName"),
				Probe.of("wg", "9120.00", "locate", "wages@locate.wages", "amount"),
				Probe.of("we", "Wasatch Freight LLC", "locate", "wages@locate.wages", "employerName@locate.employer"),
				Probe.of("dr", "VALID", "locate", "driverRecords@locate.driver", "status"),
				Probe.of("da", "Ogden", "locate", "driverRecords@locate.driver", "address@locate.address", "city"));
	}

	/** The search result's probes. */
	static List<Probe> searchResult() {
		return List.of(Probe.of("dn", "Jose Rivera", "candidates", "displayName@identity.name"),
				Probe.of("cd", "1985-03-02", "candidates", "dateOfBirth@identity.dob").maskedAs("1985"),
				Probe.of("cr", "Jose Rivera", "candidates", "records", "name@identity.name"),
				Probe.of("ce", "false", "candidates", "records", "dateOfBirthEstimated@identity.dob"));
	}

}
