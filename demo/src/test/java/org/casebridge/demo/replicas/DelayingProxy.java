package org.casebridge.demo.replicas;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy on 127.0.0.1 that holds every chunk of bytes for a fixed delay in each
 * direction, as a network between the gateway and its database would. Order is kept,
 * throughput is not limited, and a connection closed on either side is closed on the
 * other once the bytes before the close have been delivered — so the database sees a
 * killed gateway's connections end and releases its locks.
 */
final class DelayingProxy implements AutoCloseable {

	private static final byte[] END = new byte[0];

	private final ServerSocket server;

	private final InetSocketAddress target;

	private final long delayNanos;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile boolean open = true;

	private DelayingProxy(InetSocketAddress target, Duration delay) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.target = target;
		this.delayNanos = delay.toNanos();
		Thread acceptor = new Thread(this::accept, "delaying-proxy-" + this.server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Starts a proxy on an ephemeral port of 127.0.0.1.
	 * @param target where connections go
	 * @param delay how long each direction holds the bytes
	 * @return the running proxy
	 * @throws IOException if no port can be bound
	 */
	static DelayingProxy start(InetSocketAddress target, Duration delay) throws IOException {
		return new DelayingProxy(target, delay);
	}

	int port() {
		return this.server.getLocalPort();
	}

	private void accept() {
		while (this.open) {
			try {
				Socket client = this.server.accept();
				Socket upstream = new Socket();
				try {
					upstream.connect(this.target, 2000);
				}
				catch (IOException ex) {
					client.close();
					continue;
				}
				client.setTcpNoDelay(true);
				upstream.setTcpNoDelay(true);
				this.sockets.add(client);
				this.sockets.add(upstream);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException ex) {
				// closed, or one failed connection: the next accept decides
			}
		}
	}

	/**
	 * One direction: a reader takes the bytes as they come, a writer delivers each chunk
	 * once its delay is over.
	 */
	private void pipe(Socket from, Socket to) {
		LinkedBlockingQueue<Chunk> held = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					held.add(new Chunk(System.nanoTime() + this.delayNanos, Arrays.copyOf(buffer, read)));
				}
			}
			catch (IOException ex) {
				// reset or closed: the end of this direction
			}
			held.add(new Chunk(System.nanoTime() + this.delayNanos, END));
		}, "delaying-proxy-read");
		Thread writer = new Thread(() -> {
			try {
				OutputStream out = to.getOutputStream();
				while (true) {
					Chunk chunk = held.take();
					long wait;
					while ((wait = chunk.due() - System.nanoTime()) > 0) {
						LockSupport.parkNanos(wait);
					}
					if (chunk.bytes() == END) {
						break;
					}
					out.write(chunk.bytes());
					out.flush();
				}
			}
			catch (IOException ex) {
				// the other side is gone
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			closeQuietly(to);
			closeQuietly(from);
		}, "delaying-proxy-write");
		reader.setDaemon(true);
		writer.setDaemon(true);
		reader.start();
		writer.start();
	}

	@Override
	public void close() {
		this.open = false;
		closeQuietly(this.server);
		this.sockets.forEach(DelayingProxy::closeQuietly);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}

	private record Chunk(long due, byte[] bytes) {
	}

}
