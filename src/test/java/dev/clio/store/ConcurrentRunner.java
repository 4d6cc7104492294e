package dev.clio.store;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks on their own threads at once and rethrows the first failure; never waits past the timeout. */
final class ConcurrentRunner {

    private ConcurrentRunner() {
    }

    static void runAll(List<? extends Callable<?>> tasks, Duration timeout) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<? extends Future<?>> futures = tasks.stream().map(pool::submit).toList();
            long deadline = System.nanoTime() + timeout.toNanos();
            for (Future<?> future : futures) {
                future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
