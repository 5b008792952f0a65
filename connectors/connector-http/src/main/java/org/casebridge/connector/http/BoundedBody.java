package org.casebridge.connector.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an answer's body up to a limit and gives up beyond it, so that a runaway or
 * hostile agency costs a bounded amount of memory. Unless error answers are read, the
 * bodies of answers other than 200 are discarded: the status alone classifies them.
 */
final class BoundedBody implements BodySubscriber<byte[]> {

	private final int limit;

	private final CompletableFuture<byte[]> body = new CompletableFuture<>();

	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

	private Flow.Subscription subscription;

	private BoundedBody(int limit) {
		this.limit = limit;
	}

	static BodyHandler<byte[]> handler(int limit, boolean errorAnswers) {
		return (info) -> (errorAnswers || info.statusCode() == 200) ? new BoundedBody(limit)
				: BodySubscribers.replacing(new byte[0]);
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> items) {
		if (this.body.isDone()) {
			return;
		}
		for (ByteBuffer item : items) {
			if ((long) this.buffer.size() + item.remaining() > this.limit) {
				this.subscription.cancel();
				this.body.completeExceptionally(new TooLarge(this.limit));
				return;
			}
			byte[] bytes = new byte[item.remaining()];
			item.get(bytes);
			this.buffer.write(bytes, 0, bytes.length);
		}
	}

	@Override
	public void onError(Throwable error) {
		this.body.completeExceptionally(error);
	}

	@Override
	public void onComplete() {
		this.body.complete(this.buffer.toByteArray());
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.body;
	}

	/** The body passed the limit; it was not read further. */
	static final class TooLarge extends RuntimeException {

		private final int limit;

		TooLarge(int limit) {
			super("body larger than " + limit + " bytes", null, false, false);
			this.limit = limit;
		}

		int limit() {
			return this.limit;
		}

	}

}
