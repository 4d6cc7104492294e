package dev.clio.engine.adapter.tools.fixers;

import dev.clio.engine.adapter.process.ProcessResult;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A formatter or auto-fixer: its arguments in fix and check mode, how it reports fixes, and its failure codes. */
enum Fixer {

    RUFF("ruff") {
        @Override
        List<String> args(boolean fix) {
            return fix ? List.of("check", "--fix", "--no-cache") : List.of("check", "--no-cache");
        }

        @Override
        int fixes(ProcessResult r) {
            Matcher found = FIXED.matcher(r.stdout() + "\n" + r.stderr());
            return found.find() ? Integer.parseInt(found.group(1) != null ? found.group(1) : found.group(2)) : 0;
        }

        /** ruff exits 1 when violations remain that it cannot fix; only 2 means it failed. */
        @Override
        boolean failed(int exitCode, boolean fix) {
            return exitCode > 1;
        }
    },
    BLACK("black") {
        @Override
        List<String> args(boolean fix) {
            return fix ? List.of("--quiet") : List.of("--check", "--diff", "--quiet");
        }

        @Override
        int fixes(ProcessResult r) {
            return (int) r.stderr().lines().filter(l -> l.startsWith("reformatted ")).count();
        }

        @Override
        boolean failed(int exitCode, boolean fix) {
            return exitCode > 1;
        }
    },
    ISORT("isort") {
        @Override
        List<String> args(boolean fix) {
            return fix ? List.of() : List.of("--check-only", "--diff");
        }

        @Override
        int fixes(ProcessResult r) {
            return (int) (r.stdout() + "\n" + r.stderr()).lines().filter(l -> l.startsWith("Fixing ")).count();
        }

        @Override
        boolean failed(int exitCode, boolean fix) {
            return fix ? exitCode != 0 : exitCode > 1;
        }
    };

    private static final Pattern FIXED = Pattern.compile("Found \\d+ errors? \\((\\d+) fixed|Fixed (\\d+) errors?");

    private final String tool;

    Fixer(String tool) {
        this.tool = tool;
    }

    String tool() {
        return tool;
    }

    abstract List<String> args(boolean fix);

    abstract int fixes(ProcessResult result);

    abstract boolean failed(int exitCode, boolean fix);

    static Fixer named(String name) {
        for (Fixer fixer : values()) {
            if (fixer.tool.equalsIgnoreCase(name.strip())) {
                return fixer;
            }
        }
        throw new IllegalArgumentException("unknown fixer: " + name + " (known: ruff, black, isort)");
    }
}
