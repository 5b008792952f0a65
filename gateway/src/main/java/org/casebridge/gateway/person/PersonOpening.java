package org.casebridge.gateway.person;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Sex;
import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.identity.PersonHandle;
import org.casebridge.gateway.identity.PersonHandles;
import org.casebridge.gateway.search.SourceSelection;
import org.casebridge.gateway.source.Connectors;

import org.springframework.stereotype.Component;

/**
 * Opens a person's whole view for the gateway's own work, never for a caller: deciding
 * joint-case flags needs every agency's answer, whoever later reads the flags. What a
 * caller is shown of the result is decided again, for them, by access enforcement; this
 * view itself is never returned to anyone.
 */
@Component
public class PersonOpening {

	private static final Grants EVERYTHING = everything();

	private final PersonViewService views;

	private final PersonHandles handles;

	private final Connectors connectors;

	private final Clock clock;

	PersonOpening(PersonViewService views, PersonHandles handles, Connectors connectors, Clock clock) {
		this.views = views;
		this.handles = handles;
		this.connectors = connectors;
		this.clock = clock;
	}

	/**
	 * The view of the person behind one agency record, from the agencies given: the
	 * record's identity keys are read first, so the other agencies can be searched for
	 * the same person.
	 */
	public CompletableFuture<PersonView> openRecord(Source source, String agencyPersonId, Set<Source> sources) {
		return this.connectors.get(source)
			.personDetails(agencyPersonId)
			.thenCompose((details) -> open(handleOf(source, details.person()), sources));
	}

	/** The view of the person a handle stands for, from every agency. */
	public CompletableFuture<PersonView> open(PersonHandle handle) {
		return open(handle, EVERYTHING.sources());
	}

	/** The view of the person a handle stands for, from the agencies given. */
	public CompletableFuture<PersonView> open(PersonHandle handle, Set<Source> sources) {
		Grants grants = new Grants(EVERYTHING.purpose(), sources, EVERYTHING.fields(), false, true);
		return this.views.view(this.handles.issue(handle), handle, grants, SourceSelection.of(List.copyOf(sources)),
				null);
	}

	/** A handle for the agency records given (no identity keys), for a caller to open. */
	public String handleFor(Map<Source, String> records) {
		return this.handles.issue(new PersonHandle(records, null, null, null, null, this.clock.instant()));
	}

	private PersonHandle handleOf(Source source, PersonRecord record) {
		PersonName name = record.names().isEmpty() ? null : record.names().get(0);
		return new PersonHandle(Map.of(source, record.agencyPersonId()), record.ssn(),
				(name != null) ? name.first() : null, (name != null) ? name.last() : null, record.dateOfBirth(),
				this.clock.instant(), known(record.sex()));
	}

	private static Sex known(Sex sex) {
		return (sex == Sex.UNKNOWN) ? null : sex;
	}

	private static Grants everything() {
		Map<FieldGroup, FieldAccess> fields = new EnumMap<>(FieldGroup.class);
		for (FieldGroup group : FieldGroup.values()) {
			fields.put(group, FieldAccess.FULL);
		}
		return new Grants(PurposeOfUse.CASE_REVIEW, EnumSet.allOf(Source.class), fields, false, true);
	}

}
