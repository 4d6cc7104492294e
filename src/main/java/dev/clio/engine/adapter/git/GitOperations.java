package dev.clio.engine.adapter.git;

import dev.clio.engine.adapter.builtin.Params;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Clock;

/** The git_ops operations that work on the local repository; each returns the payload of its JSON artifact. */
final class GitOperations {

    private static final DateTimeFormatter BRANCH_STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private final GitCommand git;
    private final Clock clock;

    GitOperations(GitCommand git, Clock clock) {
        this.git = git;
        this.clock = clock;
    }

    Map<String, Object> status() throws IOException, InterruptedException {
        String out = git.run("status", "--porcelain=v1", "--branch", "--untracked-files=all");
        List<Map<String, String>> changes = new ArrayList<>();
        String header = "";
        for (String line : out.split("\n")) {
            if (line.startsWith("## ")) {
                header = line.substring(3);
            } else if (line.length() > 3) {
                changes.add(Map.of("status", line.substring(0, 2).strip(), "path", line.substring(3)));
            }
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("branch", git.currentBranch());
        payload.put("tracking", header);
        payload.put("clean", changes.isEmpty());
        payload.put("changes", changes);
        return payload;
    }

    Map<String, Object> createBranch(Params with) throws IOException, InterruptedException {
        String name = with.string("branch", "name", "feature/ai-auto-" + BRANCH_STAMP.format(clock.instant()));
        if (!git.attempt("check-ref-format", "--branch", name).succeeded()) {
            throw new IllegalArgumentException("'" + name + "' is not a valid git branch name");
        }
        String base = git.currentBranch();
        git.run("checkout", "-q", "-b", name);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("branch", name);
        payload.put("base", base);
        return payload;
    }

    Map<String, Object> commit(Params with) throws IOException, InterruptedException {
        List<String> add = with.strings("add", true).orElse(List.of("-A"));
        List<String> addArgs = new ArrayList<>(List.of("add"));
        addArgs.addAll(add.equals(List.of("-A")) ? everythingButOurOwnFiles() : prefixed(add));
        git.run(addArgs.toArray(String[]::new));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("branch", git.currentBranch());
        String staged = git.run("diff", "--cached", "--name-only");
        if (staged.isBlank()) {
            payload.put("committed", false);
            payload.put("reason", "nothing to commit");
            return payload;
        }
        String summary = git.run("diff", "--cached", "--shortstat").strip();
        String message = with.string("message", "commit_message_template", "chore: automated commit")
                .replace("{summary}", summary);
        git.run(identity("commit", "-q", "-m", message));
        payload.put("committed", true);
        payload.put("commit", git.run("rev-parse", "HEAD").strip());
        payload.put("message", message);
        payload.put("files", staged.lines().toList());
        payload.put("summary", summary);
        return payload;
    }

    Map<String, Object> diff(Params with) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("diff", "--no-color"));
        boolean hasHead = git.attempt("rev-parse", "--verify", "--quiet", "HEAD").succeeded();
        if (hasHead) {
            args.add("HEAD");
        }
        List<String> files = with.strings("files", true).orElse(List.of());
        if (!files.isEmpty()) {
            args.add("--");
            args.addAll(files);
        }
        String diff = git.run(args.toArray(String[]::new));
        List<String> numstat = new ArrayList<>(args);
        numstat.add(2, "--numstat");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("base", hasHead ? "HEAD" : "index");
        payload.put("files", git.run(numstat.toArray(String[]::new)).lines().map(l -> l.split("\t", 3))
                .filter(p -> p.length == 3).map(p -> p[2]).toList());
        payload.put("diff", diff);
        return payload;
    }

    /**
     * "Everything" means the user's changes: the orchestrator's own outputs in the workspace (artifacts, logs, cache,
     * the SQLite store) are left out even when no .gitignore mentions them.
     */
    private static List<String> everythingButOurOwnFiles() {
        List<String> args = new ArrayList<>(List.of("-A", "--", "."));
        for (String own : List.of("artifacts", "logs", "cache", "security", "orchestrator.db")) {
            args.add(":(exclude)" + own);
        }
        return args;
    }

    /** Paths go after "--" so that a file named like an option is never taken for one. */
    private static List<String> prefixed(List<String> paths) {
        List<String> args = new ArrayList<>(List.of("--"));
        args.addAll(paths);
        return args;
    }

    /** A commit needs an author; when the user has configured none, the orchestrator signs as itself. */
    private String[] identity(String... args) throws IOException, InterruptedException {
        boolean configured = git.attempt("config", "user.email").succeeded();
        List<String> argv = new ArrayList<>();
        if (!configured) {
            argv.addAll(List.of("-c", "user.name=cli-orchestrator", "-c", "user.email=cli-orchestrator@localhost"));
        }
        argv.addAll(List.of(args));
        return argv.toArray(String[]::new);
    }
}
