/**
 * The two questions a caseworker asks: who might this be ({@code searchPeople}), and what
 * do the agencies know about them ({@code person}). Criteria are validated before any
 * agency is called; every agency the caller may see is then asked in parallel, within the
 * request's deadline, and each answer — or the reason there is none — is reported per
 * source.
 */
package org.casebridge.gateway.search;
