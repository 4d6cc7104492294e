package dev.clio.console.common.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.common.concurrent.Threads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    @TempDir
    Path dir;

    private final ScheduledExecutorService scheduler = Threads.scheduler("sources-test", 2);
    private final ExecutorService readers = Threads.elastic("sources-test-read", 2);
    private final LineQueue queue = new LineQueue(100, new LogLineParser(ZoneOffset.UTC), Clock.systemUTC());

    @AfterEach
    void stop() {
        Threads.shutdown(scheduler, 2_000);
        Threads.shutdown(readers, 2_000);
    }

    @Test
    void aProcessIsReadLineByLineAndSlowedRatherThanDropped() {
        ProcessSource source = new ProcessSource("seq", List.of("seq", "1", "500"), readers);
        List<String> got = new ArrayList<>();
        try (LogSource.Feed feed = source.start(queue)) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                queue.drain(7).forEach(l -> got.add(l.text()));
                assertThat(got).hasSize(500);
            });
        }
        assertThat(got.get(0)).isEqualTo("1");
        assertThat(got.get(499)).isEqualTo("500");
        assertThat(queue.dropped()).isZero();
    }

    @Test
    void aCommandThatCannotRunIsReported() {
        new ProcessSource("x", List.of(dir.resolve("no-such-command").toString()), readers).start(queue);
        assertThat(queue.takeProblem()).startsWith("Cannot run " + dir.resolve("no-such-command"));
    }

    @Test
    void aMergedSourceOrdersTheLinesOfSeveralFilesByTime() throws IOException {
        Path api = Files.writeString(dir.resolve("api.log"),
                "2026-12-01T10:00:01Z api started\n2026-12-01T10:00:04Z api ready\n");
        Path db = Files.writeString(dir.resolve("db.log"),
                "2026-12-01T10:00:00Z db started\n2026-12-01T10:00:02Z db ready\n"
                        + "2026-12-01T10:00:05Z db checkpoint\n");
        MergedSource merged = new MergedSource("merged", List.of(
                new FileTailSource(api, scheduler, Duration.ofMillis(20), 100),
                new FileTailSource(db, scheduler, Duration.ofMillis(20), 100)), scheduler, Clock.systemUTC(),
                Duration.ofMillis(20));
        List<LogLine> got = new ArrayList<>();
        try (LogSource.Feed feed = merged.start(queue)) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                got.addAll(queue.drain(100));
                assertThat(got).hasSize(5);
            });
        }
        assertThat(got).extracting(l -> l.text().substring(21)).containsExactly("db started", "api started",
                "db ready", "api ready", "db checkpoint");
        assertThat(got).extracting(LogLine::source).containsExactly("db.log", "api.log", "db.log", "api.log",
                "db.log");
    }
}
