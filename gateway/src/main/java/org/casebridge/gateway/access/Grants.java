package org.casebridge.gateway.access;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.casebridge.connector.Source;

/**
 * What one access context may see: which sources may be asked at all, and how each field
 * group is shown. Computed once per role set and purpose for each policy version, so
 * every check on it is a lookup.
 *
 * @param purpose the purpose the grants are for
 * @param sources the sources that may be asked; the others are not called
 * @param fields how each field group is shown; a group not listed is withheld
 * @param locateLimited whether locate data may be shown only for a parent or putative
 * father of a child (locating for child welfare)
 * @param childSupport whether the grants come from a child-support role, the only ones
 * federal tax information may go to
 */
public record Grants(PurposeOfUse purpose, Set<Source> sources, Map<FieldGroup, FieldAccess> fields,
		boolean locateLimited, boolean childSupport) {

	public Grants {
		sources = Collections
			.unmodifiableSet(sources.isEmpty() ? EnumSet.noneOf(Source.class) : EnumSet.copyOf(sources));
		Map<FieldGroup, FieldAccess> copy = new EnumMap<>(FieldGroup.class);
		copy.putAll(fields);
		fields = Collections.unmodifiableMap(copy);
	}

	/** Nothing: no source, every field group withheld. */
	public static Grants none(PurposeOfUse purpose) {
		return new Grants(purpose, Set.of(), Map.of(), false, false);
	}

	public boolean maySee(Source source) {
		return this.sources.contains(source);
	}

	/** How the group is shown; WITHHELD unless granted. */
	public FieldAccess access(FieldGroup group) {
		FieldAccess access = this.fields.get(group);
		return (access != null) ? access : FieldAccess.WITHHELD;
	}

}
