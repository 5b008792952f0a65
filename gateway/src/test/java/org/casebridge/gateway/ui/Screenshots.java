package org.casebridge.gateway.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Screenshots of the main screens, kept as test artifacts in {@code target/screenshots/}.
 * With {@code -Dcasebridge.ui.update-docs=true} they also replace the ones in
 * {@code docs/screenshots/} that the README shows.
 */
final class Screenshots {

	private static final Path ARTIFACTS = Path.of("target/screenshots");

	private static final Path DOCS = Path.of("../docs/screenshots");

	private Screenshots() {
	}

	static Path save(WebDriver driver, String name) {
		try {
			Files.createDirectories(ARTIFACTS);
			Path file = ARTIFACTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			if (Boolean.getBoolean("casebridge.ui.update-docs")) {
				Files.createDirectories(DOCS);
				Files.copy(file, DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			}
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
