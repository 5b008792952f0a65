package org.casebridge.gateway.limits;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentShapeTests {

	@Test
	void depthIsCountedThroughNamedAndInlineFragments() {
		DocumentShape shape = shape("{ a { ...F } } fragment F on T { b { ... on T { c { d } } } }");

		assertThat(shape.depth()).isEqualTo(4);
	}

	@Test
	void aNamedFragmentCountsWhereverItIsSpread() {
		DocumentShape shape = shape("{ x: a { ...F } y: a { ...F } z: a { ...F } } fragment F on T { b c d e }");

		assertThat(shape.expandedFields()).isEqualTo(3 * (1 + 4));
		assertThat(shape.aliases()).isEqualTo(3);
	}

	@Test
	void fragmentsThatDoubleAtEachLevelAreCountedInFullWithoutExpandingThem() {
		StringBuilder document = new StringBuilder("{ ...F0 }");
		for (int level = 0; level < 40; level++) {
			document.append(" fragment F")
				.append(level)
				.append(" on T { a: f { ...F")
				.append(level + 1)
				.append(" } b: f { ...F")
				.append(level + 1)
				.append(" } }");
		}
		document.append(" fragment F40 on T { leaf }");

		DocumentShape shape = shape(document.toString());

		assertThat(shape.expandedFields()).isGreaterThan(1L << 40);
		assertThat(shape.depth()).isEqualTo(41);
	}

	@Test
	void cyclicFragmentsEndTheMeasure() {
		DocumentShape shape = shape("{ ...A } fragment A on T { a { ...B } } fragment B on T { b { ...A } }");

		assertThat(shape.depth()).isEqualTo(2);
	}

	@Test
	void introspectionIsNotMeasured() {
		assertThat(shape("{ __schema { types { fields { type { ofType { ofType { name } } } } } } }").depth()).isZero();
	}

	private static DocumentShape shape(String document) {
		return DocumentShape.of(Parser.parse(document));
	}

}
