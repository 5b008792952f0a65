package org.casebridge.simulator.internal.changes;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.internal.population.Episode;
import org.casebridge.simulator.internal.population.Family;
import org.casebridge.simulator.internal.population.Identity;
import org.casebridge.simulator.internal.population.LocateHistory;
import org.casebridge.simulator.internal.population.LocateRecord;
import org.casebridge.simulator.internal.population.Person;
import org.casebridge.simulator.internal.population.SimulationDate;
import org.casebridge.simulator.internal.population.SupportCase;
import org.casebridge.simulator.internal.population.World;

/**
 * The population's history as the agencies would have announced it, family by family:
 * each removal, placement, discharge and termination of rights at child welfare, each
 * case opened and order established at child support, and each new hire and DMV address
 * the locate agency received in the last {@value #LOCATE_DAYS} days about a member it
 * knows. Starts again at the first family after the last.
 */
final class History {

	/** How far back the locate agency's feed reaches. */
	static final int LOCATE_DAYS = 180;

	private final World world;

	private final Deque<Announcement> pending = new ArrayDeque<>();

	private int nextFamily;

	History(World world) {
		this.world = world;
	}

	synchronized Announcement next() {
		while (this.pending.isEmpty()) {
			fill(this.world.family(this.nextFamily));
			this.nextFamily = (this.nextFamily + 1) % this.world.familyCount();
		}
		return this.pending.removeFirst();
	}

	/** Every change {@code agency} would announce, family by family, once. */
	static List<Announcement> of(World world, Agency agency) {
		History history = new History(world);
		List<Announcement> all = new ArrayList<>();
		for (int f = 0; f < world.familyCount(); f++) {
			history.fill(world.family(f));
			history.pending.stream().filter((a) -> a.agency() == agency).forEach(all::add);
			history.pending.clear();
		}
		return all;
	}

	private void fill(Family family) {
		if (family.welfareCase() != null) {
			String caseNumber = family.welfareCase().caseNumber();
			for (Episode episode : family.welfareCase().episodes()) {
				String child = id(family, episode.child(), Agency.WELFARE);
				if (child == null) {
					continue;
				}
				add(Agency.WELFARE, "REMOVAL", child, caseNumber, episode.removed());
				for (Episode.Placement placement : episode.placements()) {
					add(Agency.WELFARE, "PLCMT_BEGIN", child, caseNumber, placement.begin());
					if (placement.end() != null) {
						add(Agency.WELFARE, "PLCMT_END", child, caseNumber, placement.end());
					}
				}
				for (Episode.Termination termination : episode.terminations()) {
					add(Agency.WELFARE, "TPR", id(family, termination.parent(), Agency.WELFARE), caseNumber,
							termination.date());
				}
				if (episode.discharged() != null) {
					add(Agency.WELFARE, "DISCHARGE", child, caseNumber, episode.discharged());
				}
			}
		}
		for (SupportCase supportCase : family.supportCases()) {
			for (SupportCase.Participant participant : supportCase.participants()) {
				String member = (participant.person() != null) ? id(family, participant.person(), Agency.SUPPORT)
						: null;
				if (member != null) {
					add(Agency.SUPPORT, "CASE_OPN", member, supportCase.caseId(), supportCase.opened());
					if (supportCase.order() != null) {
						add(Agency.SUPPORT, "ORD_EST", member, supportCase.caseId(), supportCase.order().effective());
					}
					break;
				}
			}
		}
		for (Person member : family.members()) {
			String subject = id(family, member, Agency.LOCATE);
			if (subject == null) {
				continue;
			}
			for (LocateRecord record : LocateHistory.of(this.world.seed(), member)) {
				if (record.reported().isBefore(SimulationDate.TODAY.minusDays(LOCATE_DAYS))) {
					continue;
				}
				if (record instanceof LocateRecord.Hire hire) {
					add(Agency.LOCATE, "NEW_HIRE", subject, record.recordId(), hire.hired());
				}
				else if (record instanceof LocateRecord.AddressSeen && "DMV".equals(record.source())) {
					add(Agency.LOCATE, "DMV_ADDRESS", subject, record.recordId(), record.reported());
				}
			}
		}
	}

	private void add(Agency agency, String code, String personId, String caseNumber, LocalDate effective) {
		if (personId != null) {
			this.pending.addLast(new Announcement(agency, code, personId, caseNumber, effective));
		}
	}

	private static String id(Family family, Person person, Agency agency) {
		Identity identity = family.identity(person, agency);
		return (identity != null) ? identity.recordId() : null;
	}

	/** One change to announce. */
	record Announcement(Agency agency, String code, String personId, String caseNumber, LocalDate effective) {
	}

}
