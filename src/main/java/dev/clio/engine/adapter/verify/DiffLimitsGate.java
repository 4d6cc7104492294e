package dev.clio.engine.adapter.verify;

import dev.clio.engine.adapter.process.ProcessResult;
import dev.clio.engine.adapter.process.ProcessSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Limits the size of a change: {@code max_files}, {@code max_insertions}, {@code max_lines} (insertions plus
 * deletions), over the unified diff in {@code from}/{@code diff_file}, or over {@code git diff --numstat HEAD} of the
 * workspace when no file is named. A named but missing diff file fails (the original passed "assuming no changes").
 */
final class DiffLimitsGate implements Gate {

    private static final List<String> PATH_KEYS = List.of("from", "diff_file", "artifact", "source");

    @Override
    public GateResult check(GateSpec gate, GateFiles files) throws IOException, InterruptedException {
        String path = files.pathOf(gate, PATH_KEYS, null);
        DiffStats stats;
        String source;
        if (path != null) {
            Path file = files.resolve(path);
            if (!Files.isRegularFile(file)) {
                return GateResult.fail(gate, "diff file not found: " + path + " (the step that writes it did not run "
                        + "or wrote elsewhere; omit 'from' to measure the workspace's git diff)");
            }
            stats = DiffStats.ofUnifiedDiff(Files.readString(file, StandardCharsets.UTF_8));
            source = path;
        } else {
            Optional<DiffStats> fromGit = gitDiff(files);
            if (fromGit.isEmpty()) {
                return GateResult.fail(gate, "no diff file given (from/diff_file) and the workspace is not a git "
                        + "repository, so the change cannot be measured");
            }
            stats = fromGit.get();
            source = "git diff --numstat HEAD";
        }
        return verdict(gate, stats, source);
    }

    private static GateResult verdict(GateSpec gate, DiffStats stats, String source) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", source);
        details.put("files", stats.files());
        details.put("insertions", stats.insertions());
        details.put("deletions", stats.deletions());
        List<String> over = new ArrayList<>();
        limit(gate, "max_files", stats.files(), "files", over);
        limit(gate, "max_insertions", stats.insertions(), "insertions", over);
        limit(gate, "max_lines", stats.lines(), "changed lines", over);
        String summary = stats.files() + " files, +" + stats.insertions() + " -" + stats.deletions();
        if (!over.isEmpty()) {
            return GateResult.fail(gate, "diff too large: " + String.join(", ", over) + " (" + source + ")", details);
        }
        return GateResult.pass(gate, "diff within limits: " + summary, details);
    }

    private static void limit(GateSpec gate, String key, long actual, String what, List<String> over) {
        Optional<Long> max = gate.params().integer(key);
        if (max.isPresent() && actual > max.get()) {
            over.add(actual + " " + what + " > " + key + " " + max.get());
        }
    }

    private static Optional<DiffStats> gitDiff(GateFiles files) throws IOException, InterruptedException {
        ProcessSpec spec = ProcessSpec.of("git", "diff", "--numstat", "HEAD").withTimeout(Duration.ofSeconds(30));
        ProcessResult result = files.processes().run(spec);
        if (!result.succeeded()) {
            // A repository without commits has no HEAD; the unstaged diff is then all there is.
            result = files.processes().run(ProcessSpec.of("git", "diff", "--numstat")
                    .withTimeout(Duration.ofSeconds(30)));
        }
        return result.succeeded() ? Optional.of(DiffStats.ofNumstat(result.stdout())) : Optional.empty();
    }
}
