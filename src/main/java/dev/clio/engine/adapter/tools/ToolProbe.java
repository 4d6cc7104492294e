package dev.clio.engine.adapter.tools;

import dev.clio.engine.adapter.Availability;
import dev.clio.engine.adapter.process.ProcessResult;
import dev.clio.engine.adapter.process.ProcessRunner;
import dev.clio.engine.adapter.process.ProcessSpec;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a command-line tool on PATH and asks it for its version, once: the first call probes ({@code tool --version},
 * at most 10 s), later calls return the cached answer. Thread-safe.
 */
public final class ToolProbe {

    private static final Pattern VERSION = Pattern.compile("\\d+(?:\\.\\d+)+");
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    /** What the probe found: the argv prefix that runs the tool, and its availability. */
    public record Found(List<String> command, Availability availability) {
    }

    private final String tool;
    private final List<List<String>> candidates;
    private final Map<String, String> environment;
    private volatile Found found;

    /**
     * @param tool the name users know ("ruff"), used in messages
     * @param candidates argv prefixes to try in order, e.g. {@code [pytest]}, {@code [pytest-3]}
     */
    public ToolProbe(String tool, List<List<String>> candidates, Map<String, String> environment) {
        this.tool = tool;
        this.candidates = List.copyOf(candidates);
        this.environment = Map.copyOf(environment);
    }

    public static ToolProbe single(String tool, Map<String, String> environment) {
        return new ToolProbe(tool, List.of(List.of(tool)), environment);
    }

    public String tool() {
        return tool;
    }

    public Availability availability() {
        return probe().availability();
    }

    /** The argv prefix that runs the tool (absolute program path), when available. */
    public Optional<List<String>> command() {
        Found result = probe();
        return result.availability().available() ? Optional.of(result.command()) : Optional.empty();
    }

    /**
     * Probes on first use; blocks for at most a few seconds per candidate that is on PATH. A probe cut short by an
     * interrupt is not cached, so the next call probes again.
     */
    public Found probe() {
        Found result = found;
        if (result == null) {
            synchronized (this) {
                result = found;
                if (result == null) {
                    result = doProbe();
                    if (!Thread.currentThread().isInterrupted()) {
                        found = result;
                    }
                }
            }
        }
        return result;
    }

    private Found doProbe() {
        String failure = null;
        for (List<String> candidate : candidates) {
            Optional<Path> program = onPath(candidate.get(0));
            if (program.isEmpty()) {
                continue;
            }
            List<String> command = new ArrayList<>(candidate);
            command.set(0, program.get().toString());
            String version = version(command);
            if (version.startsWith("!")) {
                failure = failure == null ? version.substring(1) : failure;
                continue;
            }
            return new Found(List.copyOf(command), Availability.available(version));
        }
        return new Found(List.of(), Availability.unavailable(failure != null ? failure : tool + " not found on PATH"));
    }

    /** The version text, or "!" and the failure reason. */
    private String version(List<String> command) {
        List<String> argv = new ArrayList<>(command);
        argv.add("--version");
        try {
            Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
            ProcessResult r = new ProcessRunner(scratch, environment, Duration.ofSeconds(1))
                    .run(ProcessSpec.of(argv).withTimeout(PROBE_TIMEOUT).withMaxOutputBytes(16_384));
            if (!r.succeeded()) {
                String why = r.timedOut() ? "timed out" : r.lastStderrLine().isEmpty() ? "exit code " + r.exitCode()
                        : r.lastStderrLine();
                return "!" + tool + " --version failed: " + why;
            }
            String text = (r.stdout().isBlank() ? r.stderr() : r.stdout()).strip();
            Matcher m = VERSION.matcher(text);
            return m.find() ? m.group() : text.lines().findFirst().orElse("unknown");
        } catch (IOException e) {
            return "!" + tool + " --version failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "!" + tool + " --version was interrupted";
        }
    }

    private Optional<Path> onPath(String program) {
        if (program.contains("/")) {
            Path path = Path.of(program);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
