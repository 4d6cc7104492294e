package dev.clio.console.common.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.common.concurrent.Threads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTailSourceTest {

    @TempDir
    Path dir;

    private final ScheduledExecutorService scheduler = Threads.scheduler("tail-test", 1);
    private final LineQueue queue = new LineQueue(1_000, new LogLineParser(ZoneOffset.UTC), Clock.systemUTC());
    private final List<String> received = new ArrayList<>();

    @AfterEach
    void stop() {
        Threads.shutdown(scheduler, 2_000);
    }

    private LogSource.Feed follow(Path file, int tail) {
        return new FileTailSource(file, scheduler, Duration.ofMillis(20), tail).start(queue);
    }

    private void awaitLines(String... expected) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            queue.drain(10_000).forEach(l -> received.add(l.text()));
            assertThat(received).containsExactly(expected);
        });
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void startsWithTheLastLinesThenFollows() throws IOException {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "one\ntwo\nthree\nfour\n");
        try (LogSource.Feed feed = follow(log, 2)) {
            awaitLines("three", "four");
            append(log, "five\nsix");
            awaitLines("three", "four", "five");
            append(log, " and more\n");
            awaitLines("three", "four", "five", "six and more");
        }
    }

    @Test
    void followsARotationToTheNewFileAfterReadingTheOldOneToItsEnd() throws IOException {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "old-1\n");
        try (LogSource.Feed feed = follow(log, 10)) {
            awaitLines("old-1");
            append(log, "old-2\n");
            Files.move(log, dir.resolve("app.log.1"));
            append(dir.resolve("app.log.1"), "old-3\n");
            Files.writeString(log, "new-1\n");
            awaitLines("old-1", "old-2", "old-3", "new-1");
            append(log, "new-2\n");
            awaitLines("old-1", "old-2", "old-3", "new-1", "new-2");
        }
    }

    @Test
    void followsATruncationFromTheStart() throws IOException {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "a fairly long first line\nanother long second line\n");
        try (LogSource.Feed feed = follow(log, 10)) {
            awaitLines("a fairly long first line", "another long second line");
            Files.writeString(log, "");
            await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ofMillis(100)).until(() -> true);
            Files.writeString(log, "after\n", StandardOpenOption.APPEND);
            awaitLines("a fairly long first line", "another long second line", "after");
        }
    }

    @Test
    void waitsForAFileThatDoesNotExistYet() throws IOException {
        Path log = dir.resolve("later.log");
        try (LogSource.Feed feed = follow(log, 10)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> ("Waiting for " + log + " to appear")
                    .equals(queue.takeProblem()));
            Files.writeString(log, "hello\n");
            awaitLines("hello");
        }
    }

    @Test
    void readsNoMoreThanTheQueueCanTakeAndCatchesUpLater() throws IOException {
        Path log = dir.resolve("big.log");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("line number ").append(i).append('\n');
        }
        Files.writeString(log, text);
        try (LogSource.Feed feed = follow(log, 5_000)) {
            List<String> all = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                queue.drain(300).forEach(l -> all.add(l.text()));
                assertThat(all).hasSize(5_000);
            });
            assertThat(queue.dropped()).isZero();
            assertThat(all.get(4_999)).isEqualTo("line number 4999");
        }
    }
}
