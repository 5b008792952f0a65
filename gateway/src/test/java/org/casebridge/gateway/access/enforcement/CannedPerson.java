package org.casebridge.gateway.access.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceState;
import org.casebridge.connector.model.Address;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.CaseWorker;
import org.casebridge.connector.model.DriverRecord;
import org.casebridge.connector.model.Employment;
import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.QuarterlyWage;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.Sex;
import org.casebridge.connector.model.SupportCase;
import org.casebridge.gateway.access.PersonFacts;
import org.casebridge.gateway.identity.MatchKey;
import org.casebridge.gateway.identity.PersonHandle;
import org.casebridge.gateway.person.LocateSection;
import org.casebridge.gateway.person.PersonView;
import org.casebridge.gateway.person.Section;
import org.casebridge.gateway.search.SearchResult;
import org.casebridge.gateway.search.SourceStatusView;

/**
 * A synthetic father known to every agency, with a value in every field group: a support
 * case with an order, payments and an IRS offset; a child's birth; the child's removal
 * and placement; addresses, an employer, wages and a driver record.
 */
final class CannedPerson {

	static final LocalDate BIRTH = LocalDate.of(1985, 3, 2);

	static final String SSN = "900123456";

	private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	private CannedPerson() {
	}

	/**
	 * @param familyViolence whether one agency flags him with the Family Violence
	 * Indicator
	 * @param parent whether the welfare agency records him as the child's father
	 */
	static PersonView view(boolean familyViolence, boolean parent) {
		return view(familyViolence, parent, false);
	}

	/** The same case seen from the child's side: her records are the subject's. */
	static PersonView child() {
		return view(false, false, true);
	}

	/** The child's records by agency, as a handle to her carries them. */
	static Map<Source, String> childRecords() {
		return Map.of(Source.SUPPORT, "M0012350", Source.WELFARE, "1048590", Source.VITALS, "VR-00012350");
	}

	/**
	 * The father as a view for a child: {@code childRecords} as the child the caller
	 * named ({@code forChild}), or null when none was named.
	 */
	static PersonView forChild(boolean familyViolence, boolean parent, Map<Source, String> childRecords) {
		PersonView view = view(familyViolence, parent, false);
		PersonFacts facts = view.facts();
		return withFacts(view, new PersonFacts(facts.handle(), facts.subjects(), facts.support(), facts.placements(),
				facts.paternity(), facts.states(), facts.shown(), childRecords));
	}

	/** The view with one agency's answer replaced by a failure. */
	static PersonView withFailed(PersonView view, Source failed, SourceState state) {
		Map<Source, Section> sections = new java.util.EnumMap<>(view.sections());
		sections.put(failed, new Section(failed, state.name(), "time limit 2s"));
		Map<Source, SourceState> states = new java.util.EnumMap<>(view.facts().states());
		states.put(failed, state);
		PersonFacts facts = view.facts();
		List<PersonRecord> subjects = facts.subjects()
			.stream()
			.filter((r) -> r.provenance().source() != failed)
			.toList();
		java.util.Set<Source> shown = java.util.EnumSet.copyOf(facts.shown());
		shown.remove(failed);
		return new PersonView(view.handle(), view.identity(), view.support(), view.paternity(), view.placements(),
				new LocateSection(view.locate().data(), sections.get(Source.LOCATE)), view.sources(),
				view.possibleMatches(), sections, new PersonFacts(facts.handle(), subjects, facts.support(),
						facts.placements(), facts.paternity(), states, shown, facts.child()));
	}

	static PersonView withFacts(PersonView view, PersonFacts facts) {
		return new PersonView(view.handle(), view.identity(), view.support(), view.paternity(), view.placements(),
				view.locate(), view.sources(), view.possibleMatches(), view.sections(), facts);
	}

