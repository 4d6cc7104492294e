package dev.clio.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real Alertmanager (Debian's {@code prometheus-alertmanager}, installed by {@code bin/test-deps.sh}) on a free
 * loopback port with its own storage directory, one receiver that sends nowhere and clustering off; stopped by its
 * PID. Tests feed it alerts the way Prometheus does: {@code POST /api/v2/alerts}.
 */
public final class AlertmanagerProcess implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/prometheus-alertmanager");
    private static final String CONFIG = """
            route:
              receiver: nowhere
              group_wait: 1h
            receivers:
              - name: nowhere
            """;

    private final Process process;
    private final URI url;
    private final HttpClient http = HttpClient.newHttpClient();

    private AlertmanagerProcess(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    public static AlertmanagerProcess start(Path dir) {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: run bin/test-deps.sh as root (it installs Debian's "
                    + "prometheus-alertmanager)");
        }
        try {
            Files.createDirectories(dir.resolve("data"));
            Path config = Files.writeString(dir.resolve("alertmanager.yml"), CONFIG);
            int port = freePort();
            Process p = new ProcessBuilder(BINARY.toString(), "--config.file=" + config,
                    "--storage.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                    "--cluster.listen-address=", "--log.level=warn")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("alertmanager.log").toFile()).start();
            AlertmanagerProcess am = new AlertmanagerProcess(p, URI.create("http://127.0.0.1:" + port));
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(am::ready);
            return am;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url() {
        return url;
    }

    /** Posts one firing alert with these labels and a summary annotation, as Prometheus would. */
    public void fire(Map<String, String> labels, String summary, Instant startsAt) {
        String labelJson = labels.entrySet().stream().map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        String body = "[{\"labels\":" + labelJson + ",\"annotations\":{\"summary\":" + quote(summary)
                + "},\"startsAt\":\"" + startsAt + "\",\"generatorURL\":\"http://prometheus.test/graph\"}]";
        HttpResponse<String> reply = send(HttpRequest.newBuilder(url.resolve("/api/v2/alerts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("Alertmanager refused the test alert: " + reply.statusCode() + " "
                    + reply.body());
        }
    }

    @Override
    public void close() {
        // by PID: this process and nothing else
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Alertmanager exited with " + process.exitValue());
        }
        try {
            return send(HttpRequest.newBuilder(url.resolve("/-/ready")).GET().build()).statusCode() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
