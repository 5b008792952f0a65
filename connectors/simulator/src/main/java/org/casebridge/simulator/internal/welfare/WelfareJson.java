package org.casebridge.simulator.internal.welfare;

import java.time.LocalDate;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.SyntheticPerson.Sex;
import org.casebridge.simulator.internal.http.Json;
import org.casebridge.simulator.internal.population.Address;
import org.casebridge.simulator.internal.population.Episode;
import org.casebridge.simulator.internal.population.Episode.ParentLink;
import org.casebridge.simulator.internal.population.Episode.Placement;
import org.casebridge.simulator.internal.population.Episode.Termination;
import org.casebridge.simulator.internal.population.Family;
import org.casebridge.simulator.internal.population.Identity;
import org.casebridge.simulator.internal.population.Match;
import org.casebridge.simulator.internal.population.Person;
import org.casebridge.simulator.internal.population.Worker;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Persons and removal episodes in the child welfare system's JSON. */
final class WelfareJson {

	private WelfareJson() {
	}

	static ObjectNode person(Match match) {
		Identity identity = match.identity();
		ObjectNode person = Json.object()
			.put("person_id", Long.parseLong(identity.recordId()))
			.put("first_nm", identity.first())
			.put("last_nm", identity.last())
			.put("middle_nm", identity.middle());
		ArrayNode aka = person.putArray("aka");
		identity.aliases()
			.forEach((alias) -> aka.add(Json.object().put("first_nm", alias.first()).put("last_nm", alias.last())));
		person.put("dob", date(identity.dateOfBirth()))
			.put("dob_estimated", identity.dateOfBirthEstimated())
			.put("ssn", (identity.ssn() != null) ? identity.ssn() : "")
			.put("sex_cd", (match.person().truth().sex() == Sex.FEMALE) ? "2" : "1")
			.put("dv_flag", identity.familyViolence());
		ArrayNode cases = person.putArray("case_ids");
		identity.caseNumbers().forEach(cases::add);
		person.put("updated_ts", identity.updated().toEpochMilli());
		return person;
	}

	static ObjectNode episode(Episode episode, Family family) {
		ObjectNode json = Json.object()
			.put("episode_id", episode.id())
			.put("child_person_id", id(episode.child(), family))
			.put("child_nm", name(episode.child(), family))
			.put("removal_dt", date(episode.removed()))
			.put("removal_reason_cd", episode.removalReason());
		ArrayNode placements = json.putArray("placements");
		for (Placement placement : episode.placements()) {
			ObjectNode entry = placements.addObject()
				.put("placement_id", placement.id())
				.put("setting_cd", placement.setting())
				.put("begin_dt", date(placement.begin()))
				.put("end_dt", date(placement.end()))
				.put("provider_nm", placement.provider());
			Address address = placement.address();
			entry.putObject("address")
				.put("street", address.street())
				.put("unit", address.unit())
				.put("city", address.city())
				.put("st", address.state())
				.put("zip", address.zip());
		}
		json.put("perm_goal_cd", episode.permanencyGoal()).put("custody_cd", episode.custody());
		ArrayNode tpr = json.putArray("tpr");
		for (Termination termination : episode.terminations()) {
			tpr.addObject()
				.put("parent_person_id", id(termination.parent(), family))
				.put("parent_nm", name(termination.parent(), family))
				.put("tpr_dt", date(termination.date()))
				.put("voluntary_ind", termination.voluntary() ? "Y" : "N");
		}
		if (episode.ive() == null) {
			json.putNull("ive");
		}
		else {
			json.putObject("ive")
				.put("eligible_ind", episode.ive().eligible() ? "Y" : "N")
				.put("determined_dt", date(episode.ive().determined()))
				.put("maint_amt", episode.ive().maintenance());
		}
		if (episode.referral() == null) {
			json.putNull("iv_d_referral");
		}
		else {
			json.putObject("iv_d_referral")
				.put("refer_cd", episode.referral().code())
				.put("reason_txt", episode.referral().reason())
				.put("decision_dt", date(episode.referral().decided()))
				.put("review_dt", date(episode.referral().review()));
		}
		json.put("discharge_dt", date(episode.discharged())).put("discharge_reason_cd", episode.dischargeReason());
		Worker worker = episode.worker();
		json.putObject("worker")
			.put("name", worker.name())
			.put("office", worker.office())
			.put("phone", worker.phone())
			.put("email", worker.email());
		ArrayNode parents = json.putArray("parents");
		for (ParentLink link : episode.parents()) {
			parents.addObject()
				.put("person_id", id(link.parent(), family))
				.put("name", name(link.parent(), family))
				.put("relationship_cd", link.relationship());
		}
		json.put("updated_ts", episode.updated().toEpochMilli());
		return json;
	}

	private static long id(Person person, Family family) {
		return Long.parseLong(family.identity(person, Agency.WELFARE).recordId());
	}

	private static String name(Person person, Family family) {
		return family.identity(person, Agency.WELFARE).fullName();
	}

	private static String date(LocalDate date) {
		return (date == null) ? null : date.toString();
	}

}
