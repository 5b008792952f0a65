/**
 * The access policy as security officers keep it: roles, purposes of use and grants,
 * stored whole as one PostgreSQL row per version so every version can be shown, compared
 * and restored. Every change is checked against the rules no grant may contradict, stored
 * in one transaction with who made it and why, put in force on this replica at once and
 * on every other within the refresh interval, and announced to every
 * {@link org.casebridge.gateway.access.PolicyChangeListener}.
 */
package org.casebridge.gateway.access.policy;
