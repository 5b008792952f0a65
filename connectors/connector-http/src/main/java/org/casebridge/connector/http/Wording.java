package org.casebridge.connector.http;

import org.casebridge.connector.Source;

/**
 * How a connector words its failures. The messages reach operators and, as a source's
 * reason, API clients, so each connector keeps the wording it was built with; both name
 * the agency or the call and a status, never an address, a token or personal data.
 */
public enum Wording {

	/**
	 * Messages lead with the agency: "support did not answer in time", "support answered
	 * 503", "support answered unreadable JSON (line 1, column 80)".
	 */
	AGENCY {

		@Override
		String subject(Source source, String call) {
			return source.id();
		}

		@Override
		String payload(String subject, String why) {
			return subject + " answered " + why;
		}

		@Override
		String tooLarge(int limit) {
			return "with a body larger than " + limit + " bytes";
		}

		@Override
		String connectTimeout(String subject) {
			return subject + " did not accept a connection in time";
		}

		@Override
		String responseTimeout(String subject) {
			return subject + " did not answer in time";
		}

		@Override
		String unreachable(String subject, String kind) {
			return subject + " could not be reached (" + kind + ")";
		}

		@Override
		String noSuchRecord(String subject) {
			return subject + " holds no such record";
		}

		@Override
		String refused(String subject, int status) {
			return subject + " refused the connector (" + status + ")";
		}

	},

	/**
	 * Messages lead with the call: "person search: no answer within the response
	 * timeout", "person search answered 503", "registrant details: a Client fault".
	 */
	CALL {

		@Override
		String subject(Source source, String call) {
			return call;
		}

		@Override
		String payload(String subject, String why) {
			return subject + ": " + why;
		}

		@Override
		String tooLarge(int limit) {
			return "answer too large";
		}

		@Override
		String connectTimeout(String subject) {
			return subject + ": connection timed out";
		}

		@Override
		String responseTimeout(String subject) {
			return subject + ": no answer within the response timeout";
		}

		@Override
		String unreachable(String subject, String kind) {
			return subject + ": not reachable (" + kind + ")";
		}

		@Override
		String noSuchRecord(String subject) {
			return subject + ": no such record";
		}

		@Override
		String refused(String subject, int status) {
			return subject + ": credentials refused (" + status + ")";
		}

	};

	abstract String subject(Source source, String call);

	abstract String payload(String subject, String why);

	abstract String tooLarge(int limit);

	abstract String connectTimeout(String subject);

	abstract String responseTimeout(String subject);

	abstract String unreachable(String subject, String kind);

	abstract String noSuchRecord(String subject);

	abstract String refused(String subject, int status);

	String serverError(String subject, int status) {
		return subject + " answered " + status;
	}

}
