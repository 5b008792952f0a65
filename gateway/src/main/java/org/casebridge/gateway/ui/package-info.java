/**
 * The screens people use: the caseworker's search and person view, and the security
 * officer's and auditor's console. Pages are server-rendered shells in the U.S. Web
 * Design System; their data comes from the same {@code POST /graphql} integrators call,
 * authenticated by the browser session, so one access policy, one field enforcement and
 * one audit trail apply to every output path. Present only when the browser login is
 * configured.
 */
package org.casebridge.gateway.ui;
