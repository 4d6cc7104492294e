package dev.clio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code incident ...}: declare, follow, resolve and export incidents (docs/incidents.md). */
@Command(name = "incident", mixinStandardHelpOptions = true,
        description = "Incidents: declare one, add notes, change status, resolve, export the markdown report.",
        subcommands = {IncidentCommands.Open.class, IncidentCommands.ListAll.class, IncidentCommands.Show.class,
            IncidentCommands.Note.class, IncidentCommands.Status.class, IncidentCommands.Resolve.class,
            IncidentCommands.Export.class})
final class IncidentCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
