package org.casebridge.simulator.internal.population;

import java.util.List;
import java.util.Map;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.HardCase;

/**
 * One generated family with everything every agency knows about it.
 *
 * @param members mother, then legal father and alleged fathers, then children (oldest
 * first), then grandparents, aunts and uncles (each grandmother followed by her husband,
 * then the mother's brothers and sisters, the mother's side first)
 * @param identities per member (same order), each agency's record of them
 * @param births the children's birth records, then the parents' and their brothers' and
 * sisters' own (oldest first)
 * @param welfareCase null when child welfare does not know the family
 * @param custodian the parent the children live with
 * @param hardCase how the custodial mother's records fail to link, or null
 */
public record Family(int index, String familyId, List<Person> members, List<Map<Agency, Identity>> identities,
		List<Birth> births, List<SupportCase> supportCases, WelfareCase welfareCase, Person custodian,
		HardCase hardCase) {

	public Family {
		members = List.copyOf(members);
		identities = List.copyOf(identities);
		births = List.copyOf(births);
		supportCases = List.copyOf(supportCases);
	}

	public int firstPerson() {
		return this.members.get(0).index();
	}

	/** The member numbered {@code personIndex} (who must belong to this family). */
	public Person member(int personIndex) {
		return this.members.get(personIndex - firstPerson());
	}

	/**
	 * {@code agency}'s record of {@code person}, or null if the agency does not know
	 * them.
	 */
	public Identity identity(Person person, Agency agency) {
		return this.identities.get(person.index() - firstPerson()).get(agency);
	}

	public List<SupportCase> supportCasesOf(Person person) {
		return this.supportCases.stream().filter((supportCase) -> supportCase.involves(person)).toList();
	}

	public List<Episode> episodesOf(Person person) {
		if (this.welfareCase == null) {
			return List.of();
		}
		return this.welfareCase.episodes().stream().filter((episode) -> episode.involves(person)).toList();
	}

	public List<Birth> birthsOf(Person person) {
		return this.births.stream().filter((birth) -> birth.involves(person)).toList();
	}

}
