/**
 * The canonical model every connector maps its agency's records into. Every value that
 * reaches a caseworker carries its {@link org.casebridge.connector.model.Provenance}:
 * which agency said it, under which of the agency's record ids, when the agency recorded
 * it and when CaseBridge retrieved it. Records are immutable; lists are copied on
 * construction.
 */
package org.casebridge.connector.model;
