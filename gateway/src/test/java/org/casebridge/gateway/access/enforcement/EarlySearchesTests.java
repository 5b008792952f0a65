package org.casebridge.gateway.access.enforcement;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.SourceState;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.person.PersonView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The searches begun as soon as a person's handle is opened are the protections' own:
 * each asked of its agency once, and the protection decided from them is the one decided
 * without them — including when an early search fails or finds the flag.
 */
class EarlySearchesTests {

	private static final SelectedGroups.Selected ADDRESSES = new SelectedGroups.Selected(
			Set.of(FieldGroup.LOCATE_ADDRESS), false);

	@Test
	void aSearchBegunEarlyIsAskedOnceAndDecidesAsItWouldHaveLater() {
		PersonView view = CannedPerson.view(false, true);
		Counting late = new Counting(null);
		Protection without = new PersonProtections(late).protectionOf(view, everything(false), ADDRESSES).join();

		Counting lookups = new Counting(null);
		PersonProtections protections = new PersonProtections(lookups);
		EarlySearches early = protections.early(everything(false), ADDRESSES, false);
		assertThat(early).isNotNull();
		early.begin(view.facts().handle());
		int begun = lookups.total();
		assertThat(begun).as("searches begun from the handle alone").isPositive();
		Protection with = protections.protectionOf(view, everything(false), ADDRESSES, early).join();

		assertThat(with).isEqualTo(without);
		assertThat(lookups.asked.keySet()).as("the same searches").isEqualTo(late.asked.keySet());
		assertThat(lookups.asked.values()).as("each asked once")
			.allSatisfy((times) -> assertThat(times.get()).isEqualTo(1));
		assertThat(early.size()).isEqualTo(lookups.total());
	}

	@Test
	void aFlagFoundOrASearchFailedEarlyStillProtects() {
		PersonView view = CannedPerson.view(false, true);
		PersonRecord flagged = CannedPerson.flaggedNearMiss(Source.SUPPORT);
		for (Counting lookups : List.of(new Counting(flagged), Counting.failing())) {
			PersonProtections protections = new PersonProtections(lookups);
			EarlySearches early = protections.early(everything(false), ADDRESSES, false);
			early.begin(view.facts().handle());
			Protection with = protections.protectionOf(view, everything(false), ADDRESSES, early).join();
			assertThat(with.ownLocation()).as("protected when %s", lookups).isTrue();
		}
		// the control: nothing flagged, nothing failed
		Counting clean = new Counting(null);
		PersonProtections protections = new PersonProtections(clean);
		EarlySearches early = protections.early(everything(false), ADDRESSES, false);
		early.begin(view.facts().handle());
		assertThat(protections.protectionOf(view, everything(false), ADDRESSES, early).join().ownLocation()).isFalse();
	}

	@Test
	void theMembersOfThePersonsOwnCasesAreAskedWhileTheSearchesAreUnderWay() {
		PersonView child = CannedPerson.child();
		SelectedGroups.Selected placements = new SelectedGroups.Selected(Set.of(FieldGroup.PLACEMENT_LOCATION), false);
		Gated lookups = new Gated();
		CompletableFuture<Protection> protection = new PersonProtections(lookups).protectionOf(child, everything(false),
				placements, null);
		assertThat(protection).isNotDone();
		assertThat(lookups.asked).as("the support case's members, asked before any search answered")
			.contains("SUPPORT " + new PersonSearch(null, null, null, null, "CS-2019-004512"));
		lookups.release();
		assertThat(protection.join().childrensLocation()).isFalse();
		assertThat(lookups.asked).as("each asked once").doesNotHaveDuplicates();
	}

