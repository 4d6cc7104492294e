package dev.clio.ops.remote;

import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import dev.clio.server.ServerHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Latency of an ordinary read through RemoteOperations to a real server on loopback, with no log stream open and
 * with six streams open that receive a line every 10 ms. Run by hand (see docs/benchmarks.md); prints p50/p95/p99.
 */
public final class RemoteCallBenchmark {

    private static final int WARMUP = 300;
    private static final int CALLS = 1_000;

    private RemoteCallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("remote-bench");
        try (ServerHarness server = ServerHarness.start(dir, 0, Duration.ofSeconds(1));
                RemoteOperations remote = RemoteOperations.connect(server.baseUrl(), server.key("viewer"), null)) {
            report("no stream open", measure(remote));
            List<Operations.Subscription> streams = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                streams.add(remote.streamLogs(new Resources.LogQuery(null, null, null, null, null, 0), e -> { }));
            }
            Thread feeder = Thread.ofPlatform().daemon().start(() -> feed(server));
            report("6 streams open, 100 lines/s each", measure(remote));
            feeder.interrupt();
            streams.forEach(Operations.Subscription::close);
        }
    }

    private static void feed(ServerHarness server) {
        Resources.LogEntry line = new Resources.LogEntry(java.time.Instant.now(), "INFO", "bench", null, "line", "{}");
        while (!Thread.currentThread().isInterrupted()) {
            server.emit(line);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long[] measure(RemoteOperations remote) {
        for (int i = 0; i < WARMUP; i++) {
            remote.system();
        }
        long[] nanos = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long t = System.nanoTime();
            remote.system();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String label, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-34s p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n", label,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))] / 1e6;
    }
}
