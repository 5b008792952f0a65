/**
 * The child welfare system's wire format and how it is read: the OAuth2
 * client-credentials token the agency requires, its JSON errors and its answers read over
 * the shared transport of {@code connector-http}, the agency's JSON as package-private
 * records, and the mapping of its codes, ISO dates and epoch-millisecond timestamps into
 * the canonical model. Only
 * {@link org.casebridge.connector.welfare.internal.WelfareClient} is public, and it
 * speaks canonical types alone, so no agency field name leaves this package.
 */
package org.casebridge.connector.welfare.internal;
