package org.casebridge.demo.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The one headless Chromium the whole UI suite drives: Debian's {@code chromium} with its
 * matching {@code chromium-driver}, a fresh profile, nothing fetched from the network. A
 * machine without them fails the suite with what to install; it never skips.
 */
final class Browser {

	static final Path CHROMIUM = Path.of(System.getProperty("casebridge.ui.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("casebridge.ui.chromedriver", "/usr/bin/chromedriver"));

	private static ChromeDriver driver;

	private Browser() {
	}

	static synchronized ChromeDriver driver() {
		if (driver == null) {
			driver = start();
			Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
		}
		return driver;
	}

	private static ChromeDriver start() {
		for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(executable)) {
				throw new IllegalStateException("The browser tests need Debian's Chromium and its driver, but "
						+ executable + " is missing: run `apt-get install -y chromium chromium-driver`");
			}
		}
		Path profile;
		try {
			profile = Files.createTempDirectory("casebridge-chromium");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
				"--disable-features=Translate,OptimizationHints,MediaRouter", "--window-size=1280,1000",
				"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return chrome;
	}

	static WebDriver current() {
		return driver();
	}

}
