/**
 * Authentication. Integrators present a bearer JWT (issuer, audience, signature via the
 * issuer's JWKS, expiry — Spring Security's default validators are kept); roles come from
 * a configurable token claim and become {@code ROLE_*} authorities. A token with no
 * recognised role authenticates but can do nothing. Without a valid token the API answers
 * 401 before anything else runs, so no agency is ever called for an unauthenticated
 * request.
 */
package org.casebridge.gateway.security;
