package org.casebridge.demo.replicas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.casebridge.gateway.AsyncPool;
import org.casebridge.gateway.GatewayApplication;
import org.casebridge.gateway.audit.AuditEvent;
import org.casebridge.gateway.audit.AuditTrail;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The control of the crash test: the packaged gateway, which can be broken on purpose so
 * that it answers before its audit record is committed (the record is queued, the answer
 * released at once). Until the file named by {@value #BREAK_WHEN_PRESENT} exists it
 * passes every record to the shipped trail unchanged. Exists only in the test sources;
 * {@link TwoReplicasTests} puts this class beside the production jar's own
 * ({@code loader.path}) and runs it as the main class, so nothing in the production code
 * can turn the defect on.
 */
@Configuration(proxyBeanMethods = false)
public class AnswerBeforeAuditGateway {

	/** The system property naming the file whose presence breaks the gateway. */
	static final String BREAK_WHEN_PRESENT = "casebridge.test.answer-before-audit-when";

	public static void main(String[] args) {
		AsyncPool.ensureShared();
		SpringApplication.run(new Class<?>[] { GatewayApplication.class, AnswerBeforeAuditGateway.class }, args);
	}

	/**
	 * Replaces the trail every caller is given (the measured one) with the broken one.
	 */
	@Bean
	static BeanPostProcessor answerBeforeCommit() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if ("measuredAuditTrail".equals(beanName) && bean instanceof AuditTrail trail) {
					return new AnsweringEarly(trail, Path.of(System.getProperty(BREAK_WHEN_PRESENT)));
				}
				return bean;
			}
		};
	}

	private record AnsweringEarly(AuditTrail trail, Path breakWhenPresent) implements AuditTrail {

		@Override
		public CompletableFuture<Long> commit(AuditEvent event) {
			if (!Files.exists(this.breakWhenPresent)) {
				return this.trail.commit(event);
			}
			this.trail.commit(event);
			return CompletableFuture.completedFuture(0L);
		}

		@Override
		public int queued() {
			return this.trail.queued();
		}

	}

}
