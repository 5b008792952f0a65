package org.casebridge.simulator.internal.welfare;

import java.util.List;
import java.util.Locale;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.internal.changes.ChangeLog;
import org.casebridge.simulator.internal.http.AgencyApi;
import org.casebridge.simulator.internal.http.BadRequest;
import org.casebridge.simulator.internal.http.Inputs;
import org.casebridge.simulator.internal.http.Json;
import org.casebridge.simulator.internal.http.Request;
import org.casebridge.simulator.internal.http.Response;
import org.casebridge.simulator.internal.population.Criteria;
import org.casebridge.simulator.internal.population.Match;
import org.casebridge.simulator.internal.population.World;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /oauth/token}, then with a bearer token
 * {@code GET /ccwis/persons/search?...}, {@code GET /ccwis/persons/{person_id}} and the
 * change feed, {@code GET /ccwis/changes?after=&limit=}.
 */
public final class WelfareApi implements AgencyApi {

	private static final String TOKEN = "/oauth/token";

	private static final String SEARCH = "/ccwis/persons/search";

	private static final String PERSONS = "/ccwis/persons/";

	private static final String CHANGES = "/ccwis/changes";

	private final World world;

	private final TokenIssuer tokens;

	private final ChangeLog changes;

	public WelfareApi(World world, TokenIssuer tokens, ChangeLog changes) {
		this.world = world;
		this.tokens = tokens;
		this.changes = changes;
	}

	@Override
	public boolean isBusiness(Request request) {
		// token requests and change-feed reads are neither counted nor held by the gate
		return !TOKEN.equals(request.path()) && !CHANGES.equals(request.path());
	}

	@Override
	public Response handle(Request request) {
		if (TOKEN.equals(request.path())) {
			return this.tokens.token(request);
		}
		if (!this.tokens.accepts(request.header("Authorization"))) {
			return Json.error(401, "invalid_token").withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		}
		String path = request.path();
		if (CHANGES.equals(path)) {
			return "GET".equals(request.method()) ? changes(request) : Json.error(405, "method_not_allowed");
		}
		if (!path.startsWith(PERSONS) || path.length() == PERSONS.length()) {
			return Json.error(404, "not_found");
		}
		if (!"GET".equals(request.method())) {
			return Json.error(405, "method_not_allowed");
		}
		try {
			return SEARCH.equals(path) ? search(request) : person(path.substring(PERSONS.length()));
		}
		catch (BadRequest ex) {
			return Json.error(400, "invalid_request", ex.getMessage());
		}
	}

	@Override
	public Response failure(int status, String code) {
		return Json.error(status, code.toLowerCase(Locale.ROOT));
	}

	private Response changes(Request request) {
		try {
			long after = Inputs.number(request.parameter("after"), 0, 0, Integer.MAX_VALUE, "after");
			int limit = Inputs.number(request.parameter("limit"), 100, 1, 500, "limit");
			return Json.response(200, this.changes.page(after, limit));
		}
		catch (BadRequest ex) {
			return Json.error(400, "invalid_request", ex.getMessage());
		}
	}

	private Response search(Request request) {
		Criteria criteria = new Criteria(Inputs.ssn(request.parameter("ssn"), "ssn"), request.parameter("last_name"),
				request.parameter("first_name"), Inputs.date(request.parameter("dob"), Inputs.ISO_DATE, "dob"),
				request.parameter("case_number"));
		if (criteria.isEmpty()) {
			throw new BadRequest("at least one of last_name, first_name, dob, ssn, case_number is required");
		}
		List<Match> matches = this.world.search(Agency.WELFARE, criteria);
		ObjectNode body = Json.object();
		ArrayNode results = body.putArray("results");
		matches.forEach((match) -> results.add(WelfareJson.person(match)));
		return Json.response(200, body);
	}

	private Response person(String personId) {
		return this.world.find(Agency.WELFARE, personId).map((match) -> {
			ObjectNode body = Json.object();
			body.set("person", WelfareJson.person(match));
			ArrayNode episodes = body.putArray("episodes");
			match.family()
				.episodesOf(match.person())
				.forEach((episode) -> episodes.add(WelfareJson.episode(episode, match.family())));
			return Json.response(200, body);
		}).orElseGet(() -> Json.error(404, "not_found"));
	}

}
