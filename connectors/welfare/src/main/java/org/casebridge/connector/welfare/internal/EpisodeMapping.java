package org.casebridge.connector.welfare.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casebridge.connector.Source;
import org.casebridge.connector.http.MalformedPayload;
import org.casebridge.connector.model.Address;
import org.casebridge.connector.model.CaseWorker;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.RemovalEpisode;

/**
 * A CCWIS removal episode as a canonical one. Everything in an episode is as of the
 * episode's own {@code updated_ts}; a placement address is attributed to its placement
 * record.
 */
final class EpisodeMapping {

	private EpisodeMapping() {
	}

	static List<RemovalEpisode> episodes(List<WelfareWire.Episode> episodes, Instant retrievedAt) {
		if (episodes == null) {
			return List.of();
		}
		List<RemovalEpisode> mapped = new ArrayList<>(episodes.size());
		for (WelfareWire.Episode episode : episodes) {
			if (episode == null) {
				throw new MalformedPayload("an empty episode");
			}
			mapped.add(episode(episode, retrievedAt));
		}
		return mapped;
	}

	private static RemovalEpisode episode(WelfareWire.Episode episode, Instant retrievedAt) {
		String episodeId = WireValues.text(episode.episodeId());
		if (episodeId == null) {
			throw new MalformedPayload("an episode without an episode_id");
		}
		if (episode.childPersonId() == null) {
			throw new MalformedPayload("an episode without a child_person_id");
		}
		Instant asOf = WireValues.epochMillis(episode.updatedTs());
		return new RemovalEpisode(new Provenance(Source.WELFARE, episodeId, asOf, retrievedAt), episodeId,
				WireValues.id(episode.childPersonId()), WireValues.text(episode.childNm()),
				WireValues.date(episode.removalDt()), WireValues.text(episode.removalReasonCd()),
				placements(episode.placements(), asOf, retrievedAt), WelfareCodes.permanencyGoal(episode.permGoalCd()),
				WelfareCodes.custody(episode.custodyCd()), terminations(episode.tpr()), ive(episode.ive()),
				referral(episode.ivDReferral()), WireValues.date(episode.dischargeDt()),
				WireValues.text(episode.dischargeReasonCd()), worker(episode.worker()), parents(episode.parents()));
	}

	private static List<RemovalEpisode.Placement> placements(List<WelfareWire.Placement> placements, Instant asOf,
			Instant retrievedAt) {
		List<RemovalEpisode.Placement> mapped = new ArrayList<>();
		for (WelfareWire.Placement placement : nonNull(placements)) {
			String placementId = WireValues.text(placement.placementId());
			if (placementId == null) {
				throw new MalformedPayload("a placement without a placement_id");
			}
			mapped.add(new RemovalEpisode.Placement(placementId, WelfareCodes.setting(placement.settingCd()),
					WireValues.date(placement.beginDt()), WireValues.date(placement.endDt()),
					address(placement, new Provenance(Source.WELFARE, placementId, asOf, retrievedAt)),
					WireValues.text(placement.providerNm())));
		}
		return mapped;
	}

	private static Address address(WelfareWire.Placement placement, Provenance provenance) {
		WelfareWire.PlacementAddress address = placement.address();
		if (address == null) {
			return null;
		}
		return new Address(provenance, "PLACEMENT", WireValues.text(address.street()), WireValues.text(address.unit()),
				WireValues.text(address.city()), WireValues.text(address.st()), WireValues.text(address.zip()),
				WireValues.date(placement.beginDt()));
	}

	private static List<RemovalEpisode.ParentalRightsTermination> terminations(List<WelfareWire.Tpr> terminations) {
		List<RemovalEpisode.ParentalRightsTermination> mapped = new ArrayList<>();
		for (WelfareWire.Tpr tpr : nonNull(terminations)) {
			mapped.add(new RemovalEpisode.ParentalRightsTermination(WireValues.id(tpr.parentPersonId()),
					WireValues.text(tpr.parentNm()), WireValues.date(tpr.tprDt()),
					WireValues.yesNo(tpr.voluntaryInd(), "tpr voluntary_ind")));
		}
		return mapped;
	}

	private static RemovalEpisode.IveEligibility ive(WelfareWire.Ive ive) {
		if (ive == null) {
			return null;
		}
		return new RemovalEpisode.IveEligibility(WireValues.yesNo(ive.eligibleInd(), "ive eligible_ind"),
				WireValues.date(ive.determinedDt()), ive.maintAmt());
	}

	private static RemovalEpisode.ReferralDecision referral(WelfareWire.IvDReferral referral) {
		if (referral == null) {
			return null;
		}
		return new RemovalEpisode.ReferralDecision(WelfareCodes.referral(referral.referCd()),
				WireValues.text(referral.reasonTxt()), WireValues.date(referral.decisionDt()),
				WireValues.date(referral.reviewDt()));
	}

	private static CaseWorker worker(WelfareWire.Worker worker) {
		if (worker == null) {
			return null;
		}
		return new CaseWorker(WireValues.text(worker.name()), WireValues.text(worker.office()),
				WireValues.text(worker.phone()), WireValues.text(worker.email()));
	}

	private static List<RemovalEpisode.ParentLink> parents(List<WelfareWire.Parent> parents) {
		List<RemovalEpisode.ParentLink> mapped = new ArrayList<>();
		for (WelfareWire.Parent parent : nonNull(parents)) {
			mapped.add(new RemovalEpisode.ParentLink(WireValues.id(parent.personId()), WireValues.text(parent.name()),
					WelfareCodes.relationship(parent.relationshipCd())));
		}
		return mapped;
	}

	/** The agency may send null lists and null entries where there is nothing to say. */
	private static <T> List<T> nonNull(List<T> list) {
		if (list == null) {
			return List.of();
		}
		List<T> present = new ArrayList<>(list.size());
		for (T item : list) {
			if (item != null) {
				present.add(item);
			}
		}
		return present;
	}

}
