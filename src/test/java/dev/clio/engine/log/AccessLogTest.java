package dev.clio.engine.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogTest {

    private static final Instant T0 = Instant.parse("2026-12-01T19:55:01.123Z");

    @TempDir
    Path workspace;

    @Test
    void formatsOneStableLinePerRequest() {
        assertThat(AccessLog.format(new AccessLogEntry(T0, "req-7f3a", "GET", "/api/v1/health", 200,
                Duration.ofNanos(3_400_000), "clio_ab12cd", "127.0.0.1")))
                .isEqualTo("2026-12-01T19:55:01.123Z req-7f3a GET /api/v1/health HTTP 200 3ms key=clio_ab12cd "
                        + "ip=127.0.0.1");
        assertThat(AccessLog.format(new AccessLogEntry(T0, "r2", "POST", "/api/v1/workflows/execute", 503,
                Duration.ofSeconds(2), null, null)))
                .isEqualTo("2026-12-01T19:55:01.123Z r2 POST /api/v1/workflows/execute HTTP 503 2000ms key=- ip=-");
    }

    @Test
    void neverLogsMoreThanAKeyPrefixAndEncodesHostileValues() {
        String line = AccessLog.format(new AccessLogEntry(T0, "id with space", "GET",
                "/a b\nHTTP 500 forged é", 404, Duration.ZERO, "clio_0123456789secretsecret", "::1"));
        assertThat(line).isEqualTo("2026-12-01T19:55:01.123Z id%20with%20space GET "
                + "/a%20b%0AHTTP%20500%20forged%20%C3%A9 HTTP 404 0ms key=clio_0123456 ip=::1");
        assertThat(line.split(" ")).hasSize(9);
    }

    @Test
    void grepHttp5FindsExactlyTheServerErrors() throws Exception {
        Path file = workspace.resolve("logs/access.log");
        int[] statuses = {200, 201, 404, 500, 429, 502, 200, 503, 301, 400};
        try (AccessLog log = AccessLog.open(file)) {
            for (int i = 0; i < statuses.length; i++) {
                log.record(new AccessLogEntry(T0.plusSeconds(i), "req-" + i, "GET",
                        i == 6 ? "/docs/HTTP 500 explained" : "/api/v1/x/" + i, statuses[i], Duration.ofMillis(5 + i),
                        i % 2 == 0 ? "clio_key" + i : null, "127.0.0.1"));
            }
        }
        assertThat(Files.readAllLines(file)).hasSize(statuses.length);
        String grepped = bash("grep \"HTTP 5\" logs/access.log | tail -20");
        assertThat(grepped.lines().map(l -> l.split(" ")[1]).toList()).containsExactly("req-3", "req-5", "req-7");
    }

    @Test
    void concurrentRequestsEachGetAWholeLine() throws Exception {
        Path file = workspace.resolve("logs/access.log");
        try (AccessLog log = AccessLog.open(file)) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int id = t;
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 250; i++) {
                        log.record(new AccessLogEntry(T0, "t" + id + "-" + i, "GET", "/p", 200, Duration.ZERO,
                                null, "127.0.0.1"));
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        assertThat(Files.readAllLines(file)).hasSize(1000)
                .allMatch(l -> l.matches("\\S+ t\\d-\\d+ GET /p HTTP 200 0ms key=- ip=127\\.0\\.0\\.1"));
    }

    @Test
    void rollsOverAndSurvivesAFullDisk() throws Exception {
        Path file = workspace.resolve("logs/access.log");
        try (AccessLog log = AccessLog.open(file, new LogRotation(1024, 1))) {
            for (int batch = 0; batch < 3; batch++) {
                for (int i = 0; i < 20; i++) {
                    log.record(new AccessLogEntry(T0, "r" + i, "GET", "/p", 200, Duration.ZERO, null, null));
                }
                Thread.sleep(150); // the size check runs at most every 100 ms
            }
            log.record(new AccessLogEntry(T0, "last", "GET", "/p", 200, Duration.ZERO, null, null));
        }
        assertThat(file.resolveSibling("access.log.1")).exists();
        assertThat(file.resolveSibling("access.log.2")).doesNotExist();

        Path full = workspace.resolve("full/access.log");
        Files.createDirectories(full.getParent());
        Files.createSymbolicLink(full, Path.of("/dev/full"));
        try (AccessLog log = AccessLog.open(full)) {
            for (int i = 0; i < 100; i++) {
                log.record(new AccessLogEntry(T0, "r" + i, "GET", "/" + "p".repeat(100), 500, Duration.ZERO, null,
                        null));
            }
            assertThat(log.failure()).isPresent();
        }
    }

    private String bash(String pipeline) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-o", "pipefail", "-c", pipeline)
                .directory(workspace.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
