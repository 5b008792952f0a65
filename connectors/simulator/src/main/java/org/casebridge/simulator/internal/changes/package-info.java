/**
 * What the simulated agencies announce about their population: each agency's change feed
 * in its own wire format, signed with its event key, filled by announcements the tests
 * make on purpose and by the simulator's clock, which replays the population's history at
 * a chosen pace.
 */
package org.casebridge.simulator.internal.changes;
