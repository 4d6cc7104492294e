package dev.clio.engine.adapter.tools.pytest;

import dev.clio.engine.adapter.builtin.Params;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The pytest arguments of one step. */
record PytestCommand(String testPath, boolean coverage, List<String> args) {

    static PytestCommand of(Params with, boolean coverageAvailable) {
        String path = with.string("path", "test_path", "tests");
        boolean coverage = with.flag("coverage", true) && coverageAvailable;
        List<String> extra = new ArrayList<>(with.strings("args", true).orElse(List.of()));
        if (!with.flag("include_slow", false) && !extra.contains("-m")) {
            extra.addAll(List.of("-m", "not slow"));
        }
        return new PytestCommand(path, coverage, extra);
    }

    /**
     * Reports go to {@code scratch} (outside the workspace); the cache provider is off so that pytest leaves no
     * .pytest_cache behind.
     */
    List<String> arguments(Path scratch) {
        List<String> argv = new ArrayList<>(List.of(testPath, "--junit-xml=" + scratch.resolve("junit.xml"),
                "-p", "no:cacheprovider", "-q"));
        if (coverage) {
            argv.addAll(List.of("--cov=.", "--cov-report=xml:" + scratch.resolve("coverage.xml"), "--cov-report="));
        }
        argv.addAll(args);
        return argv;
    }
}
