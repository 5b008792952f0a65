package org.casebridge.simulator.internal.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.LocatedParent;
import org.casebridge.simulator.LocatedParentKind;

/**
 * Finds, first in population order, each situation of {@link LocatedParentKind}: a person
 * with a new hire or DMV address the locate agency received on or after the removal of
 * the child concerned, and the change that announces the newest such report.
 */
final class LocatedParents {

	private LocatedParents() {
	}

	static Optional<LocatedParent> find(World world, LocatedParentKind kind) {
		for (int f = 0; f < world.familyCount(); f++) {
			Family family = world.family(f);
			// a flagged mother's records fail to link in a hard-case family, on purpose;
			// where hers still link, she is the flagged parent
			if (family.hardCase() != null && kind != LocatedParentKind.FLAGGED_PARENT) {
				continue;
			}
			LocatedParent found = (kind == LocatedParentKind.PARENT_OF_OTHER_CHILD) ? otherChild(world, family)
					: inCare(world, family, kind);
			if (found != null) {
				return Optional.of(found);
			}
		}
		return Optional.empty();
	}

	private static LocatedParent inCare(World world, Family family, LocatedParentKind kind) {
		if (family.welfareCase() == null) {
			return null;
		}
		boolean clean = !flagged(family);
		for (Episode episode : family.welfareCase().episodes()) {
			boolean waiting = episode.waitingForPlacement();
			if (kind == LocatedParentKind.RELATIVE) {
				if (!waiting || !clean) {
					continue;
				}
				for (Person relative : Relations.relatives(new Match(family, episode.child(), null))) {
					boolean parentToo = episode.parents().stream().anyMatch((l) -> l.parent().equals(relative));
					LocatedParent found = parentToo ? null : located(world, family, kind, relative, episode);
					if (found != null) {
						return found;
					}
				}
				continue;
			}
			boolean wanted = switch (kind) {
				case PARENT_OF_WAITING_CHILD, UNLINKED_PARENT -> waiting && clean;
				case FLAGGED_PARENT -> waiting;
				case CHILD_PLACED -> episode.discharged() == null && !waiting && clean
						&& family.welfareCase().episodes().stream().noneMatch(Episode::waitingForPlacement);
				default -> false;
			};
			if (!wanted) {
				continue;
			}
			for (Episode.ParentLink link : episode.parents()) {
				Person parent = link.parent();
				boolean linked = plainlyLinked(family, parent);
				boolean parentFlagged = family.identities()
					.get(parent.index() - family.firstPerson())
					.values()
					.stream()
					.anyMatch(Identity::familyViolence);
				boolean fits = switch (kind) {
					case PARENT_OF_WAITING_CHILD, CHILD_PLACED -> linked && !"PF".equals(link.relationship());
					case FLAGGED_PARENT -> linked && parentFlagged;
					case UNLINKED_PARENT -> unlinked(family, parent);
					default -> false;
				};
				LocatedParent found = fits ? located(world, family, kind, parent, episode) : null;
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** A parent known to locate, in a family nobody in which is in foster care. */
	private static LocatedParent otherChild(World world, Family family) {
		if (family.welfareCase() != null || flagged(family)) {
			return null;
		}
		for (Birth birth : family.births()) {
			Person parent = birth.mother();
			if (!birth.child().isChild() || parent == null || family.identity(parent, Agency.LOCATE) == null) {
				continue;
			}
			LocateRecord record = newest(world, parent, birth.child().truth().dateOfBirth());
			if (record != null) {
				return of(world, family, LocatedParentKind.PARENT_OF_OTHER_CHILD, parent, birth.child(), record, null);
			}
		}
		return null;
	}

	private static LocatedParent located(World world, Family family, LocatedParentKind kind, Person person,
			Episode episode) {
		if (family.identity(person, Agency.LOCATE) == null) {
			return null;
		}
		LocateRecord record = newest(world, person, episode.removed());
		return (record != null) ? of(world, family, kind, person, episode.child(), record, episode.worker().email())
				: null;
	}

	private static LocatedParent of(World world, Family family, LocatedParentKind kind, Person person, Person child,
			LocateRecord record, String workerEmail) {
		boolean hire = record instanceof LocateRecord.Hire;
		LocalDate effective = hire ? ((LocateRecord.Hire) record).hired() : record.reported();
		return new LocatedParent(kind, person.truth().truthId(), child.truth().truthId(),
				hire ? "NEW_HIRE" : "DMV_ADDRESS", family.identity(person, Agency.LOCATE).recordId(), record.recordId(),
				effective, record.reported(), workerEmail, world.locationValues(person.truth().truthId()));
	}

	/**
	 * The newest new hire or DMV address the locate agency received about the person on
	 * or after {@code since}, or null.
	 */
	static LocateRecord newest(World world, Person person, LocalDate since) {
		for (LocateRecord record : LocateHistory.of(world.seed(), person)) {
			if (record.reported().isBefore(since)) {
				return null;
			}
			if (record instanceof LocateRecord.Hire
					|| (record instanceof LocateRecord.AddressSeen && "DMV".equals(record.source()))) {
				return record;
			}
		}
		return null;
	}

	private static boolean flagged(Family family) {
		return family.identities()
			.stream()
			.anyMatch((byAgency) -> byAgency.values().stream().anyMatch(Identity::familyViolence));
	}

	/**
	 * Child welfare's and the locate agency's records share the SSN and date of birth.
	 */
	private static boolean plainlyLinked(Family family, Person person) {
		Identity welfare = family.identity(person, Agency.WELFARE);
		Identity locate = family.identity(person, Agency.LOCATE);
		return welfare != null && locate != null && welfare.ssn() != null && !welfare.dateOfBirthEstimated()
				&& Objects.equals(welfare.ssn(), locate.ssn())
				&& Objects.equals(welfare.dateOfBirth(), locate.dateOfBirth());
	}

	/**
	 * Child welfare holds the person under another SSN than locate's (a typo, an old
	 * number): the two records can never be one candidate.
	 */
	private static boolean unlinked(Family family, Person person) {
		Identity welfare = family.identity(person, Agency.WELFARE);
		Identity locate = family.identity(person, Agency.LOCATE);
		return welfare != null && locate != null && locate.ssn() != null && welfare.ssn() != null
				&& !welfare.ssn().equals(locate.ssn());
	}

	/** The children of child welfare's episodes, by whom it lists as their parents. */
	static List<Person> recordedParents(Family family, Person child) {
		return family.episodesOf(child)
			.stream()
			.filter((e) -> e.child().equals(child))
			.flatMap((e) -> e.parents().stream())
			.map(Episode.ParentLink::parent)
			.distinct()
			.toList();
	}

}
