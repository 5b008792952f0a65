package org.casebridge.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaCompatibilityTests {

	private static final Path CURRENT = Path.of("src/main/resources/graphql");

	/**
	 * Breaking changes made on purpose, each with its reason. A security officer's policy
	 * preview showed the person as the previewed role would see them — full SSNs and
	 * federal tax information included — so it now shows decisions over the person at the
	 * officer's own grant (docs/security-model.md, "Previewing a policy"); integrators
	 * never hold the officer's role, and the console changed with it.
	 */
	private static final List<String> ACCEPTED = List
		.of("field PolicyPreview.person changed type from PersonView to PreviewedPerson");

	@Test
	void theCurrentSchemaKeepsEveryPromiseOfTheLastReleasedOne() {
		TypeDefinitionRegistry released = parse(resource("/released/casebridge-schema.graphqls"));
		TypeDefinitionRegistry current = current();

		assertThat(SchemaCompatibility.breakingChanges(released, current)).isSubsetOf(ACCEPTED);
	}

	@Test
	void removingAFieldIsBreaking() {
		TypeDefinitionRegistry released = parse("type Query { a: String, b: Int }");
		TypeDefinitionRegistry current = parse("type Query { a: String }");

		assertThat(SchemaCompatibility.breakingChanges(released, current)).containsExactly("field Query.b was removed");
	}

	@Test
	void aNonNullOutputBecomingNullableIsBreakingButTheReverseIsNot() {
		assertThat(SchemaCompatibility.breakingChanges(parse("type Query { a: String! }"),
				parse("type Query { a: String }")))
			.hasSize(1);
		assertThat(SchemaCompatibility.breakingChanges(parse("type Query { a: String }"),
				parse("type Query { a: String! }")))
			.isEmpty();
	}

	@Test
	void aNewRequiredArgumentIsBreakingAndAnOptionalOneIsNot() {
		TypeDefinitionRegistry released = parse("type Query { a(x: Int): String }");

		assertThat(SchemaCompatibility.breakingChanges(released, parse("type Query { a(x: Int, y: Int!): String }")))
			.containsExactly("required input Query.a.y was added");
		assertThat(SchemaCompatibility.breakingChanges(released, parse("type Query { a(x: Int, y: Int): String }")))
			.isEmpty();
	}

	@Test
	void removingAnEnumValueIsBreaking() {
		assertThat(SchemaCompatibility.breakingChanges(parse("enum E { A B } type Query { e: E }"),
				parse("enum E { A } type Query { e: E }")))
			.containsExactly("enum value E.B was removed");
	}

	@Test
	void everyTypeAndFieldIsDescribed() {
		TypeDefinitionRegistry current = current();
		List<String> undescribed = new java.util.ArrayList<>();
		current.types().values().forEach((type) -> {
			if (type instanceof graphql.language.AbstractDescribedNode<?> described
					&& described.getDescription() == null && !type.getName().equals("Query")) {
				undescribed.add(type.getName());
			}
			if (type instanceof graphql.language.ObjectTypeDefinition object) {
				object.getFieldDefinitions()
					.stream()
					.filter((field) -> field.getDescription() == null)
					.forEach((field) -> undescribed.add(type.getName() + "." + field.getName()));
			}
		});

		assertThat(undescribed).isEmpty();
	}

	private static TypeDefinitionRegistry current() {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.list(CURRENT)) {
			files.filter((f) -> f.toString().endsWith(".graphqls")).sorted().forEach((f) -> {
				try {
					all.append(Files.readString(f)).append('\n');
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parse(all.toString());
	}

	private static String resource(String name) {
		try (InputStream in = SchemaCompatibilityTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static TypeDefinitionRegistry parse(String sdl) {
		return new SchemaParser().parse(sdl);
	}

}
