package dev.clio.console.common.logs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The output of a command, line by line (stdout and stderr together): {@code podman logs -f NAME},
 * {@code journalctl -f}, or a generator in a benchmark. The reader waits while the queue is full, so the process is
 * slowed by its pipe rather than lines being dropped. Closing the feed ends the process.
 */
public final class ProcessSource implements LogSource {

    private final String name;
    private final List<String> command;
    private final Executor reader;

    /** @param reader runs the blocking read loop for as long as the process lives (one thread per feed) */
    public ProcessSource(String name, List<String> command, Executor reader) {
        this.name = name;
        this.command = List.copyOf(command);
        this.reader = reader;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Feed start(LineQueue queue) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            queue.report("Cannot run " + String.join(" ", command) + ": " + e.getMessage());
            return () -> { };
        }
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        reader.execute(() -> read(process, queue, closed));
        return () -> {
            closed.set(true);
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        };
    }

    private void read(Process process, LineQueue queue, java.util.concurrent.atomic.AtomicBoolean closed) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!queue.put(name, line, closed::get)) {
                    break;
                }
            }
            int code = process.waitFor();
            if (code != 0 && !closed.get()) {
                queue.report(String.join(" ", command) + " ended with exit code " + code);
            }
        } catch (IOException e) {
            // the process was ended (feed closed): its pipe closes under the reader
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.destroy();
        }
    }
}
