package org.casebridge.simulator.internal.locate;

import java.util.List;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.internal.changes.ChangeLog;
import org.casebridge.simulator.internal.http.AgencyApi;
import org.casebridge.simulator.internal.http.BadRequest;
import org.casebridge.simulator.internal.http.Inputs;
import org.casebridge.simulator.internal.http.Json;
import org.casebridge.simulator.internal.http.Request;
import org.casebridge.simulator.internal.http.Response;
import org.casebridge.simulator.internal.population.Criteria;
import org.casebridge.simulator.internal.population.LocateHistory;
import org.casebridge.simulator.internal.population.LocateRecord;
import org.casebridge.simulator.internal.population.Match;
import org.casebridge.simulator.internal.population.World;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /locate/v1/subjects?...&page=&size=} and {@code GET
 * /locate/v1/subjects/{subjectKey}/records?page=&size=}, both paged, each request counted
 * against the caller's rate limit first; and the change feed
 * {@code GET /locate/v1/changes?since=&size=}, outside it.
 */
public final class LocateApi implements AgencyApi {

	private static final String SUBJECTS = "/locate/v1/subjects";

	private static final String RECORDS = "/records";

	private static final String CHANGES = "/locate/v1/changes";

	private static final int MAX_SIZE = 100;

	private final World world;

	private final RateLimiter limiter;

	private final ChangeLog changes;

	public LocateApi(World world, RateLimiter limiter, ChangeLog changes) {
		this.world = world;
		this.limiter = limiter;
		this.changes = changes;
	}

	/** Change-feed reads are neither counted nor held by the gate. */
	@Override
	public boolean isBusiness(Request request) {
		return !CHANGES.equals(request.path());
	}

	@Override
	public Response handle(Request request) {
		// the feed is read at the reader's own pace, outside the search allowance
		if (CHANGES.equals(request.path())) {
			return "GET".equals(request.method()) ? changes(request) : Json.error(405, "METHOD_NOT_ALLOWED");
		}
		long retryAfter = this.limiter.acquire(request.client());
		if (retryAfter > 0) {
			return Json.error(429, "RATE_LIMITED").withHeader("Retry-After", Long.toString(retryAfter));
		}
		String path = request.path();
		boolean search = SUBJECTS.equals(path);
		boolean records = path.startsWith(SUBJECTS + "/") && path.endsWith(RECORDS);
		if (!search && !records) {
			return Json.error(404, "NOT_FOUND");
		}
		if (!"GET".equals(request.method())) {
			return Json.error(405, "METHOD_NOT_ALLOWED");
		}
		try {
			return search ? search(request)
					: records(request, path.substring(SUBJECTS.length() + 1, path.length() - RECORDS.length()));
		}
		catch (BadRequest ex) {
			return Json.error(400, "INVALID_REQUEST", ex.getMessage());
		}
	}

	@Override
	public Response failure(int status, String code) {
		return Json.error(status, code);
	}

	private Response changes(Request request) {
		try {
			long since = Inputs.number(request.parameter("since"), 0, 0, Integer.MAX_VALUE, "since");
			int size = Inputs.number(request.parameter("size"), 100, 1, 500, "size");
			return Json.response(200, this.changes.page(since, size));
		}
		catch (BadRequest ex) {
			return Json.error(400, "INVALID_REQUEST", ex.getMessage());
		}
	}

	private Response search(Request request) {
		Criteria criteria = new Criteria(Inputs.ssn(request.parameter("ssn"), "ssn"), request.parameter("surname"),
				request.parameter("given"), Inputs.date(request.parameter("dob"), Inputs.COMPACT_DATE, "dob"), null);
		int page = Inputs.number(request.parameter("page"), 0, 0, Integer.MAX_VALUE, "page");
		int size = Inputs.number(request.parameter("size"), 50, 1, MAX_SIZE, "size");
		if (criteria.isEmpty()) {
			throw new BadRequest("at least one of ssn, surname, given, dob is required");
		}
		List<Match> matches = this.world.search(Agency.LOCATE, criteria);
		ObjectNode body = Json.object();
		ArrayNode items = body.putArray("items");
		slice(matches, page, size).forEach(
				(match) -> items.add(LocateJson.subject(match, LocateHistory.of(this.world.seed(), match.person()))));
		return Json.response(200, paged(body, page, size, matches.size()));
	}

	private Response records(Request request, String subjectKey) {
		int page = Inputs.number(request.parameter("page"), 0, 0, Integer.MAX_VALUE, "page");
		int size = Inputs.number(request.parameter("size"), 20, 1, MAX_SIZE, "size");
		return this.world.find(Agency.LOCATE, subjectKey).map((match) -> {
			List<LocateRecord> history = LocateHistory.of(this.world.seed(), match.person());
			ObjectNode body = Json.object();
			body.set("subject", LocateJson.subject(match, history));
			ArrayNode items = body.putArray("items");
			slice(history, page, size).forEach((record) -> items.add(LocateJson.record(record)));
			return Json.response(200, paged(body, page, size, history.size()));
		}).orElseGet(() -> Json.error(404, "SUBJECT_NOT_FOUND"));
	}

	private static <T> List<T> slice(List<T> all, int page, int size) {
		long from = (long) page * size;
		return (from >= all.size()) ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
	}

	private static ObjectNode paged(ObjectNode body, int page, int size, int total) {
		return body.put("page", page).put("size", size).put("totalPages", (total + size - 1) / size);
	}

}
