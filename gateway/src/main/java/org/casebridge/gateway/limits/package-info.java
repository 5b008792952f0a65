/**
 * Protection of the API itself, before and around any feature: the shape every request to
 * {@code /graphql} must have ({@link org.casebridge.gateway.limits.ApiRequestFilter}),
 * checked before authentication; the depth, complexity, alias and token limits every
 * document must keep ({@link org.casebridge.gateway.limits.ApiLimits}); the cache of
 * documents that passed them; per-user and per-client rate limits counted in Redis by
 * every replica together ({@link org.casebridge.gateway.limits.SharedCounters}), refused
 * with {@code 429}; and admission, which runs each operation under a permit, callers
 * taking turns, so the gateway refuses what it has no capacity for with {@code 503}
 * instead of slowing everyone down. Every refusal here happens before any agency is
 * called.
 */
package org.casebridge.gateway.limits;
