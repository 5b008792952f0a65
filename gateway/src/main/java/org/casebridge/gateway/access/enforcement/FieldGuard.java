package org.casebridge.gateway.access.enforcement;

import java.util.Collection;
import java.util.Optional;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.TrivialDataFetcher;

import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.FieldGroup;

/**
 * Stands in front of the data fetcher of every field marked {@code @fieldGroup}: the
 * field is fetched only if its scope may show the group, is masked if the grant says so,
 * and is otherwise null with a RESTRICTED error. A field reached outside any disclosure
 * scope is withheld.
 */
class FieldGuard implements DataFetcher<Object> {

	private final FieldGroup group;

	private final DataFetcher<?> delegate;

	private final boolean scalar;

	FieldGuard(FieldGroup group, DataFetcher<?> delegate, boolean scalar) {
		this.group = group;
		this.delegate = delegate;
		this.scalar = scalar;
	}

	static FieldGuard of(FieldGroup group, DataFetcher<?> delegate, boolean scalar) {
		return (delegate instanceof TrivialDataFetcher<?>) ? new Trivial(group, delegate, scalar)
				: new FieldGuard(group, delegate, scalar);
	}

	@Override
	public Object get(DataFetchingEnvironment env) throws Exception {
		Scope scope = Scope.of(env);
		if (scope == null) {
			return Restriction.NOT_GRANTED.result(env, this.group);
		}
		Restriction restriction = scope.restriction(this.group);
		if (restriction != null) {
			scope.ledger()
				.withheld(this.group, restriction == Restriction.PROTECTED && scope.protection().familyViolence());
			return restriction.result(env, this.group);
		}
		Object fetched = this.delegate.get(env);
		DisclosureLedger ledger = scope.ledger();
		if (scope.access(this.group) == FieldAccess.MASKED) {
			if (this.scalar) {
				return Values.map(fetched, (value) -> {
					if (sent(value)) {
						ledger.masked(this.group);
					}
					return Masks.apply(this.group, value);
				});
			}
			Scope masked = scope.masking(this.group);
			return Values.map(fetched, (value) -> {
				if (sent(value)) {
					ledger.masked(this.group);
				}
				return DataFetcherResult.newResult().data(value).localContext(masked).build();
			});
		}
		return Values.map(fetched, (value) -> {
			if (sent(value)) {
				ledger.disclosed(this.group);
				if (this.group.federalTaxInformation()) {
					ledger.federalTaxInformationDisclosed();
				}
			}
			return value;
		});
	}

	/**
	 * Whether a value is really sent: a section that is null (its agency did not answer
	 * or was not asked) or an empty list discloses nothing, and the trail does not say it
	 * did.
	 */
	static boolean sent(Object value) {
		if (value == null) {
			return false;
		}
		if (value instanceof Collection<?> items) {
			return !items.isEmpty();
		}
		if (value instanceof Optional<?> optional) {
			return optional.isPresent();
		}
		return true;
	}

	/**
	 * A guard in front of a fetcher that does no I/O, itself marked trivial so that it
	 * costs no context propagation.
	 */
	static final class Trivial extends FieldGuard implements TrivialDataFetcher<Object> {

		Trivial(FieldGroup group, DataFetcher<?> delegate, boolean scalar) {
			super(group, delegate, scalar);
		}

	}

}
