package org.casebridge.simulator.internal.population;

/** A person found at one agency: their family, who they are and the agency's record. */
public record Match(Family family, Person person, Identity identity) {

}
