/**
 * The person view: what every agency knows about one person ({@code person}), assembled
 * from each agency's answer, each section labelled with its source and date. A view asks
 * the agencies the rules need as well as those the caller named
 * ({@link org.casebridge.gateway.access.PersonRules}), so the enforcement point decides
 * over the whole person while the caller sees the sections asked for. The security
 * officer's {@code policyPreview} is the same view under another role's grants.
 */
package org.casebridge.gateway.person;
