package org.casebridge.demo.replicas;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * nginx from the operating system in front of the replicas, as its own process with a
 * configuration generated into a directory of its own, listening on 127.0.0.1 only. It
 * balances round-robin and tells the client which replica answered
 * ({@value #UPSTREAM_HEADER}).
 * <p>
 * Failover as production would set it: a replica that refuses the connection or errs
 * before the request reached it is passed over and the request goes to the next
 * ({@code proxy_next_upstream error timeout}); a GraphQL POST once sent is never sent
 * again — nginx cannot tell a query from a mutation, and a policy change must not be made
 * twice — so a request in flight on a replica that dies fails, and its client retries a
 * query itself. No keep-alive connections to the replicas: a pooled connection to a dead
 * replica would fail a request that was sent on it, which nginx may not retry.
 */
final class LoadBalancer implements AutoCloseable {

	static final String UPSTREAM_HEADER = "X-CaseBridge-Replica";

	private final Process process;

	private final int port;

	private final Path directory;

	private LoadBalancer(Process process, int port, Path directory) {
		this.process = process;
		this.port = port;
		this.directory = directory;
	}

	/**
	 * Starts nginx over the given replicas and waits until it accepts connections.
	 * @param directory where its configuration, logs and pid go
	 * @param replicas the replicas' API ports on 127.0.0.1
	 * @return the running load balancer
	 * @throws IOException if nginx cannot be started
	 */
	static LoadBalancer start(Path directory, List<Integer> replicas) throws IOException {
		Files.createDirectories(directory.resolve("logs"));
		Files.createDirectories(directory.resolve("temp"));
		int port = GatewayProcess.freePort();
		StringBuilder servers = new StringBuilder();
		for (int replica : replicas) {
			servers.append("    server 127.0.0.1:").append(replica).append(" max_fails=1 fail_timeout=10s;\n");
		}
		String config = """
				daemon off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/logs/error.log warn;
				events { worker_connections 512; }
				http {
				  access_log %1$s/logs/access.log;
				  client_body_temp_path %1$s/temp/body;
				  proxy_temp_path %1$s/temp/proxy;
				  fastcgi_temp_path %1$s/temp/fastcgi;
				  uwsgi_temp_path %1$s/temp/uwsgi;
				  scgi_temp_path %1$s/temp/scgi;
				  upstream casebridge {
				%2$s  }
				  server {
				    listen 127.0.0.1:%3$d;
				    location / {
				      proxy_pass http://casebridge;
				      proxy_set_header Host $host;
				      proxy_set_header X-Forwarded-For $remote_addr;
				      proxy_connect_timeout 2s;
				      proxy_read_timeout 30s;
				      proxy_next_upstream error timeout;
				      proxy_next_upstream_tries 2;
				      proxy_max_temp_file_size 0;
				      add_header %4$s $upstream_addr always;
				    }
				  }
				}
				""".formatted(directory.toAbsolutePath(), servers, port, UPSTREAM_HEADER);
		Path file = directory.resolve("nginx.conf");
		Files.writeString(file, config);
		Process process = new ProcessBuilder(nginx(), "-p", directory.toAbsolutePath().toString(), "-c",
				file.toAbsolutePath().toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("logs/stdout.log").toFile())
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
		LoadBalancer balancer = new LoadBalancer(process, port, directory);
		balancer.awaitListening();
		return balancer;
	}

	URI graphql() {
		return URI.create("http://127.0.0.1:" + this.port + "/graphql");
	}

	/**
	 * The error log, for a failure message.
	 * @return its content
	 */
	String errors() {
		try {
			return Files.readString(this.directory.resolve("logs/error.log"));
		}
		catch (IOException ex) {
			return "(no error log)";
		}
	}

	private void awaitListening() throws IOException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("nginx ended with " + this.process.exitValue() + ": "
						+ Files.readString(this.directory.resolve("logs/stdout.log")) + errors());
			}
			try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
				return;
			}
			catch (IOException ex) {
				LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
			}
		}
		throw new IllegalStateException("nginx not listening on " + this.port + ": " + errors());
	}

	private static String nginx() {
		for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		throw new IllegalStateException("nginx is not installed: ./casebridge test installs it (Debian's nginx)");
	}

	@Override
	public void close() {
		// TERM: nginx's fast shutdown
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