	@Test
	void nothingIsBegunWhereNoLocationCouldBeShown() {
		PersonProtections protections = new PersonProtections(new Counting(null));
		assertThat(protections.early(everything(false), new SelectedGroups.Selected(Set.of(), false), false))
			.as("no location selected")
			.isNull();
		assertThat(protections.early(withheld(), ADDRESSES, false)).as("the grants withhold the location").isNull();
		assertThat(protections.early(everything(true), ADDRESSES, false))
			.as("a locate-limited grant and no child named")
			.isNull();
		assertThat(protections.early(everything(true), ADDRESSES, true)).as("a child named").isNotNull();
		assertThat(protections.early(everything(true),
				new SelectedGroups.Selected(Set.of(FieldGroup.PLACEMENT_LOCATION), false), false))
			.as("a placement address is the children's location")
			.isNotNull();
	}

	@Test
	void aCallerWhoMayNotSeeAFlagHoldingAgencyBeginsNothing() {
		Counting lookups = new Counting(null);
		Grants noWelfare = new Grants(PurposeOfUse.LOCATE_PARENT, EnumSet.of(Source.SUPPORT, Source.LOCATE),
				fields(FieldAccess.FULL), false, true);
		EarlySearches early = new PersonProtections(lookups).early(noWelfare, ADDRESSES, false);
		early.begin(CannedPerson.view(false, true).facts().handle());
		assertThat(lookups.total()).isZero();
	}

	private static Grants everything(boolean locateLimited) {
		return new Grants(PurposeOfUse.LOCATE_PARENT, EnumSet.allOf(Source.class), fields(FieldAccess.FULL),
				locateLimited, true);
	}

	private static Grants withheld() {
		return new Grants(PurposeOfUse.LOCATE_PARENT, EnumSet.allOf(Source.class), fields(FieldAccess.WITHHELD), false,
				true);
	}

	private static Map<FieldGroup, FieldAccess> fields(FieldAccess access) {
		Map<FieldGroup, FieldAccess> fields = new EnumMap<>(FieldGroup.class);
		for (FieldGroup group : FieldGroup.values()) {
			fields.put(group, access);
		}
		return fields;
	}

	/**
	 * Agencies whose searches for records that could be the person wait until released; a
	 * case's members are answered at once. Nothing is flagged.
	 */
	private static final class Gated implements AgencyLookups {

		final List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

		private final CompletableFuture<Void> gate = new CompletableFuture<>();

		@Override
		public CompletableFuture<SourceOutcome<List<PersonRecord>>> search(Source source, PersonSearch criteria) {
			this.asked.add(source + " " + criteria);
			SourceOutcome<List<PersonRecord>> none = SourceOutcome.answered(source, List.of(), Duration.ZERO, 1);
			return (criteria.caseNumber() != null) ? CompletableFuture.completedFuture(none)
					: this.gate.thenApply((released) -> none);
		}

		void release() {
			this.gate.complete(null);
		}

	}

	/** Agencies that answer every search, counting how often each was asked. */
	private static final class Counting implements AgencyLookups {

		final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

		private final PersonRecord found;

		private final boolean fail;

		Counting(PersonRecord found) {
			this(found, false);
		}

		private Counting(PersonRecord found, boolean fail) {
			this.found = found;
			this.fail = fail;
		}

		static Counting failing() {
			return new Counting(null, true);
		}

		@Override
		public CompletableFuture<SourceOutcome<List<PersonRecord>>> search(Source source, PersonSearch criteria) {
			this.asked.computeIfAbsent(source + " " + criteria, (key) -> new AtomicInteger()).incrementAndGet();
			if (this.fail) {
				return CompletableFuture.completedFuture(
						SourceOutcome.notAnswered(source, SourceState.TIMEOUT, "no answer", Duration.ZERO, 1));
			}
			boolean hit = this.found != null && this.found.provenance().source() == source
					&& criteria.caseNumber() == null;
			return CompletableFuture.completedFuture(
					SourceOutcome.answered(source, hit ? List.of(this.found) : List.of(), Duration.ZERO, 1));
		}

		int total() {
			return this.asked.values().stream().mapToInt(AtomicInteger::get).sum();
		}

		@Override
		public String toString() {
			return this.fail ? "a search failed" : (this.found != null) ? "a record found is flagged" : "nothing found";
		}

	}

}
