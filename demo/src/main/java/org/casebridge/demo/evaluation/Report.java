package org.casebridge.demo.evaluation;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.casebridge.gateway.identity.MatchWeights;
import org.casebridge.simulator.evaluation.Dirt;
import org.casebridge.simulator.evaluation.HardNegative;

/** The evaluation's results as Markdown, targets beside figures. */
final class Report {

	private Report() {
	}

	static String markdown(boolean natural, long seed, long trainSeed, int people, Dirt dirt, MatchWeights weights,
			Measurement m, SearchRecall search, ResolutionTiming timing, double seconds, Instant when) {
		StringBuilder out = new StringBuilder();
		line(out, "# Identity resolution, measured");
		line(out, "");
		line(out, "Held-out seed %d, %,d people of the served population "
				+ (natural ? "as it is, without added look-alikes" : "plus look-alikes (one person in 40)")
				+ ": %,d agency records, %,d candidate pairs after blocking. Weights estimated from seed %d "
				+ "without the added look-alikes (base rates come from the population as it is; the look-alikes "
				+ "test that they never merge). Measured %s in %.0f s "
				+ "(`./casebridge evaluate --seed %d --people %d" + (natural ? " --natural" : "") + "`).", seed, people,
				m.records, m.candidatePairs, trainSeed, when.toString().substring(0, 16) + "Z", seconds, seed, people);
		line(out, "");
		line(out, "Dirt added on top of the served population's own (nicknames, maiden names, missing and swapped "
				+ "SSNs, estimated dates of birth), per record: SSN one digit wrong %.1f %%, SSN missing %.1f %%, "
				+ "day and month swapped %.1f %%, day wrong %.1f %%, family name typo %.1f %%, given name typo "
				+ "%.1f %%, hyphenated family name %.1f %% of women.", 100 * dirt.ssnOneDigit(),
				100 * dirt.ssnMissing(), 100 * dirt.birthDayMonthSwapped(), 100 * dirt.birthDayTypo(),
				100 * dirt.lastNameTypo(), 100 * dirt.firstNameTypo(), 100 * dirt.hyphenated());
		line(out, "");
		line(out, "| measure | target | matcher | strong-evidence rule (today) |");
		line(out, "|---|---|---|---|");
		line(out, "| precision of automatic links | ≥ 0.995 | %.4f (%,d links) | %.4f (%,d links) |", m.linkPrecision(),
				m.links, m.strongPrecision(), m.strongLinks);
		line(out, "| recall of true pairs as link or possible match | ≥ 0.98 | %.4f | %.4f (links only) |",
				m.recallLinkOrPossible(), m.strongRecall());
		line(out, "| recall of true pairs as automatic link | — | %.4f | %.4f |", m.linkRecall(), m.strongRecall());
		line(out,
				"| pairs without an SSN on either record (%,d true pairs): precision of links | — | %.4f (%,d links) | — |",
				m.withoutSsnTruePairs, Measurement.ratio(m.withoutSsnCorrectLinks, m.withoutSsnLinks),
				m.withoutSsnLinks);
		line(out, "| the same: recall as link; as link or possible match | — | %.4f; %.4f | — |",
				Measurement.ratio(m.withoutSsnCorrectLinks, m.withoutSsnTruePairs),
				Measurement.ratio(m.withoutSsnCorrectLinks + m.withoutSsnSamePossibles, m.withoutSsnTruePairs));
		line(out, "| automatic merges of hard negatives | 0 | %d | %d |", m.hardNegativeMerges(),
				m.hardNegativeStrongMerges());
		line(out, "| search recall, one agency's variant typed | ≥ 0.97 | %.4f | %.4f |",
				Measurement.ratio(search.foundNow, search.targets),
				Measurement.ratio(search.foundToday, search.targets));
		line(out,
				"| resolution of 4 agencies × %d records (%d records), p99 elapsed | < 5 ms | %.2f ms (p50 %.2f, max %.2f) | — |",
				ResolutionTiming.PER_AGENCY, timing.records, timing.p99Millis, timing.p50Millis, timing.maxMillis);
		line(out, "| the same, p99 of the resolving thread's CPU time | — | %.2f ms (p50 %.2f) | — |",
				timing.cpuP99Millis, timing.cpuP50Millis);
		line(out, "");
		line(out, "True pairs: %,d pairs of records of one person (%,d of them share a block). Possible matches "
				+ "shown: %,d, of which %.1f %% are one person. Search recall counts, for every person with two "
				+ "or more records, each record typed (given name, family name, date of birth as its agency holds "
				+ "them) against each other record of the person: %,d queries, %,d records to find. Today: the "
				+ "agencies' exact search with the criteria as typed. Matcher: the widened queries of "
				+ "`identity.SearchMatch` filtered by its rule, as `searchPeople` asks them. "
				+ "Machine load during the run (1-minute average): %.1f on %d cores.", m.truePairs, m.blockedTruePairs,
				m.possibles, 100 * Measurement.ratio(m.samePossibles, m.possibles), search.queries, search.targets,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
		line(out, "");
		line(out, "## Hard negatives");
		line(out, "");
		line(out, "| kind | pairs | linked by the matcher | shown as possible match | linked by today's rule |");
		line(out, "|---|---|---|---|---|");
		for (Map.Entry<HardNegative.Kind, long[]> kind : m.hardNegatives.entrySet()) {
			long[] c = kind.getValue();
			line(out, "| %s | %,d | %d | %,d | %d |", IdentityEvaluation.kindName(kind.getKey()), c[0], c[1], c[2],
					c[3]);
		}
		line(out, "");
		line(out, "## Calibration");
		line(out, "");
		line(out, "Every candidate pair, by the probability the matcher gives it.");
		line(out, "");
		line(out, "| predicted probability | pairs | mean predicted | observed same-person rate |");
		line(out, "|---|---|---|---|");
		double lower = 0;
		for (int band = 0; band < Measurement.BANDS.length; band++) {
			double upper = Math.min(1, Measurement.BANDS[band]);
			line(out, "| [%.2f, %.2f%s | %,d | %.4f | %.4f |", lower, upper,
					(band == Measurement.BANDS.length - 1) ? "]" : ")", m.bandPairs[band],
					m.bandPredicted[band] / Math.max(1, m.bandPairs[band]),
					Measurement.ratio(m.bandSame[band], m.bandPairs[band]));
			lower = upper;
		}
		line(out, "");
		line(out, "Thresholds: link at a score of %.2f or more (and no disagreement that forbids a link), possible "
				+ "match from %.2f.", weights.linkThreshold(), weights.possibleThreshold());
		return out.toString();
	}

	private static void line(StringBuilder out, String format, Object... args) {
		out.append(String.format(Locale.ROOT, format, args)).append('\n');
	}

}
