package org.casebridge.gateway.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditCriteriaTests {

	private final AuditCriteria criteria = new AuditCriteria("first-test-key-0123456789");

	@Test
	void sameSsnHashesTheSameWhateverItsPunctuation() {
		assertThat(this.criteria.hashSsn("900-12-3456")).isEqualTo(this.criteria.hashSsn("900123456"))
			.matches("[0-9a-f]{64}")
			.doesNotContain("900123456");
	}

	@Test
	void hashDependsOnTheKeySoADictionaryOfSsnsIsUselessWithoutIt() {
		AuditCriteria otherKey = new AuditCriteria("second-test-key-0123456789");
		assertThat(otherKey.hashSsn("900123456")).isNotEqualTo(this.criteria.hashSsn("900123456"));
	}

	@Test
	void namesAreNormalisedBeforeHashing() {
		assertThat(this.criteria.hashName("  de la  Cruz ")).isEqualTo(this.criteria.hashName("DE LA CRUZ"));
	}

	@Test
	void kindsOfValueNeverCollide() {
		assertThat(this.criteria.hashName("900123456")).isNotEqualTo(this.criteria.hashSsn("900123456"));
		assertThat(this.criteria.hashDateOfBirth(LocalDate.of(2015, 4, 1)))
			.isNotEqualTo(this.criteria.hashName("2015-04-01"));
	}

	@Test
	void somethingThatIsNotAnSsnIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.criteria.hashSsn("90012345"));
	}

}
