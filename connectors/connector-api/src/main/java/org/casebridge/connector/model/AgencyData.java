package org.casebridge.connector.model;

import java.util.List;

/** Program data, one kind per agency. */
public sealed interface AgencyData {

	/** Child-support cases the person takes part in. */
	record SupportData(List<SupportCase> cases) implements AgencyData {
		public SupportData {
			cases = List.copyOf(cases);
		}
	}

	/** Removal episodes where the person is the child, or a parent of the child. */
	record WelfareData(List<RemovalEpisode> episodes) implements AgencyData {
		public WelfareData {
			episodes = List.copyOf(episodes);
		}
	}

	/**
	 * Births and paternity where the person is the child, the mother or a (alleged)
	 * father.
	 */
	record VitalsData(List<PaternityRecord> paternity) implements AgencyData {
		public VitalsData {
			paternity = List.copyOf(paternity);
		}
	}

	/** Addresses, employers, wages and driver records. */
	record LocateData(List<Address> addresses, List<Employment> employers, List<QuarterlyWage> wages,
			List<DriverRecord> driverRecords) implements AgencyData {
		public LocateData {
			addresses = List.copyOf(addresses);
			employers = List.copyOf(employers);
			wages = List.copyOf(wages);
			driverRecords = List.copyOf(driverRecords);
		}
	}

}
