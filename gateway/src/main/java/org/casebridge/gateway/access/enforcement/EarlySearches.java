package org.casebridge.gateway.access.enforcement;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PersonRules;
import org.casebridge.gateway.access.ProtectiveSearches;
import org.casebridge.gateway.identity.PersonHandle;
import org.casebridge.gateway.identity.PossibleMatch;

/**
 * One operation's searches for records that could be the person: each asked of its agency
 * at most once, whether it was begun from the handle or asked for by the protections.
 * Thread-safe.
 */
final class EarlySearches implements ProtectiveSearches {

	private final AgencyLookups lookups;

	private final Grants grants;

	private final Map<Asked, CompletableFuture<SourceOutcome<List<PersonRecord>>>> asked = new ConcurrentHashMap<>();

	EarlySearches(AgencyLookups lookups, Grants grants) {
		this.lookups = lookups;
		this.grants = grants;
	}

	@Override
	public void begin(PersonHandle handle) {
		// where the caller may not see a flag-holding agency, the protections restrict
		// without searching
		if (!PersonRules.FAMILY_VIOLENCE_SOURCES.stream().allMatch(this.grants::maySee)) {
			return;
		}
		List<PersonSearch> searches = PossibleMatch.searches(PossibleMatch.Profile.of(handle, List.of()),
				PersonProtections.MAX_SEARCHES);
		if (searches == null) {
			return;
		}
		for (Source source : PersonRules.FAMILY_VIOLENCE_SOURCES) {
			searches.forEach((search) -> search(source, search));
		}
	}

	/** The search's answer: the one already under way, or a new one. */
	CompletableFuture<SourceOutcome<List<PersonRecord>>> search(Source source, PersonSearch criteria) {
		return this.asked.computeIfAbsent(new Asked(source, criteria),
				(key) -> this.lookups.search(key.source(), key.criteria()));
	}

	/** How many searches were asked. */
	int size() {
		return this.asked.size();
	}

	private record Asked(Source source, PersonSearch criteria) {

	}

}
