package org.casebridge.simulator.internal.population;

/** A street address; {@code unit} may be null. */
public record Address(String street, String unit, String city, String state, String zip) {

}
