package dev.clio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real CLI in process for tests of other packages: what {@code cli-orchestrator ARGS} prints. */
public final class CliRun {

    private CliRun() {
    }

    /** The standard output of the command (its error output is appended after a marker when present). */
    public static String run(String... args) {
        CommandLine cli = RootCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.execute(args);
        return out + (err.toString().isEmpty() ? "" : "\n<stderr>\n" + err);
    }
}