	private static PersonView view(boolean familyViolence, boolean parent, boolean child) {
		List<PersonRecord> records = child
				? List.of(record(Source.SUPPORT, "M0012350", false), record(Source.WELFARE, "1048590", false),
						record(Source.VITALS, "VR-00012350", false))
				: List.of(record(Source.SUPPORT, "M0012345", false), record(Source.WELFARE, "1048577", familyViolence),
						record(Source.VITALS, "VR-00012346", false), record(Source.LOCATE, "L-7f3a9c21", false));
		PersonView.Identity identity = new PersonView.Identity(
				List.of(new PersonView.SourcedName("Jose", null, "Rivera", "LEGAL", prov(Source.SUPPORT, "M0012345"))),
				List.of(new PersonView.SourcedDate(BIRTH, false, prov(Source.SUPPORT, "M0012345"))),
				List.of(new PersonView.SourcedText(SSN, prov(Source.SUPPORT, "M0012345"))),
				List.of(new PersonView.SourcedText("MALE", prov(Source.SUPPORT, "M0012345"))), List.of(),
				List.of(new SearchResult.AgencyRecordView(prov(Source.SUPPORT, "M0012345"), "Jose Rivera", BIRTH, false,
						List.of(), 1.0, List.of(), List.of())));
		SupportCase supportCase = new SupportCase(prov(Source.SUPPORT, "CS-2019-004512"), "CS-2019-004512",
				"FOSTER_CARE", "OPEN", LocalDate.of(2019, 2, 11),
				List.of(new SupportCase.Participant(parent ? "M0012345" : "M0019999", "Jose Rivera",
						"NONCUSTODIAL_PARENT"), new SupportCase.Participant("M0012350", "Mia Rivera", "CHILD")),
				new SupportCase.SupportOrder("ORD-55120", "JUDICIAL", new BigDecimal("412.00"), "MONTHLY", true,
						LocalDate.of(2019, 5, 1)),
				new SupportCase.Arrears(new BigDecimal("1200.50"), new BigDecimal("300.00"),
						LocalDate.of(2026, 10, 31)),
				List.of(new SupportCase.Payment("P-88123", LocalDate.of(2026, 10, 15), new BigDecimal("206.00"),
						"WAGE_WITHHOLDING"),
						new SupportCase.Payment("P-88999", LocalDate.of(2026, 4, 1), new BigDecimal("950.00"),
								"IRS_OFFSET")),
				List.of(new SupportCase.Disbursement("D-88123", LocalDate.of(2026, 10, 17), new BigDecimal("206.00"),
						"IV_E_AGENCY", "State Division of Child and Family Services", "P-88123"),
						new SupportCase.Disbursement("D-88999", LocalDate.of(2026, 4, 3), new BigDecimal("950.00"),
								"STATE", "State of Utah", "P-88999")),
				new SupportCase.RightsAssignment("FOSTER_CARE", LocalDate.of(2023, 3, 1)),
				new SupportCase.Referral("IV_E", LocalDate.of(2023, 3, 2)),
				new CaseWorker("Dana Whitfield", "Ogden Regional Office", "801-555-0142", "dw@support.example.gov"));
		PaternityRecord birth = new PaternityRecord(prov(Source.VITALS, "B-2018-0012345"), "B-2018-0012345",
				"VR-00012350", "Mia Rivera", LocalDate.of(2018, 5, 6), "Ana Rivera", "VR-00012345", "Jose Rivera",
				parent ? "VR-00012346" : "VR-00099999", "VAP", LocalDate.of(2018, 5, 7), LocalDate.of(2018, 5, 7),
				LocalDate.of(2018, 7, 6), null, List.of(), List.of(), List.of());
		RemovalEpisode episode = new RemovalEpisode(prov(Source.WELFARE, "EP-000187-1"), "EP-000187-1", "1048590",
				"Mia Rivera", LocalDate.of(2023, 2, 27), "NEGLECT",
				List.of(new RemovalEpisode.Placement(
						"PL-3301", "FOSTER_FAMILY_RELATIVE", LocalDate.of(2023, 2, 27), null,
						address(Source.WELFARE, "PLACEMENT", "118 N Cedar St", "Provo"), "Gonzales kinship home")),
				"REUNIFICATION", "STATE_AGENCY", List.of(), null,
				new RemovalEpisode.ReferralDecision("NONCUSTODIAL_PARENT", "Noncustodial parent able to pay",
						LocalDate.of(2023, 3, 10), LocalDate.of(2023, 9, 10)),
				null, null, new CaseWorker("Lee Tran", "Provo Office", "801-555-0199", "ltran@cfs.example.gov"),
				List.of(new RemovalEpisode.ParentLink(parent ? "1048577" : "1048999", "Jose Rivera",
						parent ? "FATHER" : "PUTATIVE_FATHER")));
		AgencyData.LocateData locate = new AgencyData.LocateData(
				List.of(address(Source.LOCATE, "RESIDENTIAL", "44 W 200 S", "Ogden")),
				List.of(new Employment(prov(Source.LOCATE, "N-2002"), "Wasatch Freight LLC", "87-1234567",
						LocalDate.of(2026, 8, 1), null,
						address(Source.LOCATE, "EMPLOYER", "9 Industrial Way", "Ogden"))),
				List.of(new QuarterlyWage(prov(Source.LOCATE, "W-3003"), "2026Q3", "Wasatch Freight LLC", "87-1234567",
						new BigDecimal("9120.00"))),
				List.of(new DriverRecord(prov(Source.LOCATE, "DL-4004"), "UT123456789", "UT", "VALID",
						LocalDate.of(2030, 4, 17), address(Source.LOCATE, "DMV", "44 W 200 S", "Ogden"))));
		List<SourceStatusView> sources = List.of(Source.values())
			.stream()
			.map((s) -> new SourceStatusView(s, SourceState.OK, null, 5, 1))
			.toList();
		Map<Source, Section> sections = new java.util.EnumMap<>(Source.class);
		Map<Source, SourceState> states = new java.util.EnumMap<>(Source.class);
		sources.forEach((status) -> {
			sections.put(status.source(), Section.of(status));
			states.put(status.source(), status.state());
		});
		Map<Source, String> ids = new java.util.EnumMap<>(Source.class);
		records.forEach((r) -> ids.put(r.provenance().source(), r.agencyPersonId()));
		PersonHandle handle = new PersonHandle(ids, SSN, "JOSE", "RIVERA", BIRTH, NOW);
		PersonFacts facts = new PersonFacts(handle, records, List.of(supportCase), List.of(episode), List.of(birth),
				states, java.util.EnumSet.allOf(Source.class), null);
		return new PersonView("handle-1", identity, List.of(supportCase), List.of(birth), List.of(episode),
				new LocateSection(locate, sections.get(Source.LOCATE)), sources, List.of(), sections, facts);
	}

