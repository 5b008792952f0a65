/**
 * Who may see what. An {@link org.casebridge.gateway.access.AccessContext} (who is
 * asking, in which roles, for which purpose) is resolved by the
 * {@link org.casebridge.gateway.access.AccessPolicy} into
 * {@link org.casebridge.gateway.access.Grants}: which sources may be asked at all.
 * Sources outside the grants are never called.
 */
package org.casebridge.gateway.access;
