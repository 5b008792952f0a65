package org.casebridge.gateway.person;

import org.casebridge.connector.model.AgencyData;

/**
 * The locate section of a person view: the agency's data, shown only where the section
 * says the agency answered.
 */
public record LocateSection(AgencyData.LocateData data, Section section) {

}
