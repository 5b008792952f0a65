package org.casebridge.connector.model;

public enum Sex {

	FEMALE, MALE, UNKNOWN

}
