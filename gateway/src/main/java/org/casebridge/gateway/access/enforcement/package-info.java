/**
 * The one place fields are shown, masked or withheld. At startup the schema's
 * {@code @disclosureScope}, {@code @fieldGroup}, {@code @freeText} and {@code @maskable}
 * directives put a guard in front of each marked field's data fetcher. A scope guard
 * works out, once per answer, the caller's grants for the stated purpose (and hands them
 * to the resolver) and the person's protections: the Family Violence Indicator of every
 * record that could be the person and of anyone in their cases, and whether they are a
 * parent of the child the view is for; every field beneath reads its decision from that
 * scope in constant time, so aliases, fragments, nested lists and any export built on the
 * API meet the same decisions. A withheld field is null with a {@code RESTRICTED} error
 * at its path.
 */
package org.casebridge.gateway.access.enforcement;
