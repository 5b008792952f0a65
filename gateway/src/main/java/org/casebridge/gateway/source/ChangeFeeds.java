package org.casebridge.gateway.source;

import java.util.List;

import org.casebridge.connector.change.ChangeFeed;

/**
 * The agencies' change feeds the gateway reads: those of the agencies whose event key is
 * configured ({@code casebridge.connectors.<agency>.event-key}).
 */
public final class ChangeFeeds {

	private final List<ChangeFeed> feeds;

	ChangeFeeds(List<ChangeFeed> feeds) {
		this.feeds = List.copyOf(feeds);
	}

	public List<ChangeFeed> all() {
		return this.feeds;
	}

}
