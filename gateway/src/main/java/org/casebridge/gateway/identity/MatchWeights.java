package org.casebridge.gateway.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The matcher's Fellegi–Sunter parameters, read once from
 * {@code identity/match-weights.properties}: for every feature, m (how often two records
 * of one person show it) and u (how often two records of different people in the same
 * block show it), whose log2 ratio is the feature's weight; the two score thresholds; and
 * the observed same-person rate per score band that turns a score into a probability. The
 * file is written by the identity evaluation from the simulator's ground truth.
 */
public final class MatchWeights {

	static final String RESOURCE = "/identity/match-weights.properties";

	private final Map<MatchFeature, Double> m;

	private final Map<MatchFeature, Double> u;

	private final double linkThreshold;

	private final double possibleThreshold;

	private final NavigableMap<Integer, Double> calibration;

	private final Map<MatchFeature, Double> weights = new EnumMap<>(MatchFeature.class);

	/**
	 * @param calibration same-person rate by score band (the score rounded down)
	 */
	public MatchWeights(Map<MatchFeature, Double> m, Map<MatchFeature, Double> u, double linkThreshold,
			double possibleThreshold, Map<Integer, Double> calibration) {
		for (MatchFeature feature : MatchFeature.values()) {
			Double mf = m.get(feature);
			Double uf = u.get(feature);
			if (mf == null || uf == null || mf <= 0 || uf <= 0 || mf > 1 || uf > 1) {
				throw new IllegalArgumentException("m and u of " + feature + " must be in (0, 1]");
			}
			this.weights.put(feature, Math.log(mf / uf) / Math.log(2));
		}
		if (!(possibleThreshold < linkThreshold) || calibration.isEmpty()) {
			throw new IllegalArgumentException("the possible threshold must be below the link threshold,"
					+ " and the calibration must not be empty");
		}
		this.m = Map.copyOf(m);
		this.u = Map.copyOf(u);
		this.linkThreshold = linkThreshold;
		this.possibleThreshold = possibleThreshold;
		this.calibration = new TreeMap<>(calibration);
	}

	/** The parameters on the classpath. */
	public static MatchWeights standard() {
		return Holder.STANDARD;
	}

	public double weight(MatchFeature feature) {
		return this.weights.get(feature);
	}

	public double linkThreshold() {
		return this.linkThreshold;
	}

	public double possibleThreshold() {
		return this.possibleThreshold;
	}

	/** The observed same-person rate of the score's band. */
	public double probability(double score) {
		int band = (int) Math.floor(score);
		Map.Entry<Integer, Double> entry = this.calibration.floorEntry(band);
		if (entry == null) {
			entry = this.calibration.firstEntry();
		}
		return entry.getValue();
	}

	/** Writes the parameters in the form {@link #standard()} reads. */
	public void write(Writer out, String header) throws IOException {
		out.write(header.lines().map((line) -> "# " + line + "\n").reduce("", String::concat));
		for (MatchFeature feature : MatchFeature.values()) {
			out.write(String.format(Locale.ROOT, "m.%s=%.6g%nu.%s=%.6g%n", feature, this.m.get(feature), feature,
					this.u.get(feature)));
		}
		out.write(String.format(Locale.ROOT, "threshold.link=%.2f%nthreshold.possible=%.2f%n", this.linkThreshold,
				this.possibleThreshold));
		for (Map.Entry<Integer, Double> band : this.calibration.entrySet()) {
			out.write(String.format(Locale.ROOT, "calibration.%d=%.6f%n", band.getKey(), band.getValue()));
		}
	}

	static MatchWeights read(InputStream in) throws IOException {
		Properties properties = new Properties();
		properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		Map<MatchFeature, Double> m = new EnumMap<>(MatchFeature.class);
		Map<MatchFeature, Double> u = new EnumMap<>(MatchFeature.class);
		Map<Integer, Double> calibration = new TreeMap<>();
		for (String key : properties.stringPropertyNames()) {
			double value = Double.parseDouble(properties.getProperty(key).strip());
			if (key.startsWith("m.")) {
				m.put(MatchFeature.valueOf(key.substring(2)), value);
			}
			else if (key.startsWith("u.")) {
				u.put(MatchFeature.valueOf(key.substring(2)), value);
			}
			else if (key.startsWith("calibration.")) {
				calibration.put(Integer.parseInt(key.substring("calibration.".length())), value);
			}
		}
		return new MatchWeights(m, u, Double.parseDouble(properties.getProperty("threshold.link")),
				Double.parseDouble(properties.getProperty("threshold.possible")), calibration);
	}

	private static final class Holder {

		static final MatchWeights STANDARD = load();

		private static MatchWeights load() {
			try (InputStream in = MatchWeights.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException(RESOURCE + " is missing from the classpath");
				}
				return read(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
