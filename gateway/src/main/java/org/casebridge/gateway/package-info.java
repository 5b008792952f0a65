/**
 * The gateway application. Each sub-package is one feature: {@code search} (the GraphQL
 * API and fan-out), {@code person} (identity resolution and person handles),
 * {@code access} (who may see what), {@code audit} (the disclosure trail), {@code ui}
 * (the search screen and console), {@code security} (authentication). Only
 * {@code org.casebridge.connector} types cross in from the connectors.
 */
package org.casebridge.gateway;
