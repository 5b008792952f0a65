/**
 * The simulated vital records and paternity registry: SOAP 1.1 operations
 * SearchRegistrants and GetRegistrant as docs/agencies.md describes. Requests are parsed
 * with the JDK's DOM parser with DOCTYPEs and external entities refused; answers are
 * written as escaped XML text.
 */
package org.casebridge.simulator.internal.vitals;
