/**
 * The vital records registry's wire format and how it is read: SOAP 1.1 envelopes built
 * with every value escaped, answers parsed by a namespace-aware DOM parser that refuses
 * DOCTYPEs and external entities, SOAP faults classified (HTTP failures by the shared
 * transport of {@code connector-http}), and the registry's elements, codes and
 * {@code YYYYMMDD} dates mapped into the canonical model. Only
 * {@link org.casebridge.connector.vitals.internal.VitalsClient} is public, and it speaks
 * canonical types alone.
 */
package org.casebridge.connector.vitals.internal;
