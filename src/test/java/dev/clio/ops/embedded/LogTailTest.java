package dev.clio.ops.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.common.concurrent.Threads;
import dev.clio.ops.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    private final ExecutorService pool = Threads.elastic("log-tail-test", 2);
    private final List<Resources.LogEntry> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        Threads.shutdown(pool, 1000);
    }

    private static String line(String event, String message) {
        return "{\"timestamp\":\"2026-12-01T20:00:00.000Z\",\"level\":\"INFO\",\"event\":\"" + event
                + "\",\"message\":\"" + message + "\"}\n";
    }

    private LogTail tail(Path file, String event) {
        LogTail tail = new LogTail(file, new Resources.LogQuery(null, null, event, null, null, 0), seen::add);
        tail.started(pool.submit(tail));
        return tail;
    }

    private void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void awaitMessages(String... messages) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(seen)
                .extracting(Resources.LogEntry::message).containsExactly(messages));
    }

    @Test
    void deliversOnlyNewMatchingLinesAndSurvivesRotationAndTruncation() throws IOException {
        Path file = dir.resolve("engine.log");
        append(file, line("step_started", "old line"));
        try (LogTail ignored = tail(file, "step_started")) {
            append(file, line("step_started", "first") + line("other", "filtered") + "garbage line\n");
            awaitMessages("first");
            Files.move(file, dir.resolve("engine.log.1"));
            append(file, line("step_started", "after rotation"));
            awaitMessages("first", "after rotation");
            Files.writeString(file, "");
            append(file, line("step_started", "after truncation"));
            awaitMessages("first", "after rotation", "after truncation");
        }
        append(file, line("step_started", "after close"));
        await().pollDelay(Duration.ofMillis(500)).until(() -> true);
        assertThat(seen).hasSize(3);
    }

    @Test
    void aLineWrittenInTwoPartsIsDeliveredOnceWhole() throws IOException {
        Path file = dir.resolve("engine.log");
        try (LogTail ignored = tail(file, null)) {
            String whole = line("step_started", "split");
            append(file, whole.substring(0, 20));
            await().pollDelay(Duration.ofMillis(400)).until(() -> true);
            assertThat(seen).isEmpty();
            append(file, whole.substring(20));
            awaitMessages("split");
        }
    }

    @Test
    void aSinkThatThrowsEndsTheTail() throws IOException {
        Path file = dir.resolve("engine.log");
        List<String> calls = new CopyOnWriteArrayList<>();
        LogTail tail = new LogTail(file, new Resources.LogQuery(null, null, null, null, null, 0), e -> {
            calls.add(e.message());
            throw new IllegalStateException("reader gone");
        });
        var future = pool.submit(tail);
        tail.started(future);
        append(file, line("a", "one"));
        await().atMost(Duration.ofSeconds(5)).until(future::isDone);
        append(file, line("a", "two"));
        assertThat(calls).containsExactly("one");
    }
}
