package org.casebridge.simulator.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;

/** Creates the JDK HTTP servers every simulated port runs on. */
final class Listeners {

	static {
		// The JDK server writes headers and body in separate segments; with Nagle's
		// algorithm on, the body then waits for the client's delayed ACK (about 40 ms a
		// request). Only applies if nothing in this JVM created an HttpServer before.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private Listeners() {
	}

	/** A server bound to {@code host:port} (0 for an ephemeral port), not yet started. */
	static HttpServer bind(String host, int port, int backlog) {
		try {
			return HttpServer.create(new InetSocketAddress(host, port), backlog);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot listen on " + host + ":" + port, ex);
		}
	}

}
