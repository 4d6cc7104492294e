package dev.clio.engine.adapter.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Launches through {@link ProcessBuilder}: portable, but every start goes through {@code jspawnhelper} (two execs)
 * and the JDK's reaper thread. The fallback when the native launcher is unavailable, and for virtual threads.
 */
final class JdkLauncher implements Launcher {

    private static final File NO_INPUT = new File("/dev/null");
    private static final Pattern ERRNO_TEXT = Pattern.compile("\\(([^)]+)\\)\\s*$");

    @Override
    public String name() {
        return "jdk (ProcessBuilder)";
    }

    @Override
    public Child launch(List<String> argv, Path directory, Map<String, String> environment, StreamCapture out,
            StreamCapture err) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(argv).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT));
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = start(builder, argv.get(0));
        Thread outReader = Thread.ofVirtual().name("process-out-" + process.pid()).start(
                out.pump(process.getInputStream()));
        Thread errReader = Thread.ofVirtual().name("process-err-" + process.pid()).start(
                err.pump(process.getErrorStream()));
        return new JdkChild(process, outReader, errReader);
    }

    private static Process start(ProcessBuilder builder, String program) throws IOException {
        try {
            return builder.start();
        } catch (IOException e) {
            String cause = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : e.getMessage();
            throw new IOException("cannot run '" + program + "': " + simplify(cause), e);
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

    /** The JDK reaps the process on its own thread; we only wait for it and for the two reader threads. */
    private record JdkChild(Process process, Thread outReader, Thread errReader) implements Child {

        @Override
        public Optional<ProcessHandle> handle() {
            return Optional.of(process.toHandle());
        }

        @Override
        public boolean awaitExit(long nanos) throws InterruptedException {
            return process.waitFor(nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int exitCode() {
            return process.exitValue();
        }

        @Override
        public void killTree(Set<ProcessHandle> seen, Duration grace) {
            ProcessTree.kill(process.toHandle(), seen, grace, Set::of);
        }

        @Override
        public void drain(Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            outReader.join(limit);
            errReader.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }

        @Override
        public void close() {
            // Nothing to release: the readers end with the pipes, the JDK reaps.
        }
    }
}
