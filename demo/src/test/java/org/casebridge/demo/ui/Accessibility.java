package org.casebridge.demo.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core (from the front-end project's locked npm package) in the page under test
 * against WCAG 2.0/2.1 A and AA rules, and fails on any serious or critical violation.
 */
final class Accessibility {

	private static final Path AXE = Path.of("../gateway/src/main/frontend/node_modules/axe-core/axe.min.js");

	private static String source;

	private Accessibility() {
	}

	static void assertNoSeriousViolations(WebDriver driver, String screen) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
			js.executeScript(axe());
		}
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
				  resultTypes: ['violations'] })
				  .then((results) => done(results.violations.map((v) => ({ id: v.id, impact: v.impact,
				    help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }))))
				  .catch((error) => done([{ id: 'axe-error', impact: 'critical', help: String(error), targets: [] }]));
				""");
		List<String> serious = new ArrayList<>();
		for (Map<String, Object> violation : violations) {
			Object impact = violation.get("impact");
			if ("serious".equals(impact) || "critical".equals(impact)) {
				serious.add(violation.get("id") + " (" + impact + "): " + violation.get("help") + " at "
						+ violation.get("targets"));
			}
		}
		assertThat(serious).as("serious or critical accessibility violations on " + screen).isEmpty();
	}

	private static synchronized String axe() {
		if (source == null) {
			try {
				source = Files.readString(AXE, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalStateException("axe-core is missing: run the gateway build (npm ci) first", ex);
			}
		}
		return source;
	}

}
