package dev.clio.security;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    private static final Caller ALICE = Caller.local("alice");
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    @TempDir
    Path dir;
    private final ManualClock clock = new ManualClock("2026-12-01T10:00:00Z");
    private AuditLog log;

    private AuditLog log() {
        if (log == null) {
            log = new AuditLog(dir.resolve("security/audit.jsonl"), clock);
        }
        return log;
    }

    @AfterEach
    void close() {
        if (log != null) {
            log.close();
        }
    }

    @Test
    void eachRecordIsOneJsonLineWithTheDocumentedFieldsAndSecretsRedacted() throws Exception {
        String secret = ApiKeys.newSecret();
        Caller operator = Caller.key("clio_AbCdEfG", Role.OPERATOR, "10.0.0.7");
        log().append(AuditRecord.of(T0, operator, "artifacts.clean", "artifacts/", Map.of("older_than", "7d",
                "api_key", secret), AuditResult.OK, "removed 3 files, used " + secret, Duration.ofMillis(42), null));
        List<String> lines = Files.readAllLines(dir.resolve("security/audit.jsonl"));
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).doesNotContain(secret);
        JsonNode json = new ObjectMapper().readTree(lines.get(0));
        assertThat(json.get("timestamp").asText()).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(json.get("actor").asText()).isEqualTo("key:clio_AbCdEfG");
        assertThat(json.get("role").asText()).isEqualTo("operator");
        assertThat(json.get("action").asText()).isEqualTo("artifacts.clean");
        assertThat(json.get("target").asText()).isEqualTo("artifacts/");
        assertThat(json.get("parameters").get("older_than").asText()).isEqualTo("7d");
        assertThat(json.get("parameters").get("api_key").asText()).isEqualTo("[REDACTED]");
        assertThat(json.get("result").asText()).isEqualTo("ok");
        assertThat(json.get("message").asText()).isEqualTo("removed 3 files, used [REDACTED]");
        assertThat(json.get("duration_ms").asLong()).isEqualTo(42);
        assertThat(json.get("client").asText()).isEqualTo("10.0.0.7");
    }

    @Test
    void theFileIsOwnerOnly() throws Exception {
        log().append(record(T0, "keys.create", AuditResult.OK));
        Path file = dir.resolve("security/audit.jsonl");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void queriesFilterAndReturnNewestFirst() {
        log().append(record(T0, "keys.create", AuditResult.OK));
        log().append(record(T0.plusSeconds(10), "auth.failed", AuditResult.REFUSED));
        log().append(record(T0.plusSeconds(20), "keys.revoke", AuditResult.ERROR));
        log().append(AuditRecord.of(T0.plusSeconds(30), Caller.local("bob"), "keys.create", null, null,
                AuditResult.OK, "", Duration.ZERO, null));
        assertThat(actions(AuditQuery.latest(10))).containsExactly("keys.create", "keys.revoke", "auth.failed",
                "keys.create");
        assertThat(actions(AuditQuery.latest(2))).containsExactly("keys.create", "keys.revoke");
        assertThat(actions(AuditQuery.latest(10).action("keys."))).containsExactly("keys.create", "keys.revoke",
                "keys.create");
        assertThat(actions(AuditQuery.latest(10).actor("local:alice").action("keys.")))
                .containsExactly("keys.revoke", "keys.create");
        assertThat(actions(AuditQuery.latest(10).result(AuditResult.REFUSED))).containsExactly("auth.failed");
        assertThat(log().query(AuditQuery.latest(10).since(T0.plusSeconds(10)).until(T0.plusSeconds(20)))
                .records()).extracting(AuditRecord::timestamp)
                .containsExactly(T0.plusSeconds(20), T0.plusSeconds(10));
    }

    @Test
    void corruptLinesAreSkippedAndCounted() throws Exception {
        log().append(record(T0, "keys.create", AuditResult.OK));
        Path file = dir.resolve("security/audit.jsonl");
        Files.writeString(file, "{not json\n\n{\"timestamp\":\"2026-12-01T10:00:01Z\"}\n", StandardOpenOption.APPEND);
        log().append(record(T0.plusSeconds(2), "keys.revoke", AuditResult.OK));
        AuditPage page = log().query(AuditQuery.latest(10));
        assertThat(page.records()).extracting(AuditRecord::action).containsExactly("keys.revoke", "keys.create");
        assertThat(page.corruptLines()).isEqualTo(2);
    }

    @Test
    void aLargeFileIsReadFromTheEndAcrossBlockBoundaries() {
        for (int i = 0; i < 3000; i++) {
            log().append(AuditRecord.of(T0.plusSeconds(i), ALICE, "workflows.execute", "wf-" + i,
                    Map.of("padding", "p".repeat(i % 97)), AuditResult.OK, "", Duration.ZERO, null));
        }
        List<AuditRecord> newest = log().query(AuditQuery.latest(5)).records();
        assertThat(newest).extracting(AuditRecord::target).containsExactly("wf-2999", "wf-2998", "wf-2997",
                "wf-2996", "wf-2995");
        AuditPage all = log().query(AuditQuery.latest(AuditQuery.MAX_LIMIT));
        assertThat(all.records()).hasSize(3000);
        assertThat(all.corruptLines()).isZero();
        assertThat(all.records().get(2999).target()).isEqualTo("wf-0");
        assertThat(log().query(AuditQuery.latest(100).since(T0.plusSeconds(2990))).records()).hasSize(10);
    }

    @Test
    void anOversizedLineIsSkippedNotLoaded() throws Exception {
        log().append(record(T0, "keys.create", AuditResult.OK));
        Files.writeString(dir.resolve("security/audit.jsonl"), "x".repeat(3 * 1024 * 1024) + "\n",
                StandardOpenOption.APPEND);
        log().append(record(T0.plusSeconds(1), "keys.revoke", AuditResult.OK));
        AuditPage page = log().query(AuditQuery.latest(10));
        assertThat(page.records()).extracting(AuditRecord::action).containsExactly("keys.revoke", "keys.create");
        assertThat(page.corruptLines()).isEqualTo(1);
    }

    @Test
    void concurrentAppendsProduceWholeLines() throws Exception {
        AuditLog second = new AuditLog(dir.resolve("security/audit.jsonl"), clock);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            AuditLog target = t % 2 == 0 ? log() : second;
            int thread = t;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 200; i++) {
                    target.append(AuditRecord.of(T0, ALICE, "t" + thread, "n" + i, Map.of("big", "b".repeat(500)),
                            AuditResult.OK, "", Duration.ZERO, null));
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        second.close();
        AuditPage page = log().query(AuditQuery.latest(AuditQuery.MAX_LIMIT));
        assertThat(page.records()).hasSize(1200);
        assertThat(page.corruptLines()).isZero();
    }

    @Test
    void auditedRecordsSuccessAndFailureWithTheirDuration() {
        String value = log().audited(ALICE, "config.set", "max_tokens", Map.of("value", 100), () -> "done");
        assertThat(value).isEqualTo("done");
        assertThatThrownBy(() -> log().audited(ALICE, "config.set", "nope", Map.of(), () -> {
            throw new IllegalArgumentException("unknown setting 'nope'");
        })).hasMessage("unknown setting 'nope'");
        List<AuditRecord> records = log().query(AuditQuery.latest(10)).records();
        assertThat(records).extracting(AuditRecord::result).containsExactly(AuditResult.ERROR, AuditResult.OK);
        assertThat(records.get(0).message()).isEqualTo("unknown setting 'nope'");
        assertThat(records.get(1).parameters()).containsEntry("value", 100);
        assertThat(records.get(1).durationMs()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aLastLineWithoutNewlineIsStillRead() throws Exception {
        Path file = dir.resolve("security/audit.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"timestamp\":\"2026-12-01T10:00:00Z\",\"action\":\"a.one\",\"result\":\"ok\"}\n"
                + "{\"timestamp\":\"2026-12-01T10:00:01Z\",\"action\":\"a.two\",\"result\":\"ok\"}");
        assertThat(actions(AuditQuery.latest(10))).containsExactly("a.two", "a.one");
    }

    @Test
    void aMissingFileIsAnEmptyLog() {
        AuditPage page = log().query(AuditQuery.latest(10));
        assertThat(page.records()).isEmpty();
        assertThat(page.corruptLines()).isZero();
    }

    private List<String> actions(AuditQuery query) {
        return log().query(query).records().stream().map(AuditRecord::action).toList();
    }

    private static AuditRecord record(Instant at, String action, AuditResult result) {
        return AuditRecord.of(at, ALICE, action, null, Map.of(), result, "", Duration.ZERO, null);
    }
}
