package org.casebridge.gateway.access.policy;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.casebridge.gateway.access.AccessContext;
import org.casebridge.gateway.access.AccessPolicy;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PurposeNotPermittedException;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The policy this replica enforces: the newest stored version. Every replica reads the
 * newest version number once per refresh interval (one indexed query) and loads the
 * version when it changed, so an officer's change is in force everywhere within seconds.
 * A database with no policy yet gets the shipped defaults as version 1.
 */
@Component
class PolicyInForce implements AccessPolicy, InitializingBean, SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PolicyInForce.class);

	private final PolicyVersions versions;

	private final PolicyProperties properties;

	private final Clock clock;

	private volatile Policy current;

	private ScheduledExecutorService refresher;

	PolicyInForce(PolicyVersions versions, PolicyProperties properties, Clock clock) {
		this.versions = versions;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Grants grantsFor(AccessContext context) {
		return this.current.grantsFor(context.roles(), context.purpose())
			.orElseThrow(PurposeNotPermittedException::new);
	}

	Policy current() {
		return this.current;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.versions.latestVersion() == 0) {
			seedDefaults();
		}
		refresh();
	}

	/** Loads the newest version if it is newer than the one in force. */
	void refresh() {
		long latest = this.versions.latestVersion();
		Policy policy = this.current;
		if (policy != null && policy.version().version() >= latest) {
			return;
		}
		this.versions.find(latest).ifPresent((stored) -> adopt(compile(stored)));
	}

	/** Puts a version in force unless a newer one already is. */
	synchronized void adopt(Policy policy) {
		if (this.current == null || this.current.version().version() < policy.version().version()) {
			this.current = policy;
			logger.info("access policy version {} in force", policy.version().version());
		}
	}

	/**
	 * A stored version as a policy. A version the current rules reject (stored before a
	 * rule tightened) is enforced as "nothing granted" until an officer replaces it.
	 */
	static Policy compile(PolicyVersions.Stored stored) {
		PolicyDocument document = PolicyCodec.read(stored.document());
		List<PolicyViolation> violations = PolicyRules.check(document);
		if (!violations.isEmpty()) {
			logger.error(
					"access policy version {} breaks {} rule(s), first {} at {}; nothing is granted until it is"
							+ " replaced",
					stored.version().version(), violations.size(), violations.get(0).code(), violations.get(0).path());
			return new Policy(stored.version(), new PolicyDocument(List.of(), document.purposes()));
		}
		return new Policy(stored.version(), document);
	}

	private void seedDefaults() {
		PolicyDocument defaults = PolicyCodec.defaults();
		List<PolicyViolation> violations = PolicyRules.check(defaults);
		if (!violations.isEmpty()) {
			throw new IllegalStateException("the shipped default policy breaks its own rules: " + violations);
		}
		PolicyVersion first = new PolicyVersion(1, this.clock.instant(), "system", "Shipped defaults",
				List.of("shipped defaults installed"), null);
		try {
			this.versions.insert(first, PolicyCodec.write(defaults));
		}
		catch (DuplicateKeyException ex) {
			// another replica installed them first
		}
	}

	@Override
	public void start() {
		long millis = this.properties.refreshInterval().toMillis();
		this.refresher = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "policy-refresh");
			thread.setDaemon(true);
			return thread;
		});
		this.refresher.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			logger.warn("could not check for a newer access policy: {}", ex.getMessage());
		}
	}

	@Override
	public void stop() {
		if (this.refresher != null) {
			this.refresher.shutdownNow();
			this.refresher = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.refresher != null;
	}

}
