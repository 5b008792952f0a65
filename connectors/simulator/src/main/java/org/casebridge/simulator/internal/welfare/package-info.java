/**
 * The simulated child welfare system (CCWIS): an OAuth2 client-credentials token endpoint
 * and, behind bearer tokens, person search and person details with removal episodes, over
 * REST/JSON as docs/agencies.md describes (snake_case, upper-case names, ISO dates, epoch
 * millisecond timestamps, numeric person ids).
 */
package org.casebridge.simulator.internal.welfare;
