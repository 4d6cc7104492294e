package dev.clio.engine.adapter.tools.fixers;

import dev.clio.engine.adapter.process.ProcessResult;
import dev.clio.engine.adapter.process.ProcessRunner;
import dev.clio.engine.adapter.process.ProcessSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of files before fixers ran, to tell which files changed and to produce the unified diff of the
 * changes (with the system's {@code diff -u}).
 */
final class FileSnapshot {

    private static final long MAX_FILE = 2L << 20;

    private final Path workspace;
    private final Map<String, byte[]> before = new LinkedHashMap<>();

    FileSnapshot(Path workspace, List<String> files) throws IOException {
        this.workspace = workspace;
        for (String file : files) {
            Path path = workspace.resolve(file);
            if (Files.size(path) <= MAX_FILE) {
                before.put(file, Files.readAllBytes(path));
            }
        }
    }

    List<String> changed() throws IOException {
        List<String> changed = new java.util.ArrayList<>();
        for (Map.Entry<String, byte[]> e : before.entrySet()) {
            Path path = workspace.resolve(e.getKey());
            if (!Files.exists(path) || !Arrays.equals(e.getValue(), Files.readAllBytes(path))) {
                changed.add(e.getKey());
            }
        }
        return changed;
    }

    /** The unified diff of the changed files, a/ and b/ prefixed like git's. */
    String diff(List<String> changed, ProcessRunner processes) throws IOException, InterruptedException {
        StringBuilder diff = new StringBuilder();
        Path scratch = Files.createTempDirectory("clio-fixers-");
        try {
            for (String file : changed) {
                Path old = scratch.resolve("before");
                Files.write(old, before.get(file));
                ProcessResult r = processes.run(ProcessSpec.of("diff", "-u", "--label", "a/" + file, "--label",
                        "b/" + file, old.toString(), file).withTimeout(Duration.ofSeconds(30)));
                if (r.exitCode() > 1) {
                    throw new IOException("diff failed for " + file + ": " + r.lastStderrLine());
                }
                diff.append("diff --git a/").append(file).append(" b/").append(file).append('\n').append(r.stdout());
            }
        } finally {
            Files.deleteIfExists(scratch.resolve("before"));
            Files.deleteIfExists(scratch);
        }
        return diff.toString();
    }
}
