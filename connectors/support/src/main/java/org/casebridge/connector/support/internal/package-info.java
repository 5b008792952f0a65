/**
 * The child support system's wire format and how it is read, over the shared transport of
 * {@code connector-http}: the agency's JSON as package-private records, and the mapping
 * of its codes, {@code MM/DD/YYYY} dates and dashed SSNs into the canonical model. Only
 * {@link org.casebridge.connector.support.internal.SupportClient} is public, and it
 * speaks canonical types alone, so no agency field name leaves this package.
 */
package org.casebridge.connector.support.internal;
