package org.casebridge.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * Lists the changes from a released schema to the current one that would break an
 * integrator: removed types, fields, arguments and enum values; output fields that became
 * nullable or changed type; new required arguments or input fields; inputs that became
 * required.
 */
final class SchemaCompatibility {

	private SchemaCompatibility() {
	}

	static List<String> breakingChanges(TypeDefinitionRegistry released, TypeDefinitionRegistry current) {
		List<String> problems = new ArrayList<>();
		for (TypeDefinition<?> old : released.types().values()) {
			Optional<TypeDefinition> now = current.getType(old.getName());
			if (now.isEmpty()) {
				problems.add("type " + old.getName() + " was removed");
			}
			else if (old instanceof ObjectTypeDefinition oldObject
					&& now.get() instanceof ObjectTypeDefinition newObject) {
				compareFields(old.getName(), fields(released, oldObject), fields(current, newObject), problems);
			}
			else if (old instanceof InputObjectTypeDefinition oldInput
					&& now.get() instanceof InputObjectTypeDefinition newInput) {
				compareInputs(old.getName(), oldInput.getInputValueDefinitions(), newInput.getInputValueDefinitions(),
						problems);
			}
			else if (old instanceof EnumTypeDefinition oldEnum && now.get() instanceof EnumTypeDefinition newEnum) {
				List<String> values = newEnum.getEnumValueDefinitions()
					.stream()
					.map(EnumValueDefinition::getName)
					.toList();
				for (EnumValueDefinition value : oldEnum.getEnumValueDefinitions()) {
					if (!values.contains(value.getName())) {
						problems.add("enum value " + old.getName() + "." + value.getName() + " was removed");
					}
				}
			}
			else if (!old.getClass().equals(now.get().getClass())) {
				problems.add("type " + old.getName() + " changed kind");
			}
		}
		return problems;
	}

	private static List<FieldDefinition> fields(TypeDefinitionRegistry registry, ObjectTypeDefinition type) {
		List<FieldDefinition> all = new ArrayList<>(type.getFieldDefinitions());
		for (ObjectTypeExtensionDefinition extension : registry.objectTypeExtensions()
			.getOrDefault(type.getName(), List.of())) {
			all.addAll(extension.getFieldDefinitions());
		}
		return all;
	}

	private static void compareFields(String type, List<FieldDefinition> before, List<FieldDefinition> after,
			List<String> problems) {
		Map<String, FieldDefinition> now = after.stream()
			.collect(Collectors.toMap(FieldDefinition::getName, Function.identity()));
		for (FieldDefinition field : before) {
			String where = type + "." + field.getName();
			FieldDefinition current = now.get(field.getName());
			if (current == null) {
				problems.add("field " + where + " was removed");
				continue;
			}
			if (!outputCompatible(field.getType(), current.getType())) {
				problems.add("field " + where + " changed type from " + render(field.getType()) + " to "
						+ render(current.getType()));
			}
			compareArguments(where, field.getInputValueDefinitions(), current.getInputValueDefinitions(), problems);
		}
	}

	private static void compareArguments(String where, List<InputValueDefinition> before,
			List<InputValueDefinition> after, List<String> problems) {
		compareInputs(where, before, after, problems);
	}

	private static void compareInputs(String where, List<InputValueDefinition> before, List<InputValueDefinition> after,
			List<String> problems) {
		Map<String, InputValueDefinition> old = before.stream()
			.collect(Collectors.toMap(InputValueDefinition::getName, Function.identity()));
		for (InputValueDefinition value : after) {
			InputValueDefinition previous = old.get(value.getName());
			boolean required = value.getType() instanceof NonNullType && value.getDefaultValue() == null;
			if (previous == null && required) {
				problems.add("required input " + where + "." + value.getName() + " was added");
			}
			else if (previous != null && !inputCompatible(previous.getType(), value.getType())) {
				problems.add("input " + where + "." + value.getName() + " changed type from "
						+ render(previous.getType()) + " to " + render(value.getType()));
			}
		}
		for (InputValueDefinition value : before) {
			if (after.stream().noneMatch((v) -> v.getName().equals(value.getName()))) {
				problems.add("input " + where + "." + value.getName() + " was removed");
			}
		}
	}

	/**
	 * An output may become stricter (nullable to non-null), never looser or different.
	 */
	private static boolean outputCompatible(Type<?> before, Type<?> after) {
		if (after instanceof NonNullType afterNonNull) {
			Type<?> inner = (before instanceof NonNullType beforeNonNull) ? beforeNonNull.getType() : before;
			return outputCompatible(inner, afterNonNull.getType());
		}
		if (before instanceof NonNullType) {
			return false;
		}
		if (before instanceof ListType beforeList && after instanceof ListType afterList) {
			return outputCompatible(beforeList.getType(), afterList.getType());
		}
		return before instanceof TypeName a && after instanceof TypeName b && a.getName().equals(b.getName());
	}

	/** An input may become looser (non-null to nullable), never stricter or different. */
	private static boolean inputCompatible(Type<?> before, Type<?> after) {
		return outputCompatible(after, before);
	}

	private static String render(Type<?> type) {
		if (type instanceof NonNullType nonNull) {
			return render(nonNull.getType()) + "!";
		}
		if (type instanceof ListType list) {
			return "[" + render(list.getType()) + "]";
		}
		return ((TypeName) type).getName();
	}

}
