package org.casebridge.gateway.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.casebridge.gateway.graphql.ErrorCode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The shape every request to {@code /graphql} must have, checked before authentication
 * and before anything else reads it: a POST (never GET, whose documents end up in logs
 * and which a link or image can trigger) with a JSON body (never a form or plain text,
 * which another site can post from a browser), one operation per request (a JSON array,
 * i.e. a batch, is refused), no larger than the configured size. Each refusal is counted
 * in the audit trail's summaries per source address and minute, with what the request's
 * bearer token claims kept as a claim: the token is not checked here.
 */
class ApiRequestFilter extends OncePerRequestFilter {

	private final int maxBytes;

	private final RefusalListener refusals;

	ApiRequestFilter(ApiProperties properties, RefusalListener refusals) {
		this.maxBytes = (int) properties.maxRequestSize().toBytes();
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!HttpMethod.POST.matches(request.getMethod())) {
			response.setHeader("Allow", "POST");
			refuse(request, response, HttpStatus.METHOD_NOT_ALLOWED, ErrorCode.BAD_REQUEST, "Use POST.");
			return;
		}
		if (!isJson(request.getContentType())) {
			refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCode.BAD_REQUEST,
					"Send application/json.");
			return;
		}
		if (request.getContentLengthLong() > this.maxBytes) {
			refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.LIMIT_EXCEEDED,
					"The request is too large.");
			return;
		}
		byte[] body = read(request.getInputStream());
		if (body == null) {
			refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.LIMIT_EXCEEDED,
					"The request is too large.");
			return;
		}
		if (firstSignificant(body) != '{') {
			refuse(request, response, HttpStatus.BAD_REQUEST, ErrorCode.BAD_REQUEST,
					"Send one operation as a JSON object.");
			return;
		}
		chain.doFilter(new CachedBody(request, body), response);
	}

	private static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** The body, or null if it is larger than allowed. */
	private byte[] read(InputStream in) throws IOException {
		byte[] body = in.readNBytes(this.maxBytes + 1);
		return (body.length > this.maxBytes) ? null : body;
	}

	private static int firstSignificant(byte[] body) {
		for (byte b : body) {
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
				return b;
			}
		}
		return -1;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, ErrorCode code,
			String message) throws IOException {
		this.refusals.refusedBeforeSignIn("REQUEST_" + status.name(), request);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(code.body(message));
	}

	/** The request with its body already read, so the handler can read it again. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
