package org.casebridge.simulator.internal.population;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.casebridge.simulator.Agency;

/**
 * One pass over the families: generates each, feeds its people's records to the agencies'
 * index builders, keeps it in the cache if there is room, and moves on, so the work grows
 * linearly with the population and the families themselves are not retained.
 */
final class Generation {

	private final long seed;

	private final FamilyGenerator generator;

	private final Map<Agency, AgencyIndex.Builder> builders = new EnumMap<>(Agency.class);

	private final AtomicReferenceArray<Family> cache = new AtomicReferenceArray<>(World.CACHE_SLOTS);

	Generation(long seed) {
		this.seed = seed;
		this.generator = new FamilyGenerator(seed);
		for (Agency agency : Agency.values()) {
			this.builders.put(agency, new AgencyIndex.Builder());
		}
	}

	World run(int people) {
		int[] starts = new int[Math.max(16, people / 3)];
		int familyCount = 0;
		int person = 0;
		while (person < people) {
			if (familyCount + 1 >= starts.length) {
				starts = Arrays.copyOf(starts, starts.length * 2);
			}
			starts[familyCount] = person;
			Family family = this.generator.generate(familyCount, person, people - person);
			index(family);
			this.cache.set(familyCount % World.CACHE_SLOTS, family);
			person += family.members().size();
			familyCount++;
		}
		starts[familyCount] = person;
		Map<Agency, AgencyIndex> indexes = new EnumMap<>(Agency.class);
		this.builders.forEach((agency, builder) -> indexes.put(agency, builder.build()));
		return new World(this.seed, Arrays.copyOf(starts, familyCount + 1), indexes, this.generator, this.cache);
	}

	private void index(Family family) {
		int first = family.firstPerson();
		for (int i = 0; i < family.members().size(); i++) {
			int person = first + i;
			family.identities().get(i).forEach((agency, identity) -> this.builders.get(agency).add(person, identity));
		}
	}

}
