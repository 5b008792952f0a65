package org.casebridge.demo.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.casebridge.gateway.identity.MatchFeature;
import org.casebridge.gateway.identity.MatchOutcome;
import org.casebridge.gateway.identity.MatchWeights;
import org.casebridge.gateway.identity.RecordMatcher;

/**
 * Fellegi–Sunter parameters from a labelled population: m and u counted over the
 * candidate pairs; the link threshold the lowest score whose links are at least
 * {@value #LINK_PRECISION} precise together and whose score band, like every band above
 * it, is at least {@value #LINK_BAND_RATE} one person (so that no link is a coin weighted
 * less than that, however many surer links surround it); the possible threshold the score
 * above which {@value #POSSIBLE_RECALL} of the pairs of one person that the protective
 * rule accepts fall; and the same-person rate per score band, made monotone. A missing
 * sex or date of birth is no evidence either way: their weight is set to 0 (the agencies'
 * records that lack them are too few to estimate from, and a handle whose records
 * disagree on the sex carries none).
 */
final class Estimation {

	static final double LINK_PRECISION = 0.995;

	static final double POSSIBLE_RECALL = 0.995;

	static final double LINK_BAND_RATE = 0.99;

	private Estimation() {
	}

	static MatchWeights estimate(Labelled training) {
		long[][] counts = new long[MatchFeature.values().length][2];
		long[] totals = new long[2];
		training.pairs.forEach((i, j) -> {
			int same = training.personOf[i].equals(training.personOf[j]) ? 1 : 0;
			totals[same]++;
			for (MatchFeature feature : RecordMatcher.features(training.records.get(i), training.records.get(j))) {
				counts[feature.ordinal()][same]++;
			}
			return 0;
		});
		Map<MatchFeature, Double> m = new EnumMap<>(MatchFeature.class);
		Map<MatchFeature, Double> u = new EnumMap<>(MatchFeature.class);
		for (MatchFeature feature : MatchFeature.values()) {
			m.put(feature, (counts[feature.ordinal()][1] + 0.5) / (totals[1] + 1.0));
			u.put(feature, (counts[feature.ordinal()][0] + 0.5) / (totals[0] + 1.0));
		}
		for (MatchFeature missing : new MatchFeature[] { MatchFeature.SEX_MISSING, MatchFeature.BIRTH_MISSING }) {
			m.put(missing, u.get(missing));
		}
		MatchWeights provisional = new MatchWeights(m, u, 1e9, -1e9, Map.of(0, 0.5));
		ScoredPairs scored = training.score(new RecordMatcher(provisional));
		Map<Integer, Double> calibration = calibration(scored);
		double link = Math.max(linkThreshold(scored), firstBandAtLeast(calibration, LINK_BAND_RATE));
		double possible = Math.min(possibleThreshold(scored), link - 1);
		return new MatchWeights(m, u, link, possible, calibration);
	}

	private static double linkThreshold(ScoredPairs scored) {
		List<double[]> eligible = new ArrayList<>();
		for (int p = 0; p < scored.size; p++) {
			if (scored.outcome[p] != MatchOutcome.NON_MATCH && !scored.forbidsLink[p]) {
				eligible.add(new double[] { scored.score[p], scored.same[p] ? 1 : 0 });
			}
		}
		eligible.sort((a, b) -> Double.compare(b[0], a[0]));
		double threshold = Double.MAX_VALUE;
		long links = 0;
		long correct = 0;
		for (int k = 0; k < eligible.size(); k++) {
			links++;
			correct += (long) eligible.get(k)[1];
			boolean lastOfScore = k + 1 == eligible.size() || eligible.get(k + 1)[0] < eligible.get(k)[0];
			if (lastOfScore && correct >= LINK_PRECISION * links) {
				threshold = eligible.get(k)[0];
			}
		}
		return Math.round(threshold * 100 - 1) / 100.0;
	}

	/**
	 * The lowest score whose band, and so every band above, is at least that often one
	 * person.
	 */
	private static double firstBandAtLeast(Map<Integer, Double> calibration, double rate) {
		return calibration.entrySet()
			.stream()
			.filter((band) -> band.getValue() >= rate)
			.mapToDouble(Map.Entry::getKey)
			.min()
			.orElse(Double.MAX_VALUE);
	}

	private static double possibleThreshold(ScoredPairs scored) {
		List<Double> same = new ArrayList<>();
		for (int p = 0; p < scored.size; p++) {
			if (scored.same[p] && scored.outcome[p] != MatchOutcome.NON_MATCH) {
				same.add(scored.score[p]);
			}
		}
		same.sort(null);
		double score = same.get((int) Math.floor((1 - POSSIBLE_RECALL) * same.size()));
		return Math.floor(score * 100 - 1) / 100.0;
	}

	/** The same-person rate per band, pooled until it never falls as the score rises. */
	private static Map<Integer, Double> calibration(ScoredPairs scored) {
		TreeMap<Integer, long[]> bands = new TreeMap<>();
		for (int p = 0; p < scored.size; p++) {
			long[] band = bands.computeIfAbsent((int) Math.floor(scored.score[p]), (b) -> new long[2]);
			band[0]++;
			band[1] += scored.same[p] ? 1 : 0;
		}
		List<Integer> starts = new ArrayList<>();
		List<double[]> pools = new ArrayList<>();
		for (Map.Entry<Integer, long[]> band : bands.entrySet()) {
			starts.add(band.getKey());
			pools.add(new double[] { band.getValue()[0], band.getValue()[1] });
			while (pools.size() > 1 && rate(pools.get(pools.size() - 2)) > rate(pools.get(pools.size() - 1))) {
				double[] last = pools.remove(pools.size() - 1);
				starts.remove(starts.size() - 1);
				pools.get(pools.size() - 1)[0] += last[0];
				pools.get(pools.size() - 1)[1] += last[1];
			}
		}
		Map<Integer, Double> calibration = new TreeMap<>();
		for (int k = 0; k < pools.size(); k++) {
			calibration.put(starts.get(k), rate(pools.get(k)));
		}
		return calibration;
	}

	private static double rate(double[] pool) {
		return (pool[1] + 0.5) / (pool[0] + 1);
	}

}
