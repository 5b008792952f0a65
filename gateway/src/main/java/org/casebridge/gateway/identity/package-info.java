/**
 * Who is who across the agencies. Each agency keeps its own ids and its own (often dirty)
 * copy of a person's identity; {@link org.casebridge.gateway.identity.IdentityResolver}
 * groups agency records into candidate people only on strong evidence and says which keys
 * matched, because a wrong merge discloses one family's data to another; the deliberately
 * looser {@link org.casebridge.gateway.identity.PossibleMatch} rule finds every record
 * that could be a person, which protections are decided over. Clients receive an opaque,
 * encrypted and authenticated {@link org.casebridge.gateway.identity.PersonHandles
 * handle} instead of agency ids, so they cannot forge links between records or walk
 * through the population.
 */
package org.casebridge.gateway.identity;
