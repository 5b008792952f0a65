package org.casebridge.connector;

/**
 * The agency systems CaseBridge federates. Each has exactly one connector and one set of
 * resilience instances named after {@link #id()}.
 */
public enum Source {

	/** Child support (Title IV-D) statewide enforcement system. */
	SUPPORT("support", "Child support (IV-D)"),

	/** Child welfare (Title IV-E) CCWIS. */
	WELFARE("welfare", "Child welfare (CCWIS)"),

	/** Vital records: birth and paternity registry. */
	VITALS("vitals", "Vital records"),

	/** New-hire registry, quarterly wage records and DMV. */
	LOCATE("locate", "Locate services");

	private final String id;

	private final String label;

	Source(String id, String label) {
		this.id = id;
		this.label = label;
	}

	/** Stable lower-case name used in configuration keys and metrics. */
	public String id() {
		return this.id;
	}

	/** Human-readable name shown to caseworkers. */
	public String label() {
		return this.label;
	}

}
