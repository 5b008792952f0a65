package org.casebridge.gateway.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The shape of a parsed document, measured before validation so that a hostile document
 * is refused before graphql-java spends time on it: its depth and the number of fields it
 * expands to (both through fragments, each fragment measured once) and its aliases.
 * Introspection fields are not measured: they never reach an agency, and graphql-java
 * bounds them itself.
 */
record DocumentShape(int depth, long expandedFields, int aliases) {

	private static final long CAP = Long.MAX_VALUE / 4;

	static DocumentShape of(Document document) {
		Measure measure = new Measure(document);
		int depth = 0;
		long fields = 0;
		for (Definition<?> definition : document.getDefinitions()) {
			if (definition instanceof OperationDefinition operation) {
				depth = Math.max(depth, measure.depth(operation.getSelectionSet()));
				fields = Math.min(CAP, fields + measure.size(operation.getSelectionSet()));
			}
		}
		return new DocumentShape(depth, fields, measure.aliases);
	}

	private static final class Measure {

		private final Map<String, FragmentDefinition> fragments = new HashMap<>();

		private final Map<String, Integer> depths = new HashMap<>();

		private final Map<String, Long> sizes = new HashMap<>();

		private final Set<String> visiting = new HashSet<>();

		private int aliases;

		Measure(Document document) {
			for (Definition<?> definition : document.getDefinitions()) {
				if (definition instanceof FragmentDefinition fragment) {
					this.fragments.put(fragment.getName(), fragment);
				}
				if (definition instanceof OperationDefinition operation) {
					scan(operation.getSelectionSet());
				}
				else if (definition instanceof FragmentDefinition fragment) {
					scan(fragment.getSelectionSet());
				}
			}
		}

		/** Counts aliases, once per place they are written. */
		private void scan(SelectionSet set) {
			if (set == null) {
				return;
			}
			for (Selection<?> selection : set.getSelections()) {
				if (selection instanceof Field field) {
					if (field.getAlias() != null) {
						this.aliases++;
					}
					scan(field.getSelectionSet());
				}
				else if (selection instanceof InlineFragment inline) {
					scan(inline.getSelectionSet());
				}
			}
		}

		int depth(SelectionSet set) {
			int deepest = 0;
			if (set == null) {
				return 0;
			}
			for (Selection<?> selection : set.getSelections()) {
				if (selection instanceof Field field) {
					if (!isIntrospection(field)) {
						deepest = Math.max(deepest, 1 + depth(field.getSelectionSet()));
					}
				}
				else if (selection instanceof InlineFragment inline) {
					deepest = Math.max(deepest, depth(inline.getSelectionSet()));
				}
				else if (selection instanceof FragmentSpread spread) {
					deepest = Math.max(deepest, fragment(spread.getName(), this.depths, 0, (f) -> depth(f)));
				}
			}
			return deepest;
		}

		long size(SelectionSet set) {
			long total = 0;
			if (set == null) {
				return 0;
			}
			for (Selection<?> selection : set.getSelections()) {
				if (selection instanceof Field field) {
					if (!isIntrospection(field)) {
						total += 1 + size(field.getSelectionSet());
					}
				}
				else if (selection instanceof InlineFragment inline) {
					total += size(inline.getSelectionSet());
				}
				else if (selection instanceof FragmentSpread spread) {
					total += fragment(spread.getName(), this.sizes, 0L, (f) -> size(f));
				}
				total = Math.min(CAP, total);
			}
			return total;
		}

		/**
		 * A fragment's measure, computed once; an unknown or cyclic fragment measures
		 * nothing here (validation refuses it).
		 */
		private <T> T fragment(String name, Map<String, T> memo, T none,
				java.util.function.Function<SelectionSet, T> measure) {
			T known = memo.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition fragment = this.fragments.get(name);
			if (fragment == null || !this.visiting.add(name)) {
				return none;
			}
			T value = measure.apply(fragment.getSelectionSet());
			this.visiting.remove(name);
			memo.put(name, value);
			return value;
		}

		private static boolean isIntrospection(Field field) {
			return "__schema".equals(field.getName()) || "__type".equals(field.getName());
		}

	}

}
