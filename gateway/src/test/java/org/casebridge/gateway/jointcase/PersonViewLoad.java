package org.casebridge.gateway.jointcase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GraphQlClient;

/**
 * Person views asked for over HTTP by a number of callers, each one request after
 * another, while the alert benchmark runs: the load a gateway carries beside its change
 * work. Records each request's latency; bounded by {@link #stop()}.
 */
final class PersonViewLoad implements AutoCloseable {

	private final List<Thread> callers = new ArrayList<>();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

	private final AtomicLong failed = new AtomicLong();

	private PersonViewLoad() {
	}

	/**
	 * Starts {@code callers} callers, each asking in turn for the person views the
	 * handles stand for.
	 */
	static PersonViewLoad start(GraphQlClient graphql, String token, List<String> handles, int callers) {
		PersonViewLoad load = new PersonViewLoad();
		String document = Documents.load("person");
		for (int c = 0; c < callers; c++) {
			int first = c;
			Thread caller = new Thread(() -> {
				for (int i = first; load.running.get(); i++) {
					long started = System.nanoTime();
					GraphQlClient.Response response = graphql.post(token, document,
							Map.of("handle", handles.get(i % handles.size()), "purpose", "CASE_REVIEW"));
					if (response.status() == 200 && response.body() != null
							&& response.body().path("data").path("person").has("handle")) {
						load.latencies.add((System.nanoTime() - started) / 1_000_000);
					}
					else {
						load.failed.incrementAndGet();
					}
				}
			}, "person-view-load-" + c);
			caller.setDaemon(true);
			caller.start();
			load.callers.add(caller);
		}
		return load;
	}

	/** Stops the callers, waiting for each one's request in flight. */
	void stop() {
		this.running.set(false);
		for (Thread caller : this.callers) {
			try {
				caller.join(30_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** The answered requests' latencies (ms), sorted. */
	List<Long> latencies() {
		List<Long> sorted = new ArrayList<>(this.latencies);
		sorted.sort(Long::compare);
		return sorted;
	}

	long failed() {
		return this.failed.get();
	}

	int callers() {
		return this.callers.size();
	}

	@Override
	public void close() {
		stop();
	}

}
