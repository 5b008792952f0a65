/**
 * The four agency systems CaseBridge talks to, simulated over real HTTP from one
 * deterministic synthetic population: child support (REST/JSON), child welfare (REST/JSON
 * behind OAuth2 client credentials), vital records (SOAP 1.1) and locate (paged, rate
 * limited REST/JSON), each with its own ids, field names, date formats and dirty data,
 * plus a control port to inject faults. Tests, the demo and the load benchmark start it
 * through {@link org.casebridge.simulator.Simulator}; the ground truth of who is who is
 * offered to tests through {@link org.casebridge.simulator.Population} and never over
 * HTTP. Every name, date and SSN is synthetic (SSNs in the never-issued 900-999 area).
 */
package org.casebridge.simulator;
