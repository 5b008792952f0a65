package org.casebridge.gateway.jointcase;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.Address;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.Employment;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.gateway.access.AccessContext;
import org.casebridge.gateway.access.AccessPolicy;
import org.casebridge.gateway.access.DisclosedPerson;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PersonFacts;
import org.casebridge.gateway.access.PurposeNotPermittedException;
import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.access.enforcement.LocateDisclosure;
import org.casebridge.gateway.person.PersonView;

import org.springframework.stereotype.Component;

/**
 * Decides the flag that a parent of a child waiting for placement was located: a new
 * hire, or an address the DMV reported, received on or after the child's removal, about a
 * person child welfare lists as a parent of the child. The flag carries no location; it
 * is raised only where the person view would show the child's welfare worker that
 * location (the locate groups as a welfare worker locating a parent for placement would
 * be shown them, for that child), so every locate rule applies: the Family Violence
 * Indicator over every record that could be the parent, and the limit to a parent of that
 * child. The rule is in {@code docs/joint-cases.md}.
 */
@Component
class PlacementResources {

	/** The role and purpose a welfare worker locates a parent for placement with. */
	private static final AccessContext WELFARE_WORKER_LOCATING = new AccessContext("joint-cases", "casebridge",
			List.of("welfare-worker"), PurposeOfUse.LOCATE_PARENT_FOR_PLACEMENT);

	/**
	 * Settings a child is placed in until a family is found: a child placed in one waits
	 * for placement.
	 */
	private static final Set<String> WAITING_SETTINGS = Set.of("GROUP_HOME", "INSTITUTION");

	private final AccessPolicy policy;

	private final LocateDisclosure disclosure;

	PlacementResources(AccessPolicy policy, LocateDisclosure disclosure) {
		this.policy = policy;
		this.disclosure = disclosure;
	}

	/**
	 * The person's located-parent flags: one for each child waiting for placement, among
	 * the removal episodes of the person's records, removed on or before the person's
	 * newest new hire or DMV address, whose welfare worker the person view would show
	 * that report's group for the child; none when the view holds no locate answer or the
	 * person has no welfare record.
	 */
	CompletableFuture<List<Flag>> of(PersonView view, LocalDate today) {
		PersonFacts facts = view.facts();
		String parent = facts.recordIds().get(Source.WELFARE);
		AgencyData.LocateData locate = (view.locate() != null) ? view.locate().data() : null;
		if (parent == null || locate == null || !facts.answered(Source.LOCATE)) {
			return CompletableFuture.completedFuture(List.of());
		}
		List<Report> reports = reports(locate);
		List<CompletableFuture<Flag>> decided = new ArrayList<>();
		for (RemovalEpisode episode : facts.placements()) {
			// whether the person is a parent of this child is the locate limit's to
			// decide
			if (!waiting(episode, today)) {
				continue;
			}
			Report newest = reports.stream()
				.filter((r) -> episode.removalDate() != null && !r.reportedOn().isBefore(episode.removalDate()))
				.findFirst()
				.orElse(null);
			if (newest != null) {
				decided.add(flag(facts, episode, newest));
			}
		}
		return CompletableFuture.allOf(decided.toArray(CompletableFuture[]::new))
			.thenApply((done) -> decided.stream().map(CompletableFuture::join).filter((f) -> f != null).toList());
	}

	/** The flag, or null where the worker would not be shown what it points to. */
	private CompletableFuture<Flag> flag(PersonFacts facts, RemovalEpisode episode, Report report) {
		Grants grants;
		try {
			grants = this.policy.grantsFor(WELFARE_WORKER_LOCATING);
		}
		catch (PurposeNotPermittedException ex) {
			return CompletableFuture.completedFuture(null);
		}
		PersonFacts forChild = new PersonFacts(facts.handle(), facts.subjects(), facts.support(), facts.placements(),
				facts.paternity(), facts.states(), facts.shown(),
				Map.of(Source.WELFARE, episode.childAgencyPersonId()));
		DisclosedPerson person = () -> forChild;
		return this.disclosure.shown(person, grants, report.group()).thenApply((shown) -> {
			if (!shown) {
				return null;
			}
			Flag.Located located = new Flag.Located(Source.LOCATE, report.recordId(), report.reportedBy(),
					report.kind(), report.reportedOn(), episode.episodeId(), episode.childAgencyPersonId());
			Map<Source, String> ids = facts.recordIds();
			return new Flag(FlagKind.PARENT_LOCATED,
					FlagKind.PARENT_LOCATED.name() + ":" + episode.episodeId() + ":" + ids.get(Source.WELFARE),
					FlagKind.PARENT_LOCATED.actingAgency(), ids,
					List.of(new Flag.CaseRef(Source.WELFARE, episode.episodeId(), workerId(episode), true)),
					new Flag.Evidence(JointCaseFlags.removal(episode), null, null, null, null, null, null, located));
		});
	}

	/**
	 * In care, and not placed with a family today: no current placement, or a group home
	 * or an institution.
	 */
	static boolean waiting(RemovalEpisode episode, LocalDate today) {
		if (episode.dischargeDate() != null) {
			return false;
		}
		return episode.placements()
			.stream()
			.filter((p) -> p.startDate() != null && !p.startDate().isAfter(today)
					&& (p.endDate() == null || p.endDate().isAfter(today)))
			.allMatch((p) -> WAITING_SETTINGS.contains(p.setting()));
	}

	/** The new hires and DMV addresses, newest report first. */
	private static List<Report> reports(AgencyData.LocateData locate) {
		List<Report> reports = new ArrayList<>();
		for (Employment hire : locate.employers()) {
			LocalDate reported = day(hire.provenance());
			if (reported != null) {
				reports.add(new Report(hire.provenance().recordId(), "NEW_HIRE_REGISTRY", "NEW_HIRE", reported,
						FieldGroup.LOCATE_EMPLOYER));
			}
		}
		for (Address address : locate.addresses()) {
			LocalDate reported = day(address.provenance());
			if ("DMV".equals(address.kind()) && reported != null) {
				reports.add(new Report(address.provenance().recordId(), "DMV", "DMV_ADDRESS", reported,
						FieldGroup.LOCATE_ADDRESS));
			}
		}
		reports.sort(Comparator.comparing(Report::reportedOn).reversed().thenComparing(Report::recordId));
		return reports;
	}

	/** The locate agency dates each record by the day it was reported (UTC). */
	private static LocalDate day(Provenance provenance) {
		return (provenance.asOf() != null) ? LocalDate.ofInstant(provenance.asOf(), ZoneOffset.UTC) : null;
	}

	private static String workerId(RemovalEpisode episode) {
		return (episode.worker() != null && episode.worker().email() != null)
				? episode.worker().email().toLowerCase(Locale.ROOT) : null;
	}

	/** A locate report, and the group its value belongs to in the person view. */
	private record Report(String recordId, String reportedBy, String kind, LocalDate reportedOn, FieldGroup group) {
	}

}
