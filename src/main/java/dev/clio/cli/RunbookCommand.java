package dev.clio.cli;

import dev.clio.runbook.RunbookCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code runbook ...}: the monitoring runbook's procedures as data, run from a terminal (docs/runbooks.md). */
@Command(name = "runbook", mixinStandardHelpOptions = true,
        description = "List, show and run runbooks (investigations at once, remediations after a confirmation).",
        subcommands = {RunbookListCommand.class, RunbookShowCommand.class, RunbookRunCommand.class,
            RunbookHistoryCommand.class})
final class RunbookCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The workspace's catalog in-process; the jar's built-ins against a server (whose user runbooks stay there). */
    /** Embedded: the workspace's runbooks; against a server: the server's (its user runbooks through the API). */
    static RunbookCatalog catalog(OpsOptions options, dev.clio.ops.Operations ops) {
        return options.workspaceOrNull() == null ? RunbookCatalog.forServer(ops)
                : RunbookCatalog.forWorkspace(options.workspaceOrNull().runbooks());
    }
}
