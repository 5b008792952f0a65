/**
 * The simulated locate service (new hires, quarterly wages, DMV): subject search and a
 * subject's records, both paged, over REST/JSON as docs/agencies.md describes, with a
 * per-client token-bucket rate limit answered by 429 and Retry-After.
 */
package org.casebridge.simulator.internal.locate;
