package dev.clio.common.concurrent;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place where executors are created (an architecture rule), so that every pool is bounded, named and daemon.
 */
public final class Threads {

    private Threads() {
    }

    /** A fixed-size pool with a bounded queue; a full queue makes the caller run the task (back-pressure). */
    public static ExecutorService bounded(String name, int threads, int queueCapacity) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), factory(name), new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** A pool that grows to {@code maxThreads} and rejects beyond that; for work that must not queue (step runs). */
    public static ExecutorService elastic(String name, int maxThreads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, maxThreads, 30, TimeUnit.SECONDS,
                new java.util.concurrent.SynchronousQueue<>(), factory(name), new ThreadPoolExecutor.AbortPolicy());
        return pool;
    }

    public static ScheduledExecutorService scheduler(String name, int threads) {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(threads, factory(name));
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    /** A named daemon thread factory, for libraries that take one. */
    public static ThreadFactory factory(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, name + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Shuts a pool down and waits briefly; never blocks forever. */
    public static void shutdown(ExecutorService pool, long timeoutMillis) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
