package dev.clio.engine.adapter.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs programs inside a workspace: argv only (no shell, no re-splitting), an allowlisted environment, stdin from
 * /dev/null, captured and capped output, and a timeout that kills the whole process tree. Background processes a
 * program leaves behind are stopped when it exits (those seen while it ran). Programs start through glibc's
 * {@code posix_spawn} where available, else through the JDK (see {@link Launchers}); the behaviour is the same.
 * Thread-safe.
 */
public final class ProcessRunner {

    private static final Duration DRAIN_AFTER_EXIT = Duration.ofSeconds(2);
    private static final Duration DESCENDANT_POLL = Duration.ofMillis(250);

    private final Path workspace;
    private final ChildEnvironment environment;
    private final Duration killGrace;
    private final Launchers.Choice launcher;

    /** A runner for this workspace with the current process's allowlisted environment and a 2 s kill grace. */
    public ProcessRunner(Path workspace) {
        this(workspace, System.getenv(), Duration.ofSeconds(2));
    }

    public ProcessRunner(Path workspace, Map<String, String> parentEnvironment, Duration killGrace) {
        this(workspace, parentEnvironment, killGrace, null);
    }

    /** With a launcher forced (tests); null reads the setting at each run. */
    ProcessRunner(Path workspace, Map<String, String> parentEnvironment, Duration killGrace,
            Launchers.Choice launcher) {
        this.workspace = workspace.toAbsolutePath().normalize();
        this.environment = new ChildEnvironment(parentEnvironment);
        this.killGrace = killGrace;
        this.launcher = launcher;
    }

    public Path workspace() {
        return workspace;
    }

    /** How programs are started by default on this machine, e.g. "native (posix_spawn)", for logs and benchmarks. */
    public static String launcherInUse() {
        Launchers.Choice choice = Launchers.configured();
        return choice == Launchers.Choice.AUTO ? Launchers.describeAuto() : choice.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Runs the program and blocks until it exits or times out. On timeout the process tree is killed (SIGTERM, then
     * SIGKILL after the grace) and a result with {@code timedOut} is returned. On interrupt the tree is killed the same
     * way and {@link InterruptedException} is thrown.
     *
     * @throws IllegalArgumentException for a working directory outside the workspace, a bad variable name or a bad
     *     launcher setting
     * @throws IOException when the program cannot be started (not found, not executable)
     */
    public ProcessResult run(ProcessSpec spec) throws IOException, InterruptedException {
        Path dir = directory(spec.cwd());
        Map<String, String> env = new HashMap<>();
        environment.applyTo(env, spec.env());
        Launcher chosen = Launchers.select(launcher != null ? launcher : Launchers.configured());
        Consumer<String> lines = serialized(spec.onLine());
        StreamCapture out = new StreamCapture(spec.maxOutputBytes(), lines);
        StreamCapture err = new StreamCapture(spec.maxOutputBytes(), lines);
        long started = System.nanoTime();
        Set<ProcessHandle> seen = new LinkedHashSet<>();
        boolean timedOut;
        int exitCode;
        try (Child child = chosen.launch(spec.argv(), dir, env, out, err)) {
            try {
                timedOut = !awaitExit(child, spec.timeout(), seen);
                if (timedOut) {
                    child.killTree(seen, killGrace);
                } else {
                    ProcessTree.killAll(seen, killGrace);
                }
                child.drain(DRAIN_AFTER_EXIT);
            } catch (InterruptedException e) {
                child.killTree(seen, killGrace);
                throw e;
            }
            exitCode = timedOut ? -1 : child.exitCode();
        }
        return new ProcessResult(exitCode, out.text(), err.text(), out.truncated() || err.truncated(), timedOut,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Waits in slices, noting the process's descendants between slices: a child that outlives its parent (a
     * background job) is no longer a descendant once the parent exits, yet must still end with the step. A program
     * that exits within the first slice costs no scan at all.
     */
    private static boolean awaitExit(Child child, Duration timeout, Set<ProcessHandle> seen)
            throws InterruptedException {
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = timeout == null ? DESCENDANT_POLL.toNanos() : deadline - System.nanoTime();
            if (child.awaitExit(Math.max(0, Math.min(left, DESCENDANT_POLL.toNanos())))) {
                return true;
            }
            if (timeout != null && deadline - System.nanoTime() <= 0) {
                return false;
            }
            child.handle().ifPresent(h -> h.descendants().forEach(seen::add));
        }
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
