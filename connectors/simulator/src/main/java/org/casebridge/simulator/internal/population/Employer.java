package org.casebridge.simulator.internal.population;

/** An employer as the new-hire registry knows it. */
public record Employer(String name, String ein, Address address) {

}
