/**
 * The simulated child support (IV-D) system: member search and member details with their
 * cases, orders, arrears, payments and disbursements, over REST/JSON as docs/agencies.md
 * describes (US dates, dashed SSNs, timestamps with the Mountain time offset).
 */
package org.casebridge.simulator.internal.support;
