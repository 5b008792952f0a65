/**
 * What changes at an agency, as the agency announces it: a feed each agency keeps of the
 * changes to its records (a removal, a placement, an order, a new hire), read by the
 * gateway after a cursor of its own. Each change carries the agency's own event id, so a
 * reader that stores what it applied never applies a change twice, and the agency's
 * signature, so a change the agency did not sign is refused, never applied.
 */
package org.casebridge.connector.change;
