package org.casebridge.demo.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.Sex;
import org.casebridge.gateway.identity.ComparableRecord;
import org.casebridge.simulator.RecordedIdentity;
import org.casebridge.simulator.evaluation.AgencyRecord;

/**
 * Evaluation records as the gateway's connectors would hand them to identity resolution.
 */
final class Records {

	private Records() {
	}

	static List<ComparableRecord> comparable(List<AgencyRecord> records) {
		List<ComparableRecord> out = new ArrayList<>(records.size());
		records.forEach((record) -> out.add(ComparableRecord.of(person(record))));
		return out;
	}

	static PersonRecord person(AgencyRecord record) {
		List<PersonName> names = new ArrayList<>();
		names.add(new PersonName(record.first(), record.middle(), record.last(), PersonName.Kind.LEGAL));
		for (RecordedIdentity.Alias alias : record.aliases()) {
			names.add(new PersonName(alias.first(), null, alias.last(),
					(alias.kind() == RecordedIdentity.Alias.Kind.MAIDEN) ? PersonName.Kind.MAIDEN
							: PersonName.Kind.ALIAS));
		}
		Sex sex = (record.sex() == null) ? Sex.UNKNOWN : Sex.valueOf(record.sex().name());
		return new PersonRecord(
				new Provenance(Source.valueOf(record.agency().name()), record.key(), null, Instant.EPOCH), record.key(),
				names, record.dateOfBirth(), record.dateOfBirthEstimated(), record.ssn(), sex, null, false, List.of());
	}

}
