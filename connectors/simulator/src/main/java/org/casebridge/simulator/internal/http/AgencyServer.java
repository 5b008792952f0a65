package org.casebridge.simulator.internal.http;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Behaviour;
import org.casebridge.simulator.Behaviour.Mode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One agency's HTTP server with its injectable faults. DOWN stops the listener (the port
 * refuses connections) and any other mode binds it again on the same port; HANG parks
 * requests until the mode changes or the server closes. Requests run on a pool large
 * enough for hundreds of concurrent clients, so SLOW answers overlap instead of queueing.
 */
public final class AgencyServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(AgencyServer.class);

	/** Enough threads for the load benchmark's concurrent clients, all parked in SLOW. */
	static final int MAX_THREADS = 512;

	private static final int BACKLOG = 1024;

	private final Agency agency;

	private final String host;

	private volatile AgencyApi api;

	private final HoldingGate gate;

	private ThreadPoolExecutor executor;

	private final AtomicLong requests = new AtomicLong();

	private final CountDownLatch closing = new CountDownLatch(1);

	private final Object lock = new Object();

	private Behaviour behaviour = Behaviour.normal();

	private HttpServer server;

	private int port;

	private boolean closed;

	public AgencyServer(Agency agency, String host, int port, AgencyApi api, HoldingGate gate) {
		this.agency = agency;
		this.host = host;
		this.api = api;
		this.gate = gate;
		synchronized (this.lock) {
			bind(port);
		}
		logger.info("Simulated {} agency listening on {}:{}", agency.pathName(), host, this.port);
	}

	public int port() {
		synchronized (this.lock) {
			return this.port;
		}
	}

	public Behaviour behaviour() {
		synchronized (this.lock) {
			return this.behaviour;
		}
	}

	public long requestCount() {
		return this.requests.get();
	}

	public void resetCount() {
		this.requests.set(0);
	}

	/** Serves {@code api} from the next request on. */
	public void serve(AgencyApi api) {
		this.api = api;
	}

	public void behave(Behaviour next) {
		synchronized (this.lock) {
			if (this.closed) {
				throw new IllegalStateException("closed");
			}
			this.behaviour = next;
			this.lock.notifyAll();
			if (next.mode() == Mode.DOWN && this.server != null) {
				this.server.stop(0);
				this.server = null;
			}
			else if (next.mode() != Mode.DOWN && this.server == null) {
				bind(this.port);
			}
		}
	}

	@Override
	public void close() {
		synchronized (this.lock) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			this.closing.countDown();
			this.lock.notifyAll();
			if (this.server != null) {
				this.server.stop(0);
				this.server = null;
			}
		}
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void bind(int port) {
		HttpServer bound = Listeners.bind(this.host, port, BACKLOG);
		if (this.executor == null) {
			// Threads carry the port so that a test can tell one simulator's threads from
			// another's.
			this.executor = ElasticExecutor
				.create("simulator-" + this.agency.pathName() + "-" + bound.getAddress().getPort(), MAX_THREADS);
		}
		bound.setExecutor(this.executor);
		bound.createContext("/", this::handle);
		bound.start();
		this.server = bound;
		this.port = bound.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) {
		try {
			Request request = Request.read(exchange);
			if (this.api.isBusiness(request)) {
				this.requests.incrementAndGet();
				if (!this.gate.pass(this.agency)) {
					return;
				}
			}
			Behaviour current = awaitAnswerable();
			if (current == null || current.mode() == Mode.DOWN || !pause(current)) {
				return;
			}
			Response response = switch (current.mode()) {
				case RESET -> null;
				case ERROR_500 -> this.api.failure(500, "INTERNAL_ERROR");
				case RATE_LIMIT -> this.api.failure(429, "RATE_LIMITED").withHeader("Retry-After", "1");
				case MALFORMED -> this.api.handle(request).truncated();
				default -> this.api.handle(request);
			};
			if (response != null) {
				response.writeTo(exchange);
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Simulated {} agency dropped a request: {}", this.agency.pathName(), ex.toString());
		}
		finally {
			// Closing an exchange whose answer never started closes the connection
			// itself:
			// the client sees the connection reset with no answer.
			exchange.close();
		}
	}

	/** The behaviour to answer with once any HANG is over; null when closing. */
	private Behaviour awaitAnswerable() {
		synchronized (this.lock) {
			try {
				while (!this.closed && this.behaviour.mode() == Mode.HANG) {
					this.lock.wait();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
			return this.closed ? null : this.behaviour;
		}
	}

	/** Waits out the latency; false when the server closed meanwhile. */
	private boolean pause(Behaviour current) {
		if (current.latency().isZero()) {
			return true;
		}
		try {
			return !this.closing.await(current.latency().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
