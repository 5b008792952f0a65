package org.casebridge.gateway.graphql;

import org.springframework.core.Ordered;

/**
 * The order in which the GraphQL interceptors wrap every operation, outermost first. Each
 * interceptor takes its place from here, so the order is read in one place:
 * <ol>
 * <li>{@link #TRACE_ID} puts the request's trace id in every error, whatever refused or
 * failed it;</li>
 * <li>{@link #ADMISSION} refuses an operation the gateway has no capacity for, before
 * anything else is spent on it;</li>
 * <li>{@link #DISCLOSURE_AUDIT} commits the disclosure record before the answer is
 * released, and so sees the answer exactly as the caller will, errors coded;</li>
 * <li>{@link #ACCESS_PATTERNS} counts each person view towards its caller's access
 * pattern once the answer is ready, and flags browsing;</li>
 * <li>{@link #AUDIT_CONTEXT} notes the caller's address and the document's hash for that
 * record;</li>
 * <li>{@link #CALLER} keeps the authenticated caller in the request's context and sets
 * the parser's limits for this request;</li>
 * <li>{@link #ERROR_CODES}, innermost, gives every error a code before any outer
 * interceptor reads the answer.</li>
 * </ol>
 */
public final class InterceptorOrder {

	public static final int TRACE_ID = Ordered.HIGHEST_PRECEDENCE;

	public static final int ADMISSION = TRACE_ID + 10;

	public static final int DISCLOSURE_AUDIT = ADMISSION + 10;

	public static final int ACCESS_PATTERNS = ADMISSION + 15;

	public static final int AUDIT_CONTEXT = ADMISSION + 20;

	public static final int CALLER = ADMISSION + 30;

	public static final int PARSER_LIMITS = ADMISSION + 40;

	public static final int ERROR_CODES = ADMISSION + 50;

	private InterceptorOrder() {
	}

}
