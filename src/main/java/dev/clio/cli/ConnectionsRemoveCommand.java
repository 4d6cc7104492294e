package dev.clio.cli;

import dev.clio.connections.ConnectionStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove a saved connection and its stored API key (the workspace or server is not touched).")
final class ConnectionsRemoveCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The connection to remove.")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ConnectionStore store = SavedProfiles.store(ConnectionsCommand.context(spec));
        store.get(name);
        store.remove(name);
        spec.commandLine().getOut().println("Removed connection '" + name + "' and its stored key.");
        return ExitCodes.OK;
    }
}
