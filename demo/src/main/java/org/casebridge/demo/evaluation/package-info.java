/**
 * The identity evaluation ({@code ./casebridge evaluate}): the matcher's error rates on a
 * labelled simulated population of a held-out seed, side by side with the first,
 * strong-evidence rule, and the weights estimated from a training seed. A tool for
 * developers; nothing here runs in the gateway.
 */
package org.casebridge.demo.evaluation;
