/**
 * The locate service's wire format and how it is read, over the shared transport of
 * {@code connector-http}: sequential paging bounded by {@code maxPages}, the agency's
 * JSON as package-private records, and the mapping of its {@code YYYYMMDD} dates and
 * typed record items into the canonical model. Only
 * {@link org.casebridge.connector.locate.internal.LocateClient} is public, and it speaks
 * canonical types alone, so no agency field name leaves this package.
 */
package org.casebridge.connector.locate.internal;
