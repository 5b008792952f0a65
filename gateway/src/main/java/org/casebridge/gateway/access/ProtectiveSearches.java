package org.casebridge.gateway.access;

import org.casebridge.gateway.identity.PersonHandle;

/**
 * The searches the person-level protections will need, started as soon as the person's
 * handle is opened, so that they run while the agencies are asked for the person's own
 * records instead of after them: the flag-holding agencies searched by the SSN, date of
 * birth and names the handle carries. The protections are still decided over every record
 * that could be the person, by every key the person's records carry; a search begun here
 * is one of those, asked once and awaited there. One operation's, for one person; nothing
 * it finds outlives the operation.
 *
 * <p>
 * Access enforcement hands it to the {@code person} query only when the operation asks
 * for a location the caller's grants could show; otherwise there is nothing to begin.
 */
public interface ProtectiveSearches {

	/** The local context key under which the {@code person} query finds it. */
	String LOCAL_CONTEXT_KEY = "protectiveSearches";

	/**
	 * Starts the searches by the handle's identity keys; returns at once.
	 * @param handle the person as opened
	 */
	void begin(PersonHandle handle);

}
