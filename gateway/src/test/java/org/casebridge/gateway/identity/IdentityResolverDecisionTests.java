package org.casebridge.gateway.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.gateway.identity.IdentityResolverTests.record;

/**
 * Caseworkers' decisions applied to the link graph: "not the same person" wins over the
 * matcher and over any chain of links; "same person" joins, never two SSNs and never
 * across a "not the same person".
 */
class IdentityResolverDecisionTests {

	private static final LocalDate DOB = LocalDate.of(1988, 4, 17);

	private static final PersonSearch CRITERIA = new PersonSearch("Ana", "Rivera", DOB, null, null);

	private final IdentityResolver resolver = new IdentityResolver();

	@Test
	void notTheSamePersonSplitsAPairTheMatcherLinks() {
		PersonRecord support = record(Source.SUPPORT, "M1", "Ana", "Rivera", DOB, "900123456");
		PersonRecord locate = record(Source.LOCATE, "L1", "ANNA", "RIVERA", DOB, "900123456");
		assertThat(this.resolver.resolve(List.of(support, locate), CRITERIA)).hasSize(1);

		List<Candidate> split = this.resolver.resolve(List.of(support, locate), CRITERIA,
				decisions(false, Set.of("support:M1"), Set.of("locate:L1")));

		assertThat(split).hasSize(2).allMatch((c) -> c.records().size() == 1);
		// each still names the other, marked as decided, so nobody decides it again
		assertThat(split).allSatisfy((c) -> assertThat(c.possibleDuplicates()).singleElement()
			.satisfies((d) -> assertThat(d.recordedNotSamePerson()).isTrue()));
		assertThat(this.resolver.resolve(List.of(support, record(Source.LOCATE, "L1", "ANA", "RIVERA", DOB, null)),
				CRITERIA))
			.allSatisfy((c) -> assertThat(c.possibleDuplicates())
				.noneMatch(Candidate.PossibleDuplicate::recordedNotSamePerson));
	}

	@Test
	void notTheSamePersonHoldsAgainstAChainOfLinks() {
		PersonRecord support = record(Source.SUPPORT, "M1", "Ana", "Rivera", DOB, "900123456");
		PersonRecord welfare = record(Source.WELFARE, "W1", "Ana", "Rivera", DOB, "900123456");
		PersonRecord locate = record(Source.LOCATE, "L1", "Ana", "Rivera", DOB, "900123456");
		assertThat(this.resolver.resolve(List.of(support, welfare, locate), CRITERIA)).hasSize(1);

		List<Candidate> candidates = this.resolver.resolve(List.of(support, welfare, locate), CRITERIA,
				decisions(false, Set.of("support:M1"), Set.of("locate:L1")));

		assertThat(candidates).hasSize(2);
		assertThat(candidates).noneMatch((c) -> keys(c).containsAll(List.of("support:M1", "locate:L1")));
	}

	@Test
	void samePersonJoinsRecordsTheMatcherLeavesApartAndSaysSo() {
		// a maiden name at welfare without an SSN: at most a possible match for the
		// matcher
		PersonRecord support = record(Source.SUPPORT, "M1", "Ana", "Rivera", DOB, "900123456");
		PersonRecord welfare = record(Source.WELFARE, "W1", "Ana", "Lopez", DOB, null);
		assertThat(this.resolver.resolve(List.of(support, welfare), CRITERIA)).hasSize(2);

		List<Candidate> joined = this.resolver.resolve(List.of(support, welfare), CRITERIA,
				decisions(true, Set.of("support:M1"), Set.of("welfare:W1")));

		assertThat(joined).hasSize(1);
		assertThat(joined.get(0).records()).hasSize(2).anyMatch((r) -> "D1".equals(r.decision()));
	}

	@Test
	void samePersonNeverJoinsTwoSsns() {
		PersonRecord old = record(Source.SUPPORT, "M1", "Ana", "Rivera", DOB, "900123456");
		PersonRecord renewed = record(Source.LOCATE, "L1", "Ana", "Rivera", DOB, "900777777");

		List<Candidate> candidates = this.resolver.resolve(List.of(old, renewed), CRITERIA,
				decisions(true, Set.of("support:M1"), Set.of("locate:L1")));

		assertThat(candidates).hasSize(2);
	}

	@Test
	void notTheSamePersonWinsOverSamePerson() {
		PersonRecord support = record(Source.SUPPORT, "M1", "Ana", "Rivera", DOB, "900123456");
		PersonRecord welfare = record(Source.WELFARE, "W1", "Ana", "Lopez", DOB, null);

		List<Candidate> candidates = this.resolver.resolve(List.of(support, welfare), CRITERIA,
				RecordDecisions
					.of(List.of(new RecordDecisions.Decided("D1", true, Set.of("support:M1"), Set.of("welfare:W1")),
							new RecordDecisions.Decided("D2", false, Set.of("welfare:W1"), Set.of("support:M1")))));

		assertThat(candidates).hasSize(2);
	}

	private static RecordDecisions decisions(boolean same, Set<String> side, Set<String> other) {
		return RecordDecisions.of(List.of(new RecordDecisions.Decided("D1", same, side, other)));
	}

	private static List<String> keys(Candidate candidate) {
		return candidate.records().stream().map((r) -> RecordDecisions.keyOf(r.record())).toList();
	}

}
