package org.casebridge.gateway.jointcase;

import java.util.List;

import org.casebridge.gateway.access.DisclosedPerson;
import org.casebridge.gateway.access.PersonFacts;

/**
 * A person's flags as the schema's {@code PersonFlags}: a disclosure about the person,
 * whose protections access enforcement decides from the same facts as the person view's.
 */
record PersonFlags(List<Flag> flags, PersonFacts facts) implements DisclosedPerson {

	PersonFlags {
		flags = List.copyOf(flags);
	}

}
