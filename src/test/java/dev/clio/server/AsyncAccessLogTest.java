package dev.clio.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.log.AccessLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncAccessLogTest {

    @TempDir
    Path dir;

    @Test
    void everyLineIsWrittenInOrderFromManyThreadsBeforeCloseReturns() throws Exception {
        Path file = dir.resolve("logs/access.log");
        AsyncAccessLog log = new AsyncAccessLog(AccessLog.open(file));
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int thread = t;
            threads[t] = new Thread(() -> IntStream.range(0, 5_000).forEach(i -> log.accept(new AccessRecord(
                    Instant.now(), "req_" + thread + "_" + i, "127.0.0.1", "GET", "/health", "/health", 200,
                    Duration.ofMillis(1), null))));
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        log.close();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(20_000).allMatch(l -> l.contains(" GET /health HTTP 200 "));
        List<Integer> ofThread0 = lines.stream().filter(l -> l.contains(" req_0_")).map(l -> Integer.parseInt(
                l.split(" ")[1].substring("req_0_".length()))).toList();
        assertThat(ofThread0).isSorted().hasSize(5_000);
    }
}
