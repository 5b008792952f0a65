/**
 * Joint cases: what child support and child welfare must act on together. Reads the
 * agencies' change feeds into an inbox (each change applied once, whichever replica reads
 * it), decides the joint-case flags of the person a change is about from the federated
 * view, and alerts the workers assigned to the cases each flag concerns. What a reader
 * sees of a flag is decided for that reader by access enforcement, as in the person view.
 */
package org.casebridge.gateway.jointcase;
