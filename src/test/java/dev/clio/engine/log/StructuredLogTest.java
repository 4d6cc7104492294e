package dev.clio.engine.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructuredLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T19:55:01.123456Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void writesOneJsonObjectPerLineWithStandardFieldsFirst() throws IOException {
        Path file = dir.resolve("nested/logs/cli-orchestrator.log");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("workflow_name", "CODE_QUALITY");
        fields.put("tokens_used", 150L);
        fields.put("duration_seconds", 0.42);
        fields.put("dry_run", false);
        fields.put("error", null);
        fields.put("artifacts", List.of("artifacts/a.json", "artifacts/b.diff"));
        fields.put("context", Map.of("lane", "lane/quality"));
        try (StructuredLog log = StructuredLog.open(file, LogRotation.DEFAULT, CLOCK)) {
            log.event("info", "workflow_completed", fields);
        }

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.get(0));
        assertThat(fieldNames(line)).containsExactly("timestamp", "level", "event", "message", "workflow_name",
                "tokens_used", "duration_seconds", "dry_run", "error", "artifacts", "context");
        assertThat(line.get("timestamp").asText()).isEqualTo("2026-12-01T19:55:01.123Z");
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("message").asText()).isEqualTo("workflow_completed");
        assertThat(line.get("tokens_used").isIntegralNumber()).isTrue();
        assertThat(line.get("duration_seconds").asDouble()).isEqualTo(0.42);
        assertThat(line.get("dry_run").isBoolean()).isTrue();
        assertThat(line.get("error").isNull()).isTrue();
        assertThat(line.get("artifacts").get(1).asText()).isEqualTo("artifacts/b.diff");
        assertThat(line.get("context").get("lane").asText()).isEqualTo("lane/quality");
    }

    @Test
    void callerCannotOverrideTheLineHeaderButMaySetTheMessage() throws IOException {
        Path file = dir.resolve("a.log");
        try (StructuredLog log = StructuredLog.open(file, LogRotation.DEFAULT, CLOCK)) {
            log.event(Instant.parse("2026-11-30T23:59:59.9Z"), "WARN", "step_retrying",
                    Map.of("timestamp", "forged", "level", "DEBUG", "event", "other", "message", "retrying soon"));
        }
        JsonNode line = JSON.readTree(Files.readAllLines(file).get(0));
        assertThat(line.get("timestamp").asText()).isEqualTo("2026-11-30T23:59:59.900Z");
        assertThat(line.get("level").asText()).isEqualTo("WARN");
        assertThat(line.get("event").asText()).isEqualTo("step_retrying");
        assertThat(line.get("message").asText()).isEqualTo("retrying soon");
        assertThat(line.size()).isEqualTo(4);
    }

    @Test
    void nonFiniteNumbersBecomeNullSoTheLineStaysValidJson() throws IOException {
        Path file = dir.resolve("a.log");
        try (StructuredLog log = StructuredLog.open(file, LogRotation.DEFAULT, CLOCK)) {
            log.event("ERROR", "x", Map.of("ratio", Double.NaN, "nested", List.of(Double.POSITIVE_INFINITY)));
        }
        JsonNode line = JSON.readTree(Files.readAllLines(file).get(0));
        assertThat(line.get("ratio").isNull()).isTrue();
        assertThat(line.get("nested").get(0).isNull()).isTrue();
        assertThat(line.get("level").asText()).isEqualTo("ERROR");
    }

    @Test
    void missingFieldsAndTimeAreFilledIn() throws IOException {
        Path file = dir.resolve("a.log");
        try (StructuredLog log = StructuredLog.open(file, LogRotation.DEFAULT, CLOCK)) {
            log.event(null, "INFO", "bare", null);
        }
        JsonNode line = JSON.readTree(Files.readAllLines(file).get(0));
        assertThat(line.get("timestamp").asText()).isEqualTo("2026-12-01T19:55:01.123Z");
        assertThat(line.get("message").asText()).isEqualTo("bare");
    }

    @Test
    void eachLineIsOnDiskAsSoonAsItIsWritten() throws IOException {
        Path file = dir.resolve("live.log");
        try (StructuredLog log = StructuredLog.open(file, LogRotation.DEFAULT, CLOCK)) {
            log.event("INFO", "first", Map.of());
            assertThat(Files.readAllLines(file)).hasSize(1);
            log.event("INFO", "second", Map.of());
            assertThat(Files.readAllLines(file)).hasSize(2).last().asString().contains("\"second\"");
        }
    }

    @Test
    void appendsToAnExistingFile() throws IOException {
        Path file = dir.resolve("a.log");
        try (StructuredLog log = StructuredLog.open(file, LogRotation.DEFAULT, CLOCK)) {
            log.event("INFO", "one", Map.of());
        }
        try (StructuredLog log = StructuredLog.open(file, LogRotation.DEFAULT, CLOCK)) {
            log.event("INFO", "two", Map.of());
        }
        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    @Test
    void rejectsUnknownLevelsAndBlankEvents() {
        try (StructuredLog log = StructuredLog.open(dir.resolve("a.log"), LogRotation.DEFAULT, CLOCK)) {
            assertThatThrownBy(() -> log.event("TRACE", "x", Map.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INFO, WARN or ERROR");
            assertThatThrownBy(() -> log.event("INFO", " ", Map.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void concurrentWritersNeverInterleaveLines() throws Exception {
        Path file = dir.resolve("busy.log");
        int threads = 6;
        int perThread = 400;
        try (StructuredLog log = StructuredLog.open(file, LogRotation.DEFAULT, CLOCK)) {
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                writers.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < perThread; i++) {
                        log.event("INFO", "step_started", Map.of("writer", id, "seq", i, "pad", "x".repeat(200)));
                    }
                }));
            }
            for (Thread writer : writers) {
                writer.join();
            }
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(threads * perThread);
        long[] perWriter = new long[threads];
        for (String raw : lines) {
            perWriter[JSON.readTree(raw).get("writer").asInt()]++;
        }
        assertThat(perWriter).containsOnly(perThread);
    }

    @Test
    void aFullDiskIsReportedOnceAndNeverThrown() throws IOException {
        Path file = dir.resolve("logs/cli-orchestrator.log");
        Files.createDirectories(file.getParent());
        Files.createSymbolicLink(file, Path.of("/dev/full"));
        try (StructuredLog log = StructuredLog.open(file, LogRotation.DEFAULT, CLOCK)) {
            for (int i = 0; i < 50; i++) {
                log.event("INFO", "step_started", Map.of("pad", "x".repeat(2000)));
            }
            assertThat(log.failure()).hasValueSatisfying(problem -> assertThat(problem).isNotBlank());
        }
    }

    @Test
    void anUncreatableDirectoryIsReportedNotThrown() throws IOException {
        Path blocker = dir.resolve("logs");
        Files.writeString(blocker, "a file where the directory should be");
        try (StructuredLog log = StructuredLog.open(blocker.resolve("cli-orchestrator.log"))) {
            log.event("INFO", "ignored", Map.of());
            assertThat(log.failure()).hasValueSatisfying(problem -> assertThat(problem).contains("logs"));
        }
    }

    @Test
    void rollsOverBySizeAndKeepsOnlyTheConfiguredArchives() throws Exception {
        Path file = dir.resolve("roll.log");
        try (StructuredLog log = StructuredLog.open(file, new LogRotation(2048, 2), CLOCK)) {
            for (int batch = 0; batch < 6; batch++) {
                for (int i = 0; i < 10; i++) {
                    log.event("INFO", "filler", Map.of("batch", batch, "pad", "y".repeat(300)));
                }
                Thread.sleep(150); // the size check runs at most every 100 ms
            }
            log.event("INFO", "last", Map.of());
        }
        assertThat(file.resolveSibling("roll.log.1")).exists();
        assertThat(file.resolveSibling("roll.log.2")).exists();
        assertThat(file.resolveSibling("roll.log.3")).doesNotExist();
        assertThat(Files.readAllLines(file)).last().asString().contains("\"last\"");
        assertThat(Files.size(file.resolveSibling("roll.log.1"))).isLessThan(8 * 1024);
    }

    @Test
    void twoLogsInOneJvmDoNotInterfere() throws IOException {
        Path a = dir.resolve("a/cli-orchestrator.log");
        Path b = dir.resolve("b/cli-orchestrator.log");
        try (StructuredLog first = StructuredLog.open(a, LogRotation.DEFAULT, CLOCK);
                StructuredLog second = StructuredLog.open(b, LogRotation.DEFAULT, CLOCK)) {
            first.event("INFO", "only_a", Map.of());
            second.event("INFO", "only_b", Map.of());
        }
        assertThat(Files.readAllLines(a)).singleElement().asString().contains("only_a");
        assertThat(Files.readAllLines(b)).singleElement().asString().contains("only_b");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
