package org.casebridge.gateway.jointcase;

/** Where an alert stands for its recipient. */
enum AlertStatus {

	/** Not yet acknowledged. */
	NEW,

	/** Seen and taken in hand. */
	ACKNOWLEDGED,

	/** Set aside, with a reason. */
	DISMISSED

}
