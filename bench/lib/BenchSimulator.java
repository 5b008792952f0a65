import java.util.concurrent.CountDownLatch;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Simulator;
import org.casebridge.simulator.SimulatorSettings;

/**
 * The simulator as the benchmark runs it: {@code Simulator.main}'s flags ({@code --seed},
 * {@code --people}, {@code --host}, {@code --port-base}) plus {@code --locate-rate N}, the
 * locate agency's allowance per client address in requests per second (0: unlimited). The
 * benchmark lifts locate's rate limit so that the gateway's throughput, not the agency's
 * 50 requests/second default, is what is measured; {@code Simulator.main} has no flag for it.
 */
public class BenchSimulator {

	public static void main(String[] args) throws InterruptedException {
		SimulatorSettings settings = SimulatorSettings.defaults().withLocateRequestsPerSecond(0);
		for (int i = 0; i + 1 < args.length; i += 2) {
			String value = args[i + 1];
			settings = switch (args[i]) {
				case "--seed" -> settings.withSeed(Long.parseLong(value));
				case "--people" -> settings.withPeople(Integer.parseInt(value));
				case "--host" -> settings.withHost(value);
				case "--port-base" -> settings.withPortBase(Integer.parseInt(value));
				case "--locate-rate" -> settings.withLocateRequestsPerSecond(Integer.parseInt(value));
				default -> throw new IllegalArgumentException("unknown flag " + args[i]);
			};
		}
		Simulator simulator = Simulator.start(settings);
		Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "simulator-shutdown"));
		System.out.println("agency simulator: " + simulator.population().people().size() + " people, seed "
				+ settings.seed() + ", locate rate " + settings.locateRequestsPerSecond() + "/s");
		for (Agency agency : Agency.values()) {
			System.out.println("  " + agency.pathName() + " " + simulator.baseUri(agency));
		}
		new CountDownLatch(1).await();
	}

}
