package org.casebridge.gateway.access.enforcement;

import java.util.regex.Pattern;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

import org.casebridge.gateway.access.FieldGroup;

/**
 * Stands in front of agency free text marked {@code @freeText} (a referral decision's
 * reason): a caseworker writes the cause there ("good cause: risk of family violence"),
 * and the API promises the cause of a protection is never told. The text is withheld as
 * {@link Restriction#PROTECTED} whenever a protection is in force for the person, and
 * whenever it names a protected cause, whatever the flags say.
 */
final class FreeTextGuard implements DataFetcher<Object>, TrivialDataFetcher<Object> {

	private static final Pattern PROTECTED_CAUSE = Pattern
		.compile("violen|abus|\\bdv\\b|domestic|protective order|restraining|stalk|safety of the (parent|caregiver)|"
				+ "good cause|fvi\\b", Pattern.CASE_INSENSITIVE);

	private final DataFetcher<?> delegate;

	FreeTextGuard(DataFetcher<?> delegate) {
		this.delegate = delegate;
	}

	@Override
	public Object get(DataFetchingEnvironment env) throws Exception {
		Scope scope = Scope.of(env);
		if (scope == null || scope.protection().withholdsFreeText()) {
			return Restriction.PROTECTED.result(env, FieldGroup.PLACEMENT_EPISODE);
		}
		Object text = this.delegate.get(env);
		if (text instanceof CharSequence value && PROTECTED_CAUSE.matcher(value).find()) {
			return Restriction.PROTECTED.result(env, FieldGroup.PLACEMENT_EPISODE);
		}
		return text;
	}

}
