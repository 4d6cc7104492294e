package dev.clio.monitoring;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus (Debian's package) on a free loopback port with its own storage directory, scraping one
 * cli-orchestrator server every second with a viewer key as Bearer credentials, and loading packaging's alerts.yml.
 * Stopped by its process (never by name).
 */
final class PrometheusProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private PrometheusProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it and waits (at most 60 s) until it is ready. */
    static PrometheusProcess start(Path dir, int serverPort, String viewerKey) throws IOException {
        Files.createDirectories(dir);
        Files.copy(Tools.MONITORING.resolve("alerts.yml"), dir.resolve("alerts.yml"));
        Files.writeString(dir.resolve("cli-orchestrator.key"), viewerKey + "\n");
        // the shipped scrape job, with a 1 s interval and this test's server as the target
        String config = Files.readString(Tools.MONITORING.resolve("prometheus.yml"))
                .replace("scrape_interval: 15s", "scrape_interval: 1s")
                .replace("evaluation_interval: 15s", "evaluation_interval: 1s")
                .replace("targets: [\"127.0.0.1:8080\"]", "targets: [\"127.0.0.1:" + serverPort + "\"]")
                .replace("targets: [\"127.0.0.1:9093\"]", "targets: []");
        Files.writeString(dir.resolve("prometheus.yml"), config);
        int port = freePort();
        Process p = new ProcessBuilder(List.of(Tools.binary("prometheus").toString(),
                "--config.file=" + dir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn"))
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        PrometheusProcess prometheus = new PrometheusProcess(p, port);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(prometheus::ready);
        } catch (RuntimeException e) {
            prometheus.close();
            throw new AssertionError("prometheus did not get ready: " + Files.readString(dir.resolve("prometheus.log")),
                    e);
        }
        return prometheus;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("prometheus exited with " + process.exitValue());
        }
        try {
            HttpURLConnection c = (HttpURLConnection) url().resolve("/-/ready").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(1000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
