package org.casebridge.gateway.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.casebridge.connector.Source;

/** The agencies a request asks for: all of them unless the caller names some. */
public record SourceSelection(Set<Source> sources) {

	public SourceSelection {
		sources = java.util.Collections.unmodifiableSet(EnumSet.copyOf(sources));
	}

	public static SourceSelection of(List<Source> requested) {
		if (requested == null || requested.isEmpty()) {
			return new SourceSelection(EnumSet.allOf(Source.class));
		}
		return new SourceSelection(EnumSet.copyOf(requested));
	}

	public boolean includes(Source source) {
		return this.sources.contains(source);
	}

}
