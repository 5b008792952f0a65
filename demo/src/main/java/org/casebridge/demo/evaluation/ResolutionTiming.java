package org.casebridge.demo.evaluation;

import java.util.ArrayList;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.identity.ComparableRecord;
import org.casebridge.gateway.identity.IdentityResolver;

/**
 * How long identity resolution takes for one search that brings 50 records from each of
 * the four agencies: the records of the most common family names (the most common first),
 * as a broad search would return them. Warmed up first; each run timed on its own, in
 * elapsed time (which on a shared machine includes time the thread waited for a core) and
 * in the thread's CPU time.
 */
final class ResolutionTiming {

	static final int PER_AGENCY = 50;

	static final int WARM_UP = 500;

	static final int RUNS = 3000;

	double p50Millis;

	double p99Millis;

	double maxMillis;

	double cpuP50Millis;

	double cpuP99Millis;

	int records;

	static ResolutionTiming measure(Labelled held, IdentityResolver resolver) {
		Map<String, Integer> byName = new HashMap<>();
		for (ComparableRecord record : held.records) {
			byName.merge(familyName(record), 1, Integer::sum);
		}
		List<String> names = byName.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
		String common = names.get(0);
		Map<Source, List<PersonRecord>> perAgency = new HashMap<>();
		for (String name : names.subList(0, Math.min(names.size(), 8))) {
			for (ComparableRecord record : held.records) {
				if (name.equals(familyName(record))) {
					List<PersonRecord> mine = perAgency.computeIfAbsent(record.record().provenance().source(),
							(s) -> new ArrayList<>());
					if (mine.size() < PER_AGENCY) {
						mine.add(record.record());
					}
				}
			}
		}
		List<PersonRecord> records = perAgency.values().stream().flatMap(List::stream).toList();
		PersonSearch criteria = new PersonSearch(null, common, null, null, null);
		long[] nanos = new long[RUNS];
		long[] cpu = new long[RUNS];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int run = 0; run < WARM_UP + RUNS; run++) {
			long startCpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			int size = resolver.resolve(records, criteria).size();
			long took = System.nanoTime() - start;
			long tookCpu = threads.getCurrentThreadCpuTime() - startCpu;
			if (size == 0) {
				throw new IllegalStateException("resolution lost every record");
			}
			if (run >= WARM_UP) {
				nanos[run - WARM_UP] = took;
				cpu[run - WARM_UP] = tookCpu;
			}
		}
		Arrays.sort(nanos);
		Arrays.sort(cpu);
		ResolutionTiming timing = new ResolutionTiming();
		timing.records = records.size();
		timing.p50Millis = nanos[RUNS / 2] / 1e6;
		timing.p99Millis = nanos[(int) (RUNS * 0.99)] / 1e6;
		timing.maxMillis = nanos[RUNS - 1] / 1e6;
		timing.cpuP50Millis = cpu[RUNS / 2] / 1e6;
		timing.cpuP99Millis = cpu[(int) (RUNS * 0.99)] / 1e6;
		return timing;
	}

	/** Agencies differ in case: "Smith" at one, "SMITH" at another. */
	private static String familyName(ComparableRecord record) {
		return record.record().primaryName().last().toUpperCase(Locale.ROOT);
	}

}
