/**
 * What one GraphQL request disclosed, gathered while it runs: the purpose stated, the
 * criteria (held for the request only; the audit trail keeps keyed hashes), the sources
 * asked and their outcomes, the person handles and agency record ids returned, and the
 * field groups disclosed and withheld. The audit trail turns it into a disclosure record
 * before the response leaves.
 */
package org.casebridge.gateway.disclosure;
