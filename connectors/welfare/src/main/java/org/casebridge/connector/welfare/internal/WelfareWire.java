package org.casebridge.connector.welfare.internal;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The agency's JSON, field for field. Component names are the agency's snake-case names
 * in camel case (named explicitly where the naming strategy cannot derive them); every
 * field is nullable here and checked where it is mapped.
 */
final class WelfareWire {

	private WelfareWire() {
	}

	record TokenAnswer(String accessToken, String tokenType, Long expiresIn) {
	}

	record SearchAnswer(List<Person> results) {
	}

	record DetailsAnswer(Person person, List<Episode> episodes) {
	}

	record Person(Long personId, String firstNm, String lastNm, String middleNm, List<Aka> aka, String dob,
			Boolean dobEstimated, String ssn, String sexCd, Boolean dvFlag, List<String> caseIds, Long updatedTs) {
	}

	record Aka(String firstNm, String lastNm) {
	}

	record Episode(String episodeId, Long childPersonId, String childNm, String removalDt, String removalReasonCd,
			List<Placement> placements, String permGoalCd, String custodyCd, List<Tpr> tpr, Ive ive,
			@JsonProperty("iv_d_referral") IvDReferral ivDReferral, String dischargeDt, String dischargeReasonCd,
			Worker worker, List<Parent> parents, Long updatedTs) {
	}

	record Placement(String placementId, String settingCd, String beginDt, String endDt, String providerNm,
			PlacementAddress address) {
	}

	record PlacementAddress(String street, String unit, String city, String st, String zip) {
	}

	record Tpr(Long parentPersonId, String parentNm, String tprDt, String voluntaryInd) {
	}

	record Ive(String eligibleInd, String determinedDt, BigDecimal maintAmt) {
	}

	record IvDReferral(String referCd, String reasonTxt, String decisionDt, String reviewDt) {
	}

	record Worker(String name, String office, String phone, String email) {
	}

	record Parent(Long personId, String name, String relationshipCd) {
	}

	/** A page of the change feed; {@code next_after} is the cursor after it. */
	record Events(List<Event> events, String nextAfter) {
	}

	/**
	 * One change: {@code event_cd} REMOVAL, PLCMT_BEGIN, PLCMT_END, DISCHARGE, TPR,
	 * REFERRAL, CASE_OPEN or CASE_CLOSE; {@code sig} the agency's HMAC over the other
	 * fields.
	 */
	record Event(String eventId, String eventCd, Long personId, String caseNumber, String effectiveDt, Long recordedTs,
			String sig) {
	}

}