	static SearchResult search() {
		return new SearchResult(List
			.of(new SearchResult.CandidateView("handle-1", "Jose Rivera", BIRTH, 1.0, List.of(MatchKey.SSN), List.of(),
					List.of(new SearchResult.AgencyRecordView(prov(Source.SUPPORT, "M0012345"), "Jose Rivera", BIRTH,
							false, List.of(), 1.0, List.of(), List.of())),
					1.0, "One record", List.of(), List.of())),
				false, List.of());
	}

	/**
	 * A flagged record that did not link but could be the person: the same date of birth
	 * and family name, a longer form of the given name and no SSN.
	 */
	static PersonRecord flaggedNearMiss(Source source) {
		return new PersonRecord(prov(source, "NM-1"), "NM-1",
				List.of(new PersonName("Joseph", null, "Rivera", PersonName.Kind.LEGAL)), BIRTH, false, null, Sex.MALE,
				null, true, List.of());
	}

	private static PersonRecord record(Source source, String id, boolean familyViolence) {
		return new PersonRecord(prov(source, id), id,
				List.of(new PersonName("Jose", null, "Rivera", PersonName.Kind.LEGAL)), BIRTH, false, SSN, Sex.MALE,
				null, familyViolence, List.of());
	}

	private static Address address(Source source, String kind, String line1, String city) {
		return new Address(prov(source, "A-" + city), kind, line1, null, city, "UT", "84401", null);
	}

	private static Provenance prov(Source source, String id) {
		return new Provenance(source, id, NOW, NOW);
	}

}
