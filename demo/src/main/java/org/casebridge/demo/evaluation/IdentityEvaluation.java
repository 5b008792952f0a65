package org.casebridge.demo.evaluation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.casebridge.gateway.identity.IdentityResolver;
import org.casebridge.gateway.identity.MatchWeights;
import org.casebridge.gateway.identity.RecordMatcher;
import org.casebridge.simulator.evaluation.Dirt;
import org.casebridge.simulator.evaluation.EvaluationPopulation;
import org.casebridge.simulator.evaluation.HardNegative;

/**
 * {@code ./casebridge evaluate}: measures identity resolution on a held-out seed and
 * writes the results as Markdown. With {@code --estimate FILE} it first estimates the
 * matcher's parameters from the training seed and writes them to FILE (the gateway's
 * {@code identity/match-weights.properties}); otherwise it uses the parameters on the
 * classpath.
 *
 * <pre>
 * --people N        people in each population (default 50000)
 * --seed S          held-out seed (default 20261206)
 * --train-seed T    training seed (default 1)
 * --estimate FILE   estimate the weights and write them to FILE
 * --natural         measure on the held-out population as it is, without the added
 *                   look-alikes (calibration at the base rates the weights come from)
 * --out FILE        where to write the results (default: printed only)
 * </pre>
 */
public final class IdentityEvaluation {

	private IdentityEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = Options.parse(args);
		int people = Integer.parseInt(options.getOrDefault("people", "50000"));
		long seed = Long.parseLong(options.getOrDefault("seed", "20261206"));
		long trainSeed = Long.parseLong(options.getOrDefault("train-seed", "1"));
		if (seed == trainSeed) {
			throw new IllegalArgumentException("the held-out seed must differ from the training seed");
		}
		Dirt dirt = Dirt.realistic();
		MatchWeights weights = MatchWeights.standard();
		if (options.containsKey("estimate")) {
			long start = System.nanoTime();
			Labelled training = new Labelled(EvaluationPopulation.natural(trainSeed, people, dirt));
			weights = Estimation.estimate(training);
			Path file = Path.of(options.get("estimate"));
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				weights.write(out, String.format(Locale.ROOT,
						"The identity matcher's Fellegi–Sunter parameters, estimated by ./casebridge evaluate%n"
								+ "from the labelled simulated population of seed %d (%d people, realistic dirt, no added look-alikes).%n"
								+ "m: share of one person's candidate pairs showing the feature; u: of different people's.%n"
								+ "The weight is log2(m/u). Thresholds on the summed weight; calibration.B is the observed%n"
								+ "same-person rate of scores in [B, next B).",
						trainSeed, people));
			}
			System.out.printf(Locale.ROOT, "estimated from seed %d in %.0f s, written to %s%n", trainSeed,
					(System.nanoTime() - start) / 1e9, file);
		}
		RecordMatcher matcher = new RecordMatcher(weights);
		long start = System.nanoTime();
		boolean natural = options.containsKey("natural");
		Labelled held = new Labelled(natural ? EvaluationPopulation.natural(seed, people, dirt)
				: EvaluationPopulation.generate(seed, people, dirt));
		Measurement measured = Measurement.of(held, matcher);
		SearchRecall search = SearchRecall.measure(held, weights);
		ResolutionTiming timing = ResolutionTiming.measure(held, new IdentityResolver());
		String report = Report.markdown(natural, seed, trainSeed, people, dirt, weights, measured, search, timing,
				(System.nanoTime() - start) / 1e9, Instant.now());
		System.out.println(report);
		if (options.containsKey("out")) {
			Path out = Path.of(options.get("out"));
			if (out.getParent() != null) {
				Files.createDirectories(out.getParent());
			}
			Files.writeString(out, report, StandardCharsets.UTF_8);
			System.out.println("written to " + out);
		}
		if (measured.hardNegativeMerges() > 0) {
			System.exit(2);
		}
	}

	static String kindName(HardNegative.Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
