package org.casebridge.gateway.limits;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits that protect the API itself, under {@code casebridge.api}. Each refused request
 * is refused before any agency is called.
 *
 * @param maxDepth the deepest selection, counted through fragments
 * @param maxComplexity the most fields an operation may resolve, counted on the
 * normalized operation (every fragment expanded where it is used, every alias counted)
 * @param disclosureCost what each field that asks the agencies (a {@code person} or
 * {@code searchPeople}) adds to the complexity
 * @param maxAliases the most aliases a document may hold
 * @param maxTokens the most lexical tokens the parser reads before giving up
 * @param maxRequestSize the largest request body
 * @param introspection whether integrators may introspect the schema (off in production)
 * @param documentCache how much document text (in characters, counted as bytes here) the
 * cache of parsed and validated documents holds; 0 turns the cache off
 * @param concurrency how many operations run at once, how many may wait for their turn,
 * and for how long
 */
@Validated
@ConfigurationProperties("casebridge.api")
public record ApiProperties(@DefaultValue("10") @Min(3) int maxDepth, @DefaultValue("400") @Min(10) int maxComplexity,
		@DefaultValue("25") @Min(0) int disclosureCost, @DefaultValue("30") @Min(0) int maxAliases,
		@DefaultValue("3000") @Min(100) int maxTokens, @DefaultValue("32KB") DataSize maxRequestSize,
		@DefaultValue("true") boolean introspection, @DefaultValue("256KB") DataSize documentCache,
		@DefaultValue @Valid Concurrency concurrency) {

	/**
	 * Admission of operations, under {@code casebridge.api.concurrency}.
	 *
	 * @param maxRunning the most operations running at once
	 * @param maxWaiting the most operations waiting to start; more are refused at once
	 * @param maxWait the longest an operation waits to start before it is refused
	 * @param maxRunningPerCaller the most operations of one caller (user or integrator)
	 * running at once, so that one caller cannot hold every place nor keep every core
	 * busy; 0 (the default) means four per processor available to the gateway
	 * @param maxWaitingPerCaller the most operations of one caller waiting at once; more
	 * of theirs are refused at once, everyone else's still wait their turn
	 * @param presence how long after its last operation a caller still counts as present:
	 * the per-caller share binds only while another caller is present, so one caller
	 * alone may use every running place
	 */
	public record Concurrency(@DefaultValue("32") @Min(1) int maxRunning, @DefaultValue("512") @Min(0) int maxWaiting,
			@DefaultValue("2s") Duration maxWait, @DefaultValue("0") @Min(0) int maxRunningPerCaller,
			@DefaultValue("64") @Min(0) int maxWaitingPerCaller, @DefaultValue("30s") Duration presence) {

		/** Operations of one caller a processor runs beside others' without queueing. */
		static final int PER_PROCESSOR = 4;

		/**
		 * The per-caller share in force: as configured, or four per processor.
		 * @param processors the processors available to the gateway
		 * @return at least 1, at most {@code maxRunning}
		 */
		public int runningPerCaller(int processors) {
			int share = (this.maxRunningPerCaller > 0) ? this.maxRunningPerCaller
					: PER_PROCESSOR * Math.max(1, processors);
			return Math.min(share, this.maxRunning);
		}

	}

}
