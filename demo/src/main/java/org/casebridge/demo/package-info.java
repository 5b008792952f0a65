/**
 * The demo: the whole system on one machine from a fresh clone. {@link Demo} starts the
 * simulated agencies, the demo identity provider and the gateway (profile {@code demo})
 * in one JVM, in that order, each waiting for the one before to answer;
 * {@link DemoLauncher} is the demo jar's main class, what {@code ./casebridge demo} runs.
 * It is a module of its own so the gateway's jar holds none of it, and lies outside
 * {@code org.casebridge.gateway} so the gateway's component scan never sees it.
 */
@NullMarked
package org.casebridge.demo;

import org.jspecify.annotations.NullMarked;
