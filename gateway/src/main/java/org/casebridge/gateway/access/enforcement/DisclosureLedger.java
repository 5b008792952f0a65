package org.casebridge.gateway.access.enforcement;

import java.util.concurrent.atomic.AtomicLong;

import graphql.GraphQLContext;

import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.disclosure.Disclosure;

/**
 * Notes in the request's {@link Disclosure} which field groups were disclosed, masked and
 * withheld. A group is noted the first time only, so the cost per field stays one atomic
 * read however many fields a response holds.
 */
final class DisclosureLedger {

	private static final String KEY = DisclosureLedger.class.getName();

	private final Disclosure disclosure;

	private final AtomicLong disclosed = new AtomicLong();

	private final AtomicLong masked = new AtomicLong();

	private final AtomicLong withheld = new AtomicLong();

	private final AtomicLong facts = new AtomicLong();

	private DisclosureLedger(Disclosure disclosure) {
		this.disclosure = disclosure;
	}

	static DisclosureLedger of(GraphQLContext context) {
		DisclosureLedger ledger = context.get(KEY);
		if (ledger != null) {
			return ledger;
		}
		Disclosure disclosure = Disclosure.of(context);
		return context.computeIfAbsent(KEY, (key) -> new DisclosureLedger(disclosure));
	}

	void disclosed(FieldGroup group) {
		if (first(this.disclosed, group.ordinal())) {
			this.disclosure.disclosed(group.id());
		}
	}

	void masked(FieldGroup group) {
		if (first(this.masked, group.ordinal())) {
			this.disclosure.disclosed(group.id() + ":masked");
		}
	}

	void withheld(FieldGroup group, boolean familyViolence) {
		if (first(this.withheld, group.ordinal())) {
			this.disclosure.withheld(group.id());
		}
		if (familyViolence && first(this.facts, 0)) {
			this.disclosure.familyViolenceRestricted();
		}
	}

	void federalTaxInformationDisclosed() {
		if (first(this.facts, 1)) {
			this.disclosure.federalTaxInformationDisclosed();
		}
	}

	private static boolean first(AtomicLong bits, int bit) {
		long mask = 1L << bit;
		if ((bits.get() & mask) != 0) {
			return false;
		}
		return (bits.getAndUpdate((b) -> b | mask) & mask) == 0;
	}

}
