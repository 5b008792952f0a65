package org.casebridge.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits for an HTTP endpoint to answer 200: the demo's definition of "that part is up".
 */
final class HttpProbe {

	static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final Duration PAUSE = Duration.ofMillis(250);

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private HttpProbe() {
	}

	static void awaitOk(URI uri) {
		Instant deadline = Instant.now().plus(PATIENCE);
		String last = "no answer";
		while (Instant.now().isBefore(deadline)) {
			try {
				HttpResponse<Void> response = CLIENT.send(
						HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
				last = "HTTP " + response.statusCode();
			}
			catch (IOException ex) {
				last = ex.toString();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + uri, ex);
			}
			pause();
		}
		throw new IllegalStateException(
				uri + " did not answer 200 within " + PATIENCE.toSeconds() + "s (" + last + ")");
	}

	private static void pause() {
		try {
			Thread.sleep(PAUSE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
