package org.casebridge.simulator.internal.population;

import java.util.AbstractList;
import java.util.RandomAccess;

import org.casebridge.simulator.SyntheticPerson;

/** Every person of a world in truth id order, regenerated on demand rather than kept. */
final class PeopleView extends AbstractList<SyntheticPerson> implements RandomAccess {

	private final World world;

	PeopleView(World world) {
		this.world = world;
	}

	@Override
	public SyntheticPerson get(int index) {
		if (index < 0 || index >= size()) {
			throw new IndexOutOfBoundsException(index);
		}
		return this.world.familyOf(index).member(index).truth();
	}

	@Override
	public int size() {
		return this.world.size();
	}

}
