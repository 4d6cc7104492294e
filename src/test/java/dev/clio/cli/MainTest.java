package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void versionPrintsTheBuildVersion() {
        Captured run = Captured.run("version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("cli-orchestrator ").contains("Java");
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        Captured run = Captured.run("--no-such-option");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).startsWith("error: Unknown option: '--no-such-option'").doesNotContain("Exception");
    }

    @Test
    void helpListsTheCommands() {
        Captured run = Captured.run("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: cli-orchestrator").contains("version");
    }

    /** Runs the real command line with captured streams. */
    record Captured(int code, String out, String err) {
        static Captured run(String... args) {
            CommandLine cli = RootCommand.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            return new Captured(code, out.toString(), err.toString());
        }
    }
}
