package org.casebridge.gateway.access;

import java.util.Set;

import org.casebridge.connector.Source;

/** What an access context may see. */
public record Grants(Set<Source> sources) {

	public Grants {
		sources = Set.copyOf(sources);
	}

	public boolean maySee(Source source) {
		return this.sources.contains(source);
	}

}
