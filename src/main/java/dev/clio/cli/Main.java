package dev.clio.cli;

import picocli.CommandLine;

/** Entry point of the {@code cli-orchestrator} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CdsDirectory.prepare(System.getProperty(CdsDirectory.PROPERTY));
        EmbeddedBackend.install();
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 problems found, 2 usage or I/O error). */
    public static int run(String... args) {
        return RootCommand.commandLine().execute(args);
    }
}
