/**
 * What every simulated agency shares on the wire: a JDK HTTP server per agency with the
 * injectable faults (slow, hang, down, reset, malformed, 500, 429), request counting, the
 * gate that holds requests so tests can prove a fan-out is parallel, and the control API
 * that switches faults at run time.
 */
package org.casebridge.simulator.internal.http;
