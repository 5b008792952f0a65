/**
 * Who may see what. An {@link org.casebridge.gateway.access.AccessContext} (who is
 * asking, in which roles, for which purpose) is resolved by the
 * {@link org.casebridge.gateway.access.AccessPolicy} into
 * {@link org.casebridge.gateway.access.Grants}: which sources may be asked at all (the
 * others are never called) and how each {@link org.casebridge.gateway.access.FieldGroup}
 * is shown — in full, masked, or withheld. The policy is data that security officers edit
 * ({@code policy}); the schema's directives say which fields belong to which group, and
 * one enforcement point applies the grants and the rules no grant overrides to every
 * field of every answer ({@code enforcement}). See {@code docs/security-model.md}.
 */
package org.casebridge.gateway.access;
