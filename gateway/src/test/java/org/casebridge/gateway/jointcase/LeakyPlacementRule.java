package org.casebridge.gateway.jointcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.Address;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.gateway.person.PersonView;

/**
 * A deliberately wrong located-parent rule, for the sweep's control only: it asks no
 * locate rule (the family violence indicator is ignored) and puts the parent's newest
 * address into the evidence. The sweep's checks must find what it raises wanting.
 */
final class LeakyPlacementRule {

	private LeakyPlacementRule() {
	}

	static List<Flag> of(PersonView view, LocalDate today) {
		Map<Source, String> ids = view.facts().recordIds();
		String parent = ids.get(Source.WELFARE);
		List<Flag> flags = new ArrayList<>();
		if (parent == null || view.locate() == null || view.locate().data() == null
				|| view.locate().data().addresses().isEmpty()) {
			return flags;
		}
		Address address = view.locate().data().addresses().get(0);
		for (RemovalEpisode episode : view.facts().placements()) {
			boolean listed = episode.parents().stream().anyMatch((link) -> parent.equals(link.agencyPersonId()));
			if (!listed || !PlacementResources.waiting(episode, today) || episode.worker() == null) {
				continue;
			}
			flags.add(new Flag(FlagKind.PARENT_LOCATED, "leaky:" + episode.episodeId(), Source.WELFARE, ids,
					List.of(new Flag.CaseRef(Source.WELFARE, episode.episodeId(), episode.worker().email(), true)),
					new Flag.Evidence(null, null, null, null, null, null, null,
							new Flag.Located(Source.LOCATE, address.provenance().recordId(), address.line1(),
									"DMV_ADDRESS", today, episode.episodeId(), episode.childAgencyPersonId()))));
		}
		return flags;
	}

}
