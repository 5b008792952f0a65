package org.casebridge.gateway.source;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.casebridge.connector.AgencyConnector;
import org.casebridge.connector.Source;
import org.casebridge.connector.change.ChangeFeed;
import org.casebridge.connector.locate.LocateConnector;
import org.casebridge.connector.locate.LocateSettings;
import org.casebridge.connector.support.SupportConnector;
import org.casebridge.connector.support.SupportSettings;
import org.casebridge.connector.vitals.VitalsConnector;
import org.casebridge.connector.vitals.VitalsSettings;
import org.casebridge.connector.welfare.WelfareConnector;
import org.casebridge.connector.welfare.WelfareSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds one connector per agency from its configuration, each with an HTTP client of its
 * own (its own connections, connect timeout and, in production, TLS settings) but all
 * sharing one small pool for the clients' internal work. The JDK gives every client a
 * pool of its own that starts a thread per burst and hands each task over through a
 * rendezvous queue; one work-stealing pool sized to the cores keeps its threads busy
 * under load instead of waking one per response.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

	@Bean
	AgencyIo agencyIo() {
		return new AgencyIo();
	}

	@Bean
	Connectors connectors(ConnectorProperties properties, Clock clock, AgencyIo io) {
		ConnectorProperties.Support support = properties.support();
		ConnectorProperties.Welfare welfare = properties.welfare();
		ConnectorProperties.Vitals vitals = properties.vitals();
		ConnectorProperties.Locate locate = properties.locate();
		List<AgencyConnector> all = List.of(
				new SupportConnector(
						new SupportSettings(support.baseUri(), support.connectTimeout(), support.responseTimeout()),
						clock, io.client(support.connectTimeout())),
				new WelfareConnector(
						new WelfareSettings(welfare.baseUri(), welfare.tokenUri(), welfare.clientId(),
								welfare.clientSecret(), welfare.connectTimeout(), welfare.responseTimeout()),
						clock, io.client(welfare.connectTimeout())),
				new VitalsConnector(
						new VitalsSettings(vitals.baseUri(), vitals.connectTimeout(), vitals.responseTimeout()), clock,
						io.client(vitals.connectTimeout())),
				new LocateConnector(new LocateSettings(locate.baseUri(), locate.connectTimeout(),
						locate.responseTimeout(), locate.pageSize(), locate.maxPages()), clock,
						io.client(locate.connectTimeout())));
		return new Connectors(all);
	}

	/**
	 * The change feeds of the agencies whose event key is configured, read through the
	 * same connectors (and HTTP clients) as their records.
	 */
	@Bean
	ChangeFeeds changeFeeds(ConnectorProperties properties, Connectors connectors) {
		List<ChangeFeed> feeds = new ArrayList<>();
		if (properties.support().eventKey() != null) {
			feeds.add(((SupportConnector) connectors.get(Source.SUPPORT)).changeFeed(properties.support().eventKey()));
		}
		if (properties.welfare().eventKey() != null) {
			feeds.add(((WelfareConnector) connectors.get(Source.WELFARE)).changeFeed(properties.welfare().eventKey()));
		}
		if (properties.locate().eventKey() != null) {
			feeds.add(((LocateConnector) connectors.get(Source.LOCATE)).changeFeed(properties.locate().eventKey()));
		}
		return new ChangeFeeds(feeds);
	}

	/** The agencies' HTTP clients and the pool they share. */
	static final class AgencyIo implements AutoCloseable {

		private final ForkJoinPool pool;

		AgencyIo() {
			int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
			AtomicInteger started = new AtomicInteger();
			this.pool = new ForkJoinPool(threads, (owner) -> {
				ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(owner);
				thread.setName("agency-io-" + started.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			}, null, true);
		}

		/**
		 * An HTTP/1.1 client that never follows redirects (an agency that redirects is
		 * misconfigured).
		 */
		HttpClient client(Duration connectTimeout) {
			return HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(connectTimeout)
				.followRedirects(HttpClient.Redirect.NEVER)
				.executor(this.pool)
				.build();
		}

		@Override
		public void close() throws InterruptedException {
			this.pool.shutdown();
			this.pool.awaitTermination(5, TimeUnit.SECONDS);
		}

	}

}
