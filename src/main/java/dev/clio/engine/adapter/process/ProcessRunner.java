package dev.clio.engine.adapter.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs programs inside a workspace: argv only (no shell, no re-splitting), an allowlisted environment, stdin from
 * /dev/null, captured and capped output, and a timeout that kills the whole process tree. Background processes a
 * program leaves behind are stopped when it exits (those seen while it ran). Thread-safe.
 */
public final class ProcessRunner {

    private static final File NO_INPUT = new File("/dev/null");
    private static final Duration DRAIN_AFTER_EXIT = Duration.ofSeconds(2);
    private static final Duration DESCENDANT_POLL = Duration.ofMillis(250);
    private static final Pattern ERRNO_TEXT = Pattern.compile("\\(([^)]+)\\)\\s*$");

    private final Path workspace;
    private final ChildEnvironment environment;
    private final Duration killGrace;

    /** A runner for this workspace with the current process's allowlisted environment and a 2 s kill grace. */
    public ProcessRunner(Path workspace) {
        this(workspace, System.getenv(), Duration.ofSeconds(2));
    }

    public ProcessRunner(Path workspace, Map<String, String> parentEnvironment, Duration killGrace) {
        this.workspace = workspace.toAbsolutePath().normalize();
        this.environment = new ChildEnvironment(parentEnvironment);
        this.killGrace = killGrace;
    }

    public Path workspace() {
        return workspace;
    }

    /**
     * Runs the program and blocks until it exits or times out. On timeout the process tree is killed (SIGTERM, then
     * SIGKILL after the grace) and a result with {@code timedOut} is returned. On interrupt the tree is killed the same
     * way and {@link InterruptedException} is thrown.
     *
     * @throws IllegalArgumentException for a working directory outside the workspace or a bad variable name
     * @throws IOException when the program cannot be started (not found, not executable)
     */
    public ProcessResult run(ProcessSpec spec) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(spec.argv()).directory(directory(spec.cwd()).toFile())
                .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT));
        environment.applyTo(builder.environment(), spec.env());
        long started = System.nanoTime();
        Process process = start(builder, spec);
        Consumer<String> lines = serialized(spec.onLine());
        StreamCapture out = new StreamCapture(process.getInputStream(), spec.maxOutputBytes(), lines);
        StreamCapture err = new StreamCapture(process.getErrorStream(), spec.maxOutputBytes(), lines);
        Thread outReader = Thread.ofVirtual().name("process-out-" + process.pid()).start(out);
        Thread errReader = Thread.ofVirtual().name("process-err-" + process.pid()).start(err);
        Set<ProcessHandle> seen = new LinkedHashSet<>();
        boolean timedOut;
        try {
            timedOut = !awaitExit(process, spec.timeout(), seen);
            if (timedOut) {
                ProcessTree.kill(process.toHandle(), seen, killGrace);
            } else {
                ProcessTree.killAll(seen, killGrace);
            }
            outReader.join(DRAIN_AFTER_EXIT);
            errReader.join(DRAIN_AFTER_EXIT);
        } catch (InterruptedException e) {
            ProcessTree.kill(process.toHandle(), seen, killGrace);
            throw e;
        }
        int exitCode = timedOut ? -1 : process.exitValue();
        return new ProcessResult(exitCode, out.text(), err.text(), out.truncated() || err.truncated(), timedOut,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Waits in slices, noting the process's descendants between slices: a child that outlives its parent (a
     * background job) is no longer a descendant once the parent exits, yet must still end with the step. A program
     * that exits within the first slice costs no scan at all.
     */
    private static boolean awaitExit(Process process, Duration timeout, Set<ProcessHandle> seen)
            throws InterruptedException {
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = timeout == null ? DESCENDANT_POLL.toNanos() : deadline - System.nanoTime();
            if (process.waitFor(Math.min(left, DESCENDANT_POLL.toNanos()), TimeUnit.NANOSECONDS)) {
                return true;
            }
            if (timeout != null && deadline - System.nanoTime() <= 0) {
                return false;
            }
            process.descendants().forEach(seen::add);
        }
    }

    private static Process start(ProcessBuilder builder, ProcessSpec spec) throws IOException {
        try {
            return builder.start();
        } catch (IOException e) {
            String cause = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : e.getMessage();
            throw new IOException("cannot run '" + spec.argv().get(0) + "': " + simplify(cause), e);
        }
    }

    private static String simplify(String cause) {
        // The JDK reports "error=2, No such file or directory" or "Exec failed, error: 2 (No such file or directory)";
        // the errno adds nothing for a user.
        if (cause == null) {
            return "cannot start";
        }
        Matcher inParentheses = ERRNO_TEXT.matcher(cause);
        return inParentheses.find() ? inParentheses.group(1) : cause.replaceFirst("^error=\\d+, ", "").strip();
    }

    private Path directory(String cwd) {
        Path dir = cwd == null || cwd.isBlank() || cwd.equals(".") ? workspace : workspace.resolve(cwd).normalize();
        if (!dir.startsWith(workspace) || escapesThroughLinks(dir)) {
            throw new IllegalArgumentException("working directory '" + cwd + "' is outside the workspace");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("working directory '" + cwd + "' does not exist in the workspace");
        }
        return dir;
    }

    private boolean escapesThroughLinks(Path dir) {
        try {
            return Files.exists(dir) && !dir.toRealPath().startsWith(workspace.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }

    private static Consumer<String> serialized(Consumer<String> listener) {
        Object lock = new Object();
        return line -> {
            synchronized (lock) {
                try {
                    listener.accept(line);
                } catch (RuntimeException e) {
                    // A failing progress display must not stop the capture of the output.
                }
            }
        };
    }
}
