package org.casebridge.demo.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

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
		return write(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	/** The whole page, not only what the window shows. */
	@SuppressWarnings("unchecked")
	static Path saveFullPage(ChromeDriver driver, String name) {
		Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
				"scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		return write(name, Base64.getDecoder().decode((String) shot.get("data")));
	}

	/** One element of the page, whole, however tall. */
	@SuppressWarnings("unchecked")
	static Path saveElement(ChromeDriver driver, org.openqa.selenium.WebElement element, String name) {
		Map<String, Object> box = (Map<String, Object>) driver.executeScript("""
				const r = arguments[0].getBoundingClientRect();
				return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
				""", element);
		Map<String, Object> clip = Map.of("x", box.get("x"), "y", box.get("y"), "width", box.get("width"), "height",
				box.get("height"), "scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		return write(name, Base64.getDecoder().decode((String) shot.get("data")));
	}

	private static Path write(String name, byte[] png) {
		try {
			Files.createDirectories(ARTIFACTS);
			Path file = ARTIFACTS.resolve(name + ".png");
			Files.write(file, png);
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
