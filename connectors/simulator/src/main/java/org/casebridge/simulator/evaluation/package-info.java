/**
 * A labelled population for measuring identity resolution: every agency's view of every
 * person as a flat list of records, dirtier than the served population at stated rates,
 * with the hard negatives a matcher must never merge generated on purpose, and the ground
 * truth (who each record really is) kept in a separate object that a matcher never sees.
 */
package org.casebridge.simulator.evaluation;
