package dev.clio.engine.run.listen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.engine.log.AccessLog;
import dev.clio.engine.log.AccessLogEntry;
import dev.clio.engine.log.StructuredLog;
import dev.clio.engine.run.ExecutionStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/logging.md's field lists (the structured log's Fields table, the access log's table under "Shipping logs")
 * are exactly what the real logs write, and packaging/monitoring/filebeat.yml extracts the documented access fields.
 */
class LogShippingDocsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Pattern NAME = Pattern.compile("`([a-z_]+)`");

    @TempDir
    Path dir;

    @Test
    void the_structured_log_writes_exactly_the_documented_fields() throws Exception {
        Path file = dir.resolve("cli-orchestrator.log");
        try (StructuredLog log = StructuredLog.open(file)) {
            EventLogListener listener = new EventLogListener(log);
            new RunScript("e1", "CODE_QUALITY", T0).start("alice", 50_000, 5)
                    .step("1.001", "Fast Linting", "ruff_checker", 0.42, 10, "artifacts/linting.json")
                    .cachedStep("1.002", "Type Check", "mypy_checker")
                    .failingStep("2.001", "AI Fix", "ai_editor", 2.0, 300, "exit 1", 0.5, "exit 2")
                    .skip("3.001", "Report", "shell", "dependencies did not succeed")
                    .pauseAndResume("2.001", "on_fail: pause_for_review", 5)
                    .finish(ExecutionStatus.FAILED, "Step 2.001 failed").playTo(listener);
            new RunScript("e2", "CODE_QUALITY", T0).start("bob", 0, 1).step("1.001", "Lint", "ruff_checker", 1, 0)
                    .finish(ExecutionStatus.SUCCEEDED, null).playTo(listener);
            new RunScript("e3", "SLOW", T0).start("bob", 0, 1).finish(ExecutionStatus.CANCELLED, "cancelled")
                    .playTo(listener);
            new RunScript("e4", "SLOW", T0).start("bob", 0, 1).finish(ExecutionStatus.INTERRUPTED, "stopped")
                    .playTo(listener);
        }
        Set<String> written = new TreeSet<>();
        Set<String> events = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode node = JSON.readTree(line);
            events.add(node.get("event").asText());
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                written.add(names.next());
            }
        }
        assertThat(events).contains("workflow_execution_started", "step_retrying", "cache_hit", "step_failed",
                "step_skipped", "workflow_paused", "workflow_resumed", "workflow_completed",
                "workflow_execution_failed", "workflow_execution_cancelled", "workflow_execution_interrupted");
        assertThat(written).isEqualTo(documentedEngineFields());
    }

    @Test
    void the_access_log_line_splits_into_the_documented_fields_with_filebeats_tokenizer() throws Exception {
        String line = AccessLog.format(new AccessLogEntry(T0, "req-7f3a", "GET", "/api/v1/health", 200,
                Duration.ofMillis(3), "clio_ab12cd", "127.0.0.1"));
        List<String> names = new ArrayList<>();
        Pattern pattern = tokenizerPattern(accessTokenizer(), names);
        Matcher m = pattern.matcher(line);
        assertThat(m.matches()).as(line + " against " + pattern).isTrue();
        assertThat(names).isEqualTo(documentedAccessFields());
        assertThat(m.group(names.indexOf("status") + 1)).isEqualTo("200");
        assertThat(m.group(names.indexOf("duration_ms") + 1)).isEqualTo("3");
        assertThat(m.group(names.indexOf("key_prefix") + 1)).isEqualTo("clio_ab12cd");
        String anonymous = AccessLog.format(new AccessLogEntry(T0, "r2", "POST", "/a b", 503, Duration.ofSeconds(2),
                null, null));
        assertThat(pattern.matcher(anonymous).matches()).as(anonymous).isTrue();
    }

    private static Set<String> documentedEngineFields() throws Exception {
        Set<String> out = new TreeSet<>();
        for (String row : section("#### Fields\n", "\n#### ")) {
            Matcher m = NAME.matcher(row.substring(0, row.indexOf('|', 1)));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static List<String> documentedAccessFields() throws Exception {
        List<String> out = new ArrayList<>();
        for (String row : section("Access log fields, in order", "\nIndex as keywords")) {
            Matcher m = NAME.matcher(row.substring(0, row.indexOf('|', 1)));
            if (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** The table rows ("| `name` | ...") between {@code from} and the next {@code to}. */
    private static List<String> section(String from, String to) throws Exception {
        String docs = Files.readString(Path.of("docs", "logging.md"));
        int start = docs.indexOf(from);
        assertThat(start).as("docs/logging.md has " + from.strip()).isNotNegative();
        int end = docs.indexOf(to, start + from.length());
        return docs.substring(start, end < 0 ? docs.length() : end).lines().filter(l -> l.startsWith("| `"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static String accessTokenizer() throws Exception {
        Map<String, Object> doc = new Yaml().load(Files.readString(Path.of("packaging", "monitoring",
                "filebeat.yml")));
        for (Map<String, Object> input : (List<Map<String, Object>>) doc.get("filebeat.inputs")) {
            if ("cli-orchestrator-access".equals(input.get("id"))) {
                for (Map<String, Object> p : (List<Map<String, Object>>) input.get("processors")) {
                    if (p.containsKey("dissect")) {
                        return String.valueOf(((Map<String, Object>) p.get("dissect")).get("tokenizer"));
                    }
                }
            }
        }
        throw new AssertionError("filebeat.yml has no dissect tokenizer for the access log");
    }

    /** A dissect tokenizer as a regex: each %{name} one run of non-spaces, the rest literal. */
    private static Pattern tokenizerPattern(String tokenizer, List<String> names) {
        Matcher m = Pattern.compile("%\\{([a-z_]+)}").matcher(tokenizer);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(tokenizer.substring(last, m.start()))).append("(\\S+?)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(tokenizer.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
