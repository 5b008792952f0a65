package org.casebridge.simulator;

import java.net.URI;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.casebridge.simulator.internal.changes.Announcer;
import org.casebridge.simulator.internal.http.AgencyApi;
import org.casebridge.simulator.internal.http.AgencyServer;
import org.casebridge.simulator.internal.http.ControlServer;
import org.casebridge.simulator.internal.http.HoldingGate;
import org.casebridge.simulator.internal.locate.LocateApi;
import org.casebridge.simulator.internal.locate.RateLimiter;
import org.casebridge.simulator.internal.population.World;
import org.casebridge.simulator.internal.support.SupportApi;
import org.casebridge.simulator.internal.vitals.VitalsApi;
import org.casebridge.simulator.internal.welfare.TokenIssuer;
import org.casebridge.simulator.internal.welfare.WelfareApi;

/**
 * The four simulated agencies and the control API, started together over one generated
 * population. Closing it stops every server and every thread it started, including
 * requests held by HANG or by the gate (their connections are closed unanswered).
 */
public final class Simulator implements AutoCloseable {

	private final SimulatorSettings settings;

	private volatile World world;

	private final HoldingGate gate = new HoldingGate();

	private volatile RateLimiter locateLimiter;

	private final TokenIssuer welfareTokens;

	private final Map<Agency, AgencyServer> servers = new EnumMap<>(Agency.class);

	private final ControlServer control;

	private final Announcer announcer;

	private Simulator(SimulatorSettings settings) {
		this.settings = settings;
		this.world = World.generate(settings.seed(), settings.people());
		this.locateLimiter = new RateLimiter(settings.locateRequestsPerSecond());
		this.welfareTokens = new TokenIssuer(settings.welfareClientId(), settings.welfareClientSecret(),
				settings.welfareTokenLifetime());
		this.announcer = new Announcer(this.world, settings::eventKey, Clock.systemUTC());
		try {
			for (Agency agency : Agency.values()) {
				this.servers.put(agency,
						new AgencyServer(agency, settings.host(), settings.port(agency), api(agency), this.gate));
			}
			this.control = new ControlServer(settings.host(), settings.controlPort(),
					Collections.unmodifiableMap(this.servers), this::reset, this.welfareTokens::expireAll);
		}
		catch (RuntimeException ex) {
			this.servers.values().forEach(AgencyServer::close);
			this.announcer.close();
			throw ex;
		}
	}

	/** Generates the population and starts the five servers. */
	public static Simulator start(SimulatorSettings settings) {
		return new Simulator(settings);
	}

	public SimulatorSettings settings() {
		return this.settings;
	}

	/** Where {@code agency} listens, e.g. {@code http://127.0.0.1:9101}. */
	public URI baseUri(Agency agency) {
		return uri(this.servers.get(agency).port());
	}

	public URI controlUri() {
		return uri(this.control.port());
	}

	/**
	 * Changes how {@code agency} answers, as {@code PUT /agencies/{agency}/behaviour}
	 * does.
	 */
	public void behave(Agency agency, Behaviour behaviour) {
		this.servers.get(agency).behave(behaviour);
	}

	public Behaviour behaviour(Agency agency) {
		return this.servers.get(agency).behaviour();
	}

	/** Business requests {@code agency} received (not token or control requests). */
	public long requestCount(Agency agency) {
		return this.servers.get(agency).requestCount();
	}

	/** NORMAL everywhere, counters at zero, the gate open, rate limits forgotten. */
	public void reset() {
		this.servers.values().forEach((server) -> {
			server.behave(Behaviour.normal());
			server.resetCount();
		});
		this.gate.reset();
		this.locateLimiter.reset();
	}

	public Gate gate() {
		return this.gate;
	}

	/**
	 * Makes every welfare access token issued so far expired (the next call gets a 401).
	 */
	public void expireWelfareTokens() {
		this.welfareTokens.expireAll();
	}

