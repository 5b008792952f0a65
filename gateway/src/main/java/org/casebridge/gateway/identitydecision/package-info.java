/**
 * Caseworkers' identity decisions: "same person" and "not the same person" between two
 * candidates a caseworker was shown, each with a reason, kept in the database every
 * replica shares and honoured by every later search, for everyone. A decision is made
 * from sealed person handles and stored as between the agency records they hold, so it
 * outlives the handles. "Not the same person" always wins over the matcher; "same person"
 * never joins two SSNs. Decisions decide only what is shown as one person: the
 * person-level protections are decided over every record that could be the person
 * ({@link org.casebridge.gateway.identity.PossibleMatch}), whatever anyone decided. A
 * supervisor reverses a decision by recording a reversal; nothing is ever changed or
 * removed, and every decision, reversal and reading is audited.
 */
package org.casebridge.gateway.identitydecision;
