package org.casebridge.demo.replicas;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Caseworkers' clients: each searches people by SSN and opens every third person found,
 * as a locate worker would, through one address (the load balancer), and keeps what it
 * received — when, from which replica, and the handle of the person data in it.
 */
final class Caseworkers {

	static final String SEARCH = "query Search($ssn: String!) { searchPeople(criteria: {ssn: $ssn}, "
			+ "purpose: LOCATE_PARENT) { candidates { handle displayName } } }";

	static final String VIEW = "query View($handle: ID!) { person(handle: $handle, purpose: LOCATE_PARENT) "
			+ "{ handle identity { names { last } } sources { source state } } }";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI graphql;

	private final String token;

	private final List<String> ssns;

	Caseworkers(URI graphql, String token, List<String> ssns) {
		this.graphql = graphql;
		this.token = token;
		this.ssns = ssns;
	}

	/**
	 * Sends {@code total} queries from {@code threads} clients at once; each answer is
	 * passed to {@code onAnswer} on the client's thread as soon as it arrives.
	 * @return every answer, in no particular order
	 */
	List<Answer> run(int threads, int total, Consumer<Answer> onAnswer) throws Exception {
		AtomicInteger started = new AtomicInteger();
		ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
		ExecutorService clients = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				done.add(clients.submit(() -> {
					int n = 0;
					while (started.getAndIncrement() < total) {
						String ssn = this.ssns.get((thread * 7919 + n) % this.ssns.size());
						Answer search = search(ssn);
						answers.add(search);
						onAnswer.accept(search);
						n++;
						if (search.handle() != null && n % 3 == 0 && started.getAndIncrement() < total) {
							Answer view = view(search.handle());
							answers.add(view);
							onAnswer.accept(view);
						}
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get(10, TimeUnit.MINUTES);
			}
		}
		finally {
			clients.shutdownNow();
		}
		return List.copyOf(answers);
	}

	Answer search(String ssn) {
		return send(Kind.SEARCH, SEARCH, Map.of("ssn", ssn), null);
	}

	Answer view(String handle) {
		return send(Kind.VIEW, VIEW, Map.of("handle", handle), handle);
	}

	/** One GraphQL request, and what of it arrived. */
	Answer send(Kind kind, String document, Map<String, Object> variables, String viewed) {
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.graphql)
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + this.token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", variables))))
				.build(), HttpResponse.BodyHandlers.ofString());
			long ended = System.nanoTime();
			String replica = response.headers().firstValue(LoadBalancer.UPSTREAM_HEADER).orElse("");
			if (response.statusCode() != 200) {
				return new Answer(kind, started, ended, replica, null, "HTTP " + response.statusCode());
			}
			JsonNode body = JSON.readTree(response.body());
			String code = failureCode(body.path("errors"));
			if (code != null) {
				return new Answer(kind, started, ended, replica, null, code);
			}
			return new Answer(kind, started, ended, replica, personData(kind, body.path("data"), viewed), null);
		}
		catch (IOException ex) {
			return new Answer(kind, started, System.nanoTime(), "", null, ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(kind, started, System.nanoTime(), "", null, "interrupted");
		}
	}

	/**
	 * The handle the person data of an answer is about: the first candidate of a search,
	 * the person opened by a view; null when the answer held no person.
	 */
	private static String personData(Kind kind, JsonNode data, String viewed) {
		if (kind == Kind.VIEW) {
			return data.path("person").isObject() ? viewed : null;
		}
		JsonNode candidates = data.path("searchPeople").path("candidates");
		return (candidates.size() > 0) ? candidates.path(0).path("handle").asString() : null;
	}

	/**
	 * An error that means the operation failed (not a restricted field or a silent
	 * agency).
	 */
	private static String failureCode(JsonNode errors) {
		for (JsonNode error : errors) {
			String code = error.path("extensions").path("code").asString("");
			if (!code.equals("RESTRICTED") && !code.equals("SOURCE_UNAVAILABLE")) {
				return code.isEmpty() ? "ERROR" : code;
			}
		}
		return null;
	}

	enum Kind {

		SEARCH, VIEW

	}

	/**
	 * What a client received.
	 *
	 * @param kind search or view
	 * @param startedNanos when the request was sent ({@link System#nanoTime()})
	 * @param endedNanos when the answer (or the failure) arrived
	 * @param replica the load balancer's word on which replica(s) it tried, e.g.
	 * {@code 127.0.0.1:20100, 127.0.0.1:20200}; empty when no answer came
	 * @param handle the person the answer disclosed, null if it disclosed none
	 * @param failure why the request failed, null if it succeeded
	 */
	record Answer(Kind kind, long startedNanos, long endedNanos, String replica, String handle, String failure) {

		boolean failed() {
			return this.failure != null;
		}

		/** The replica that answered: the last the load balancer tried. */
		boolean answeredBy(GatewayProcess gateway) {
			return this.replica.endsWith("127.0.0.1:" + gateway.port());
		}

		boolean inFlightAt(long nanos) {
			return this.startedNanos <= nanos && this.endedNanos >= nanos;
		}

	}

}
