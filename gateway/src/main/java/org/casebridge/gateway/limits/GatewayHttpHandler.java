package org.casebridge.gateway.limits;

import org.casebridge.gateway.graphql.ErrorCode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Spring's HTTP handler for {@code /graphql}, with one change: an operation refused
 * because the gateway is at capacity is answered {@code 503 Service Unavailable}, and one
 * refused because its caller exceeded a rate limit {@code 429 Too Many Requests},
 * whatever the media type, so that load balancers, proxies and client libraries treat it
 * as "come back later" rather than as a fault in the request.
 */
final class GatewayHttpHandler extends GraphQlHttpHandler {

	GatewayHttpHandler(WebGraphQlHandler handler) {
		super(handler);
	}

	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
		if (!response.isValid() && response.getErrors().stream().anyMatch(GatewayHttpHandler::overloaded)) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		if (!response.isValid() && response.getErrors().stream().anyMatch(GatewayHttpHandler::rateLimited)) {
			return HttpStatus.TOO_MANY_REQUESTS;
		}
		return super.selectResponseStatus(response, responseMediaType);
	}

	private static boolean rateLimited(ResponseError error) {
		return error.getErrorType() == ErrorCode.LIMIT_EXCEEDED && "rate".equals(error.getExtensions().get("limit"));
	}

	private static boolean overloaded(ResponseError error) {
		return error.getErrorType() == ErrorCode.OVERLOADED;
	}

}
