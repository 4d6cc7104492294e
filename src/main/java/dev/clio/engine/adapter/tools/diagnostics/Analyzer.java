package dev.clio.engine.adapter.tools.diagnostics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A diagnostics tool: how to call it, which files it reads, how to read its output and its exit codes. */
public enum Analyzer {

    RUFF("ruff", Set.of(".py", ".pyi")) {
        @Override
        List<String> args(Path workspace, AnalyzerOptions options) {
            List<String> args = new ArrayList<>(List.of("check", "--output-format=json", "--no-cache"));
            if (!options.select().isEmpty()) {
                args.add("--select=" + String.join(",", options.select()));
            }
            return args;
        }

        @Override
        List<Issue> parse(String stdout, Path workspace) throws IOException {
            return ToolOutputParsers.ruff(stdout, workspace);
        }
    },
    MYPY("mypy", Set.of(".py", ".pyi")) {
        @Override
        List<String> args(Path workspace, AnalyzerOptions options) {
            List<String> args = new ArrayList<>(List.of("--show-column-numbers", "--show-error-codes",
                    "--no-error-summary", "--no-color-output", "--no-pretty", "--cache-dir",
                    workspace.resolve("cache/mypy").toString()));
            if (options.strict()) {
                args.add("--strict");
            }
            return args;
        }

        @Override
        List<Issue> parse(String stdout, Path workspace) {
            return ToolOutputParsers.mypy(stdout, workspace);
        }
    },
    PYLINT("pylint", Set.of(".py")) {
        @Override
        List<String> args(Path workspace, AnalyzerOptions options) {
            return new ArrayList<>(List.of("--output-format=json", "--persistent=n"));
        }

        @Override
        List<Issue> parse(String stdout, Path workspace) throws IOException {
            return ToolOutputParsers.pylint(stdout, workspace);
        }

        /** pylint's exit code is a bit set: 1 fatal and 32 usage error mean it did not do its job. */
        @Override
        boolean failed(int exitCode) {
            return (exitCode & 1) != 0 || (exitCode & 32) != 0;
        }
    },
    ESLINT("eslint", Set.of(".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx")) {
        @Override
        List<String> args(Path workspace, AnalyzerOptions options) {
            return new ArrayList<>(List.of("--format=json"));
        }

        @Override
        List<Issue> parse(String stdout, Path workspace) throws IOException {
            return ToolOutputParsers.eslint(stdout, workspace);
        }
    };

    private final String tool;
    private final Set<String> extensions;

    Analyzer(String tool, Set<String> extensions) {
        this.tool = tool;
        this.extensions = extensions;
    }

    public String tool() {
        return tool;
    }

    Set<String> extensions() {
        return extensions;
    }

    abstract List<String> args(Path workspace, AnalyzerOptions options);

    abstract List<Issue> parse(String stdout, Path workspace) throws IOException;

    /** True when the exit code means the tool itself failed (1 only means "issues found" for ruff, mypy, eslint). */
    boolean failed(int exitCode) {
        return exitCode > 1;
    }
}
