package org.casebridge.connector.support.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.casebridge.connector.Source;
import org.casebridge.connector.http.MalformedPayload;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.Sex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps a support member into a canonical person record. */
final class MemberMapping {

	private static final Logger logger = LoggerFactory.getLogger(MemberMapping.class);

	private MemberMapping() {
	}

	static List<PersonRecord> people(SupportWire.Members answer, Instant retrievedAt) {
		if (answer.members() == null) {
			throw new MalformedPayload("a search result without members");
		}
		List<PersonRecord> people = new ArrayList<>(answer.members().size());
		for (SupportWire.Member member : answer.members()) {
			if (member == null) {
				throw new MalformedPayload("a null member in members");
			}
			people.add(person(member, retrievedAt));
		}
		return people;
	}

	static PersonRecord person(SupportWire.Member member, Instant retrievedAt) {
		String memberId = WireValues.required(member.memberId(), "memberId");
		Provenance provenance = new Provenance(Source.SUPPORT, memberId,
				WireValues.timestamp(member.lastUpdated(), "lastUpdated"), retrievedAt);
		return new PersonRecord(provenance, memberId, names(member),
				WireValues.date(member.birthDate(), WireValues.US_DATE, "birthDate"), false,
				WireValues.ssn(member.ssn()), sex(member.gender()),
				WireValues.date(member.deathDate(), WireValues.US_DATE, "deathDate"), familyViolence(member.fvi()),
				WireValues.list(member.cases()).stream().map(WireValues::text).filter(Objects::nonNull).toList());
	}

	private static List<PersonName> names(SupportWire.Member member) {
		List<PersonName> names = new ArrayList<>();
		String first = WireValues.text(member.nameFirst());
		String middle = WireValues.text(member.nameMiddle());
		String last = WireValues.text(member.nameLast());
		if (first != null || middle != null || last != null) {
			names.add(new PersonName(first, middle, last, PersonName.Kind.LEGAL));
		}
		for (SupportWire.Alias alias : WireValues.list(member.aliases())) {
			if (alias == null) {
				continue;
			}
			String aliasFirst = WireValues.text(alias.first());
			String aliasLast = WireValues.text(alias.last());
			if (aliasFirst != null || aliasLast != null) {
				names.add(new PersonName(aliasFirst, null, aliasLast, aliasKind(alias.type())));
			}
		}
		return names;
	}

	private static PersonName.Kind aliasKind(String type) {
		return "MAIDEN".equalsIgnoreCase(WireValues.text(type)) ? PersonName.Kind.MAIDEN : PersonName.Kind.ALIAS;
	}

	private static Sex sex(String gender) {
		String code = WireValues.text(gender);
		if (code == null) {
			return Sex.UNKNOWN;
		}
		return switch (code.toUpperCase(Locale.ROOT)) {
			case "F" -> Sex.FEMALE;
			case "M" -> Sex.MALE;
			default -> Sex.UNKNOWN;
		};
	}

	/**
	 * Only an explicit "N" clears the indicator. A missing or unexpected value is read as
	 * set: wrongly hiding an address costs a phone call, wrongly disclosing it can cost a
	 * life.
	 */
	private static boolean familyViolence(String fvi) {
		String code = WireValues.text(fvi);
		if ("N".equalsIgnoreCase(code)) {
			return false;
		}
		if (!"Y".equalsIgnoreCase(code)) {
			logger.debug("Support member without a clear family violence indicator; treated as set");
		}
		return true;
	}

}
