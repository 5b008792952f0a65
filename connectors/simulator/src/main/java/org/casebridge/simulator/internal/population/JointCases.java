package org.casebridge.simulator.internal.population;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.JointCase;
import org.casebridge.simulator.JointCaseKind;

/**
 * Finds, first in population order, each situation of {@link JointCaseKind} in a family
 * whose records link plainly (the child held by child support and child welfare under the
 * same SSN and date of birth, no hard case), with the change that announces it.
 */
final class JointCases {

	private JointCases() {
	}

	static Optional<JointCase> find(World world, JointCaseKind kind) {
		for (int f = 0; f < world.familyCount(); f++) {
			Family family = world.family(f);
			if (family.hardCase() != null || family.welfareCase() == null) {
				continue;
			}
			for (Episode episode : family.welfareCase().episodes()) {
				if (!plainlyLinked(family, episode.child())) {
					continue;
				}
				JointCase found = match(family, episode, kind);
				if (found != null) {
					return Optional.of(found);
				}
			}
		}
		return Optional.empty();
	}

	private static JointCase match(Family family, Episode episode, JointCaseKind kind) {
		Person child = episode.child();
		String welfareId = family.identity(child, Agency.WELFARE).recordId();
		String welfareCase = family.welfareCase().caseNumber();
		boolean inCare = episode.discharged() == null;
		boolean flagged = family.identities()
			.stream()
			.anyMatch((byAgency) -> byAgency.values().stream().anyMatch(Identity::familyViolence));
		return switch (kind) {
			case CHILD_OF_FLAGGED_PARENT -> (inCare && flagged && referralDue(episode))
					? welfare(kind, family, episode, "REFERRAL", episode.removed()) : null;
			case PAYEE_AFTER_REMOVAL -> {
				if (!inCare || flagged) {
					yield null;
				}
				for (SupportCase supportCase : family.supportCasesOf(child)) {
					BigDecimal total = paidToParentSince(supportCase, episode);
					if (!"FC".equals(supportCase.type()) && "O".equals(supportCase.status()) && total != null) {
						Episode.Placement last = episode.placements().get(episode.placements().size() - 1);
						yield new JointCase(kind, child.truth().truthId(), Agency.WELFARE, "PLCMT_BEGIN", welfareId,
								welfareCase, last.begin(), supportCase.caseId(), supportCase.worker().email(),
								episode.worker().email(), episode.removed(), total);
					}
				}
				yield null;
			}
			case PATERNITY_NOT_ESTABLISHED -> {
				boolean noFather = family.births()
					.stream()
					.anyMatch((birth) -> birth.child().equals(child) && birth.legalFather() == null);
				yield (inCare && noFather && !flagged) ? welfare(kind, family, episode, "REMOVAL", episode.removed())
						: null;
			}
			case REFERRAL_REVIEW_DUE -> {
				boolean due = episode.referral() == null || episode.referral().review().isBefore(SimulationDate.TODAY);
				yield (inCare && due && !flagged) ? welfare(kind, family, episode, "REFERRAL", episode.removed())
						: null;
			}
			case REUNIFICATION_REFERRAL -> {
				boolean referred = episode.referral() != null
						&& Set.of("CP", "BOTH").contains(episode.referral().code());
				yield (inCare && "REU".equals(episode.permanencyGoal()) && referred && !flagged)
						? welfare(kind, family, episode, "REFERRAL", episode.referral().decided()) : null;
			}
			case DISCHARGE_WITH_FOSTER_CARE_CASE -> {
				if (inCare || flagged) {
					yield null;
				}
				for (SupportCase supportCase : family.supportCasesOf(child)) {
					if ("FC".equals(supportCase.type()) && !"C".equals(supportCase.status())) {
						yield new JointCase(kind, child.truth().truthId(), Agency.WELFARE, "DISCHARGE", welfareId,
								welfareCase, episode.discharged(), supportCase.caseId(), supportCase.worker().email(),
								episode.worker().email(), episode.discharged(), null);
					}
				}
				yield null;
			}
		};
	}

	private static boolean referralDue(Episode episode) {
		return episode.referral() == null || episode.referral().review().isBefore(SimulationDate.TODAY);
	}

	private static JointCase welfare(JointCaseKind kind, Family family, Episode episode, String code,
			java.time.LocalDate effective) {
		String support = null;
		String supportWorker = null;
		for (SupportCase supportCase : family.supportCasesOf(episode.child())) {
			support = supportCase.caseId();
			supportWorker = supportCase.worker().email();
			break;
		}
		return new JointCase(kind, episode.child().truth().truthId(), Agency.WELFARE, code,
				family.identity(episode.child(), Agency.WELFARE).recordId(), family.welfareCase().caseNumber(),
				effective, support, supportWorker, episode.worker().email(), episode.removed(), null);
	}

	/**
	 * The disbursements to the custodial party since the removal, federal tax offsets
	 * excluded; null when there are none.
	 */
	private static BigDecimal paidToParentSince(SupportCase supportCase, Episode episode) {
		BigDecimal total = null;
		for (SupportCase.Disbursement disbursement : supportCase.disbursements()) {
			if (!"CP".equals(disbursement.payeeType()) || disbursement.date().isBefore(episode.removed())) {
				continue;
			}
			boolean offset = supportCase.payments()
				.stream()
				.anyMatch((payment) -> payment.id().equals(disbursement.receiptId()) && "IRS".equals(payment.source()));
			if (!offset) {
				total = (total != null) ? total.add(disbursement.amount()) : disbursement.amount();
			}
		}
		return total;
	}

	private static boolean plainlyLinked(Family family, Person child) {
		Identity welfare = family.identity(child, Agency.WELFARE);
		Identity support = family.identity(child, Agency.SUPPORT);
		return welfare != null && support != null && welfare.ssn() != null && !welfare.dateOfBirthEstimated()
				&& Objects.equals(welfare.ssn(), support.ssn())
				&& Objects.equals(welfare.dateOfBirth(), support.dateOfBirth());
	}

}
