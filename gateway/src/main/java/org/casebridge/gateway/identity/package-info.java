/**
 * Who is who across the agencies. Each agency keeps its own ids and its own (often dirty)
 * copy of a person's identity; {@link org.casebridge.gateway.identity.IdentityResolver}
 * groups agency records into candidate people with the
 * {@link org.casebridge.gateway.identity.RecordMatcher}, a Fellegi–Sunter matcher whose
 * weights and calibration are estimated from the simulator's labelled population: pairs
 * it links are merged, pairs it calls possible matches are shown side by side with the
 * evidence, because a wrong merge discloses one family's data to another; the
 * deliberately looser {@link org.casebridge.gateway.identity.PossibleMatch} rule finds
 * every record that could be a person, which protections are decided over, and every link
 * and possible match of the matcher is one it accepts. Clients receive an opaque,
 * encrypted and authenticated {@link org.casebridge.gateway.identity.PersonHandles
 * handle} instead of agency ids, so they cannot forge links between records or walk
 * through the population.
 */
package org.casebridge.gateway.identity;
