package org.casebridge.simulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SimulatorFlagsTests {

	@Test
	void flagsChangeOnlyWhatTheyName() {
		SimulatorSettings settings = Simulator.settingsFrom("--seed", "7", "--port-base", "19100", "--locate-rate",
				"0");

		assertThat(settings.seed()).isEqualTo(7);
		assertThat(settings.controlPort()).isEqualTo(19100);
		assertThat(settings.locatePort()).isEqualTo(19104);
		assertThat(settings.locateRequestsPerSecond()).isZero();
		assertThat(settings.people()).isEqualTo(SimulatorSettings.defaults().people());
	}

	@Test
	void anUnknownFlagOrAMissingValueIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Simulator.settingsFrom("--locate", "0"))
			.withMessageContaining("--locate-rate N");
		assertThatIllegalArgumentException().isThrownBy(() -> Simulator.settingsFrom("--seed"))
			.withMessageContaining("needs a value");
	}

}
