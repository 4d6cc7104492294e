package dev.clio.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Child JVM for the crash-consistency test: records an execution as running with a running step, prints
 * {@link #MARKER}, then keeps writing (retries and artifacts) until it is killed with SIGKILL.
 */
public final class CrashingWriter {

    static final String EXECUTION_ID = "exec_crash";
    static final String MARKER = "RECORDED-RUNNING";

    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        JdbcExecutionStore store = JdbcExecutionStore.open(DatabaseConfig.parse(args[0], new PoolSettings(1, 1)));
        Instant now = Instant.now();
        store.executionStarted(EXECUTION_ID, "CRASH", "crash.yaml", "alice", false, now);
        store.stepStarted(EXECUTION_ID, "1.001", "Long step", "ai_editor", 1, now);
        System.out.println(MARKER);
        System.out.flush();
        for (int attempt = 2; ; attempt++) {
            store.stepStarted(EXECUTION_ID, "1.001", "Long step", "ai_editor", attempt, Instant.now());
            store.artifactRecorded(EXECUTION_ID, "1.001", "artifacts/part-" + attempt + ".json", attempt,
                    Instant.now());
        }
    }

    static Child start(String databaseUrl) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), databaseUrl)).redirectErrorStream(true).start();
        return new Child(process);
    }

    /** The running child; closing it kills it if the test did not. */
    static final class Child implements AutoCloseable {

        private final Process process;
        private final BufferedReader output;

        private Child(Process process) {
            this.process = process;
            this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        void awaitMarker(Duration timeout) throws Exception {
            StringBuilder seen = new StringBuilder();
            CompletableFuture<Boolean> found = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = output.readLine(); line != null; line = output.readLine()) {
                        if (line.equals(MARKER)) {
                            return true;
                        }
                        seen.append(line).append('\n');
                    }
                    return false;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            if (!found.get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("child JVM exited before recording its execution:\n" + seen);
            }
        }

        /** SIGKILL: no shutdown hooks, no finally blocks, no connection close. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("child JVM did not die after SIGKILL");
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                kill();
            }
        }
    }
}
