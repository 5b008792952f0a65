package org.casebridge.gateway.source;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.casebridge.connector.AgencyConnector;
import org.casebridge.connector.Source;

/** The configured connectors, exactly one per agency. */
public final class Connectors {

	private final Map<Source, AgencyConnector> bySource;

	public Connectors(List<AgencyConnector> connectors) {
		Map<Source, AgencyConnector> map = new EnumMap<>(Source.class);
		for (AgencyConnector connector : connectors) {
			if (map.put(connector.source(), connector) != null) {
				throw new IllegalStateException("two connectors for " + connector.source());
			}
		}
		for (Source source : Source.values()) {
			if (!map.containsKey(source)) {
				throw new IllegalStateException("no connector for " + source);
			}
		}
		this.bySource = Collections.unmodifiableMap(map);
	}

	public AgencyConnector get(Source source) {
		return this.bySource.get(source);
	}

}
