package dev.clio.cli;

import dev.clio.workspace.InitReport;
import dev.clio.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a workspace"
        + " (.ai/workflows, .ai/schemas, .ai/runbooks, artifacts, logs, security, incidents, config, cache) with the"
        + " sample workflows and the schemas. Existing files are never changed, so running it again is safe.")
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Workspace directory (default: the"
            + " current directory).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path target = dir == null ? Path.of("") : dir;
        InitReport report;
        try {
            report = WorkspaceInitializer.initialize(target);
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
        print(report, spec.commandLine().getOut());
        for (String warning : report.warnings()) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        return ExitCodes.OK;
    }

    private static void print(InitReport report, PrintWriter out) {
        out.println("Workspace " + report.workspace().root());
        report.created().forEach(p -> out.println("  created  " + report.display(p)));
        report.kept().forEach(p -> out.println("  kept     " + report.display(p)));
        out.printf("%d created, %d kept.%n", report.created().size(), report.kept().size());
    }
}
