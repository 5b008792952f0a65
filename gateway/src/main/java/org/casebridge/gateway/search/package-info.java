/**
 * Who might this be ({@code searchPeople}): criteria are validated before any agency is
 * called; every agency the caller may see is then asked in parallel, within the request's
 * deadline, and each answer — or the reason there is none — is reported per source. The
 * records found are grouped into candidate people by
 * {@link org.casebridge.gateway.identity.IdentityResolver}; each candidate is offered to
 * the caller as an opaque handle for the person view.
 */
package org.casebridge.gateway.search;
