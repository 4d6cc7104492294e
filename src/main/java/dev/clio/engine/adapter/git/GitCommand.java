package dev.clio.engine.adapter.git;

import dev.clio.engine.adapter.process.ProcessResult;
import dev.clio.engine.adapter.process.ProcessRunner;
import dev.clio.engine.adapter.process.ProcessSpec;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs the git binary in the workspace; a failing command becomes an IOException with git's own last words. */
final class GitCommand {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final List<String> git;
    private final ProcessRunner processes;

    GitCommand(List<String> git, ProcessRunner processes) {
        this.git = List.copyOf(git);
        this.processes = processes;
    }

    /** Runs git and returns its stdout; blocks for at most 30 s. */
    String run(String... args) throws IOException, InterruptedException {
        ProcessResult result = attempt(args);
        if (!result.succeeded()) {
            String why = result.timedOut() ? "timed out after 30 s" : result.lastStderrLine();
            String reason = why.isEmpty() ? "exit code " + result.exitCode() : why.replaceFirst("^(fatal|error): ", "");
            throw new IOException("git " + subcommand(args) + " failed: " + reason);
        }
        return result.stdout();
    }

    private static String subcommand(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-c")) {
                i++;
            } else {
                return args[i];
            }
        }
        return "";
    }

    ProcessResult attempt(String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(git);
        argv.addAll(List.of(args));
        return processes.run(ProcessSpec.of(argv).withTimeout(TIMEOUT).withMaxOutputBytes(8 << 20));
    }

    /** The current branch, or null on a detached HEAD. */
    String currentBranch() throws IOException, InterruptedException {
        ProcessResult r = attempt("symbolic-ref", "--quiet", "--short", "HEAD");
        return r.succeeded() ? r.stdout().strip() : null;
    }

    void requireRepository() throws IOException, InterruptedException {
        ProcessResult r = attempt("rev-parse", "--is-inside-work-tree");
        if (!r.succeeded() || !r.stdout().strip().equals("true")) {
            throw new IOException("the workspace is not a git repository (run 'git init' in it first)");
        }
    }
}
