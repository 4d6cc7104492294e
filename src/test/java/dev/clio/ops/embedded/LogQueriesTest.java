package dev.clio.ops.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.ops.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogQueriesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T20:00:00Z");

    @TempDir
    Path dir;

    private static String line(Instant at, String level, String event, int n) {
        return "{\"timestamp\":\"" + at + "\",\"level\":\"" + level + "\",\"event\":\"" + event
                + "\",\"message\":\"line " + n + " " + "x".repeat(n % 300) + "\",\"workflow_name\":\"W\"}\n";
    }

    private static Resources.LogQuery query(Duration since, String level, String event, String text, int limit) {
        return new Resources.LogQuery(since, level, event, null, text, limit);
    }

    @Test
    void everyLineOfAFileSpanningManyBlocksIsFoundWholeAndInOrder() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append(line(NOW.minusSeconds(5000 - i), i % 10 == 0 ? "ERROR" : "INFO", "e" + (i % 3), i));
        }
        Path file = Files.writeString(dir.resolve("log"), text);
        assertThat(Files.size(file)).isGreaterThan(3 * 256 * 1024);
        List<Resources.LogEntry> errors = LogQueries.query(file, query(null, "error", null, null, 1000), NOW);
        assertThat(errors).hasSize(500);
        assertThat(errors.get(0).message()).startsWith("line 0 ");
        assertThat(errors.get(499).message()).startsWith("line 4990 ");
        assertThat(errors).isSortedAccordingTo(java.util.Comparator.comparing(Resources.LogEntry::timestamp));
        List<Resources.LogEntry> newest = LogQueries.query(file, query(null, null, "e1", null, 3), NOW);
        assertThat(newest).extracting(e -> e.message().split(" ")[1]).containsExactly("4993", "4996", "4999");
    }

    @Test
    void sinceStopsTheScanAndBadLinesAreSkipped() throws IOException {
        String text = line(NOW.minus(Duration.ofHours(2)), "INFO", "old", 1) + "garbage\n{\"timestamp\":\"nope\"}\n"
                + line(NOW.minus(Duration.ofMinutes(5)), "INFO", "recent", 2)
                + line(NOW.minus(Duration.ofMinutes(1)), "WARN", "recent", 3);
        Path file = Files.writeString(dir.resolve("log"), text);
        assertThat(LogQueries.query(file, query(Duration.ofMinutes(10), null, null, null, 0), NOW))
                .extracting(Resources.LogEntry::event).containsExactly("recent", "recent");
        assertThat(LogQueries.query(file, query(null, "WARNING", null, null, 0), NOW)).singleElement()
                .satisfies(e -> assertThat(e.level()).isEqualTo("WARN"));
        assertThat(LogQueries.query(file, query(null, null, null, "LINE 1", 0), NOW)).singleElement()
                .satisfies(e -> assertThat(e.event()).isEqualTo("old"));
        assertThat(LogQueries.query(dir.resolve("missing"), query(null, null, null, null, 0), NOW)).isEmpty();
    }
}
