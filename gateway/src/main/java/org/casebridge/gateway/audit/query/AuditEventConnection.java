package org.casebridge.gateway.audit.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.casebridge.gateway.audit.AuditRecords.Recorded;

/**
 * A page of audit records for the {@code auditEvents} query. Cursors are opaque to
 * clients; inside they are the record's sequence number.
 */
record AuditEventConnection(List<Edge> edges, PageInfo pageInfo) {

	private static final String PREFIX = "seq:";

	static AuditEventConnection of(List<Recorded> records, boolean hasNextPage) {
		List<Edge> edges = records.stream().map((r) -> new Edge(cursor(r.seq()), AuditEventView.of(r))).toList();
		String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new AuditEventConnection(edges, new PageInfo(hasNextPage, endCursor));
	}

	static String cursor(long seq) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
	}

	static long seqOf(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!text.startsWith(PREFIX)) {
				throw new IllegalArgumentException();
			}
			return Long.parseLong(text.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new AuditFilterInput.InvalidAuditFilterException("after is not a cursor from this query");
		}
	}

	record Edge(String cursor, AuditEventView node) {

	}

	record PageInfo(boolean hasNextPage, String endCursor) {

	}

}
