package org.casebridge.gateway.observability;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Behaviour;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the gateway logs while it searches, shows and refuses, for people of every
 * kind and with agencies failing in every way, holds none of the searched people's SSNs,
 * names or dates of birth, nor any SSN of the whole synthetic population; and the lines
 * about an agency call carry the request's trace id.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTests extends GatewayIntegrationTest {

	private static final Pattern SSN_LIKE = Pattern.compile("(?<![0-9])([0-9]{3})-?([0-9]{2})-?([0-9]{4})(?![0-9])");

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("MM/dd/yyyy"), DateTimeFormatter.ofPattern("yyyyMMdd"),
			DateTimeFormatter.ofPattern("dd-MM-yyyy"));

	@Test
	void searchesViewsAndFailuresLogNoPersonalData(CapturedOutput output) {
		List<SyntheticPerson> people = representativePeople();
		String worker = idp.token("worker-1", "support-worker");
		String welfare = idp.token("worker-2", "welfare-worker");
		Behaviour.Mode[] faults = { Behaviour.Mode.NORMAL, Behaviour.Mode.ERROR_500, Behaviour.Mode.MALFORMED,
				Behaviour.Mode.RESET, Behaviour.Mode.DOWN, Behaviour.Mode.RATE_LIMIT };
		int step = 0;
		for (SyntheticPerson person : people) {
			Agency failing = Agency.values()[step % Agency.values().length];
			simulator.behave(failing, Behaviour.of(faults[step % faults.length]));
			step++;
			search(worker, Map.of("ssn", person.ssn()), "LOCATE_PARENT");
			search(worker, Map.of("firstName", person.first(), "lastName", person.last(), "dateOfBirth",
					person.dateOfBirth().toString()), "LOCATE_PARENT");
			String handle = firstHandle(welfare, Map.of("ssn", person.ssn()), "PLACEMENT_PLANNING");
			if (!handle.isEmpty()) {
				query(worker, Documents.load("person"), Map.of("handle", handle, "purpose", "LOCATE_PARENT"));
				query(welfare, Documents.load("person"), Map.of("handle", handle, "purpose", "PLACEMENT_PLANNING"));
			}
			// refused: a purpose the role does not have, and criteria that are not valid
			search(welfare, Map.of("ssn", person.ssn()), "ENFORCE_ORDER");
			search(worker, Map.of("ssn", person.ssn() + "9", "lastName", person.last() + "\u0000"), "LOCATE_PARENT");
			simulator.behave(failing, Behaviour.normal());
		}

		String logged = output.getAll();
		assertThat(logged).as("the agencies' failures were logged").contains("gave no answer");
		assertThat(logged.lines().filter((line) -> line.contains("gave no answer")))
			.as("each agency call's line carries its trace")
			.allMatch((line) -> line.matches(".*\\b[0-9a-f]{32}\\b.*"));
		assertThat(ssnsIn(logged)).as("SSNs of the synthetic population in the log").isEmpty();
		for (SyntheticPerson person : people) {
			assertThat(logged).as("a searched person's name or date of birth in the log")
				.doesNotContain(person.first() + " " + person.last())
				.doesNotContain(person.last() + ", " + person.first())
				.doesNotContainPattern("\\b" + Pattern.quote(person.last()) + "\\b");
			for (DateTimeFormatter format : DATE_FORMATS) {
				String date = person.dateOfBirth().format(format);
				if (!person.dateOfBirth().equals(LocalDate.now())) {
					assertThat(logged).as("a date of birth in the log").doesNotContain(date);
				}
			}
		}
	}

	private List<SyntheticPerson> representativePeople() {
		Set<SyntheticPerson> people = new LinkedHashSet<>();
		people.add(simulator.population().anyKnownToAllAgencies());
		people.add(simulator.population().anyWithFamilyViolenceIndicator());
		people.add(simulator.population().anyChildInFosterCare());
		people.add(simulator.population().anyWithPaternityConflict());
		people.add(simulator.population().anyWithMistypedSsn());
		List<SyntheticPerson> everyone = simulator.population().people();
		for (int i = 0; people.size() < 12 && i < everyone.size(); i += Math.max(1, everyone.size() / 7)) {
			if (everyone.get(i).ssn() != null) {
				people.add(everyone.get(i));
			}
		}
		return new ArrayList<>(people);
	}

	private Set<String> ssnsIn(String logged) {
		Set<String> population = new LinkedHashSet<>();
		for (SyntheticPerson person : simulator.population().people()) {
			if (person.ssn() != null) {
				population.add(person.ssn().replace("-", ""));
			}
		}
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = SSN_LIKE.matcher(logged);
		while (matcher.find()) {
			String digits = matcher.group(1) + matcher.group(2) + matcher.group(3);
			if (population.contains(digits)) {
				found.add(matcher.group());
			}
		}
		return found;
	}

	private GraphQlClient.Response search(String token, Map<String, Object> criteria, String purpose) {
		return query(token, Documents.load("searchPeople"), Map.of("criteria", criteria, "purpose", purpose));
	}

}