	/**
	 * Replaces the population every agency serves, as if the simulator had started with
	 * {@code seed} and {@code people}, and the locate agency's allowance: for sweeps over
	 * several seeds through one gateway. The change feeds keep what they announced and go
	 * on from there; {@link #settings()} stay those it started with (the event keys too).
	 */
	public synchronized void repopulate(long seed, int people, int locateRequestsPerSecond) {
		this.world = World.generate(seed, people);
		this.locateLimiter = new RateLimiter(locateRequestsPerSecond);
		this.announcer.repopulate(this.world);
		for (Agency agency : Agency.values()) {
			this.servers.get(agency).serve(api(agency));
		}
	}

	/** The agencies' change feeds. */
	public AgencyChanges changes() {
		return new AgencyChanges(this.announcer);
	}

	public Population population() {
		return this.world;
	}

	@Override
	public void close() {
		this.gate.shutDown();
		this.control.close();
		this.servers.values().forEach(AgencyServer::close);
		this.announcer.close();
	}

	/**
	 * Runs the simulator until killed. Flags: {@code --seed N}, {@code --people N},
	 * {@code --host H}, {@code --port-base P} (control on P, agencies on P+1 to P+4),
	 * {@code --locate-rate N} (the locate agency's allowance per client address, requests
	 * per second; 0 for none, as load tests need), {@code --change-pace N} (changes the
	 * agencies announce a second, replaying the population's history; 0, the default,
	 * announces none).
	 */
	public static void main(String[] args) throws InterruptedException {
		SimulatorSettings settings = settingsFrom(args);
		Simulator simulator = start(settings);
		simulator.changes().pace(changePace(args));
		Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "simulator-shutdown"));
		System.out.println("CaseBridge agency simulator: " + simulator.population().people().size() + " people, seed "
				+ settings.seed() + ", locate rate " + settings.locateRequestsPerSecond() + "/s");
		System.out.println("  control  " + simulator.controlUri());
		for (Agency agency : Agency.values()) {
			System.out.printf("  %-8s %s%n", agency.pathName(), simulator.baseUri(agency));
		}
		new CountDownLatch(1).await();
	}

	/** The settings {@link #main} runs with: the defaults, changed by the flags. */
	static SimulatorSettings settingsFrom(String... args) {
		SimulatorSettings settings = SimulatorSettings.defaults();
		List<String> flags = List.of(args);
		if (flags.size() % 2 != 0) {
			throw new IllegalArgumentException("flag " + flags.get(flags.size() - 1) + " needs a value");
		}
		for (int i = 0; i + 1 < flags.size(); i += 2) {
			String value = flags.get(i + 1);
			settings = switch (flags.get(i)) {
				case "--seed" -> settings.withSeed(Long.parseLong(value));
				case "--people" -> settings.withPeople(Integer.parseInt(value));
				case "--host" -> settings.withHost(value);
				case "--port-base" -> settings.withPortBase(Integer.parseInt(value));
				case "--locate-rate" -> settings.withLocateRequestsPerSecond(Integer.parseInt(value));
				case "--change-pace" -> settings;
				default -> throw new IllegalArgumentException("unknown flag " + flags.get(i)
						+ " (flags: --seed N --people N --host H --port-base P --locate-rate N --change-pace N)");
			};
		}
		return settings;
	}

	/** The {@code --change-pace N} flag: changes announced a second, 0 when absent. */
	static double changePace(String... args) {
		List<String> flags = List.of(args);
		int at = flags.indexOf("--change-pace");
		return (at >= 0 && at + 1 < flags.size()) ? Double.parseDouble(flags.get(at + 1)) : 0;
	}

	private AgencyApi api(Agency agency) {
		return switch (agency) {
			case SUPPORT -> new SupportApi(this.world, this.announcer.log(Agency.SUPPORT));
			case WELFARE -> new WelfareApi(this.world, this.welfareTokens, this.announcer.log(Agency.WELFARE));
			case VITALS -> new VitalsApi(this.world);
			case LOCATE -> new LocateApi(this.world, this.locateLimiter, this.announcer.log(Agency.LOCATE));
		};
	}

	private URI uri(int port) {
		return this.settings.uri(port);
	}

}
