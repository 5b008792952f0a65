package org.casebridge.simulator.internal.support;

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
import org.casebridge.simulator.internal.population.Match;
import org.casebridge.simulator.internal.population.World;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/v2/members?...}, {@code GET /api/v2/members/{memberId}} and the change
 * feed, {@code GET /api/v2/changes?after=&limit=}.
 */
public final class SupportApi implements AgencyApi {

	private static final String MEMBERS = "/api/v2/members";

	private static final String CHANGES = "/api/v2/changes";

	private final World world;

	private final ChangeLog changes;

	public SupportApi(World world, ChangeLog changes) {
		this.world = world;
		this.changes = changes;
	}

	/** Reading the change feed is not business: neither counted nor held by the gate. */
	@Override
	public boolean isBusiness(Request request) {
		return !CHANGES.equals(request.path());
	}

	@Override
	public Response handle(Request request) {
		String path = request.path();
		if (path.equals(CHANGES)) {
			return "GET".equals(request.method()) ? changes(request) : Json.error(405, "METHOD_NOT_ALLOWED");
		}
		if (!path.equals(MEMBERS) && !path.startsWith(MEMBERS + "/")) {
			return Json.error(404, "NOT_FOUND");
		}
		if (!"GET".equals(request.method())) {
			return Json.error(405, "METHOD_NOT_ALLOWED");
		}
		try {
			return path.equals(MEMBERS) ? search(request) : member(path.substring(MEMBERS.length() + 1));
		}
		catch (BadRequest ex) {
			return Json.error(400, "INVALID_CRITERIA", ex.getMessage());
		}
	}

	@Override
	public Response failure(int status, String code) {
		return Json.error(status, code);
	}

	private Response changes(Request request) {
		try {
			long after = Inputs.number(request.parameter("after"), 0, 0, Integer.MAX_VALUE, "after");
			int limit = Inputs.number(request.parameter("limit"), 100, 1, 500, "limit");
			return Json.response(200, this.changes.page(after, limit));
		}
		catch (BadRequest ex) {
			return Json.error(400, "INVALID_CRITERIA", ex.getMessage());
		}
	}

	private Response search(Request request) {
		Criteria criteria = new Criteria(Inputs.ssn(request.parameter("ssn"), "ssn"), request.parameter("lastName"),
				request.parameter("firstName"),
				Inputs.date(request.parameter("birthDate"), Inputs.US_DATE, "birthDate"), request.parameter("caseId"));
		if (criteria.isEmpty()) {
			throw new BadRequest("at least one of lastName, firstName, birthDate, ssn, caseId is required");
		}
		List<Match> matches = this.world.search(Agency.SUPPORT, criteria);
		ObjectNode body = Json.object();
		ArrayNode members = body.putArray("members");
		matches.forEach((match) -> members.add(SupportJson.member(match)));
		return Json.response(200, body);
	}

	private Response member(String memberId) {
		return this.world.find(Agency.SUPPORT, memberId).map((match) -> {
			ObjectNode member = SupportJson.member(match);
			ArrayNode cases = member.putArray("caseDetails");
			match.family()
				.supportCasesOf(match.person())
				.forEach((supportCase) -> cases.add(SupportJson.supportCase(supportCase, match.family())));
			return Json.response(200, member);
		}).orElseGet(() -> Json.error(404, "MEMBER_NOT_FOUND"));
	}

}
