package dev.clio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "connections", mixinStandardHelpOptions = true,
        description = "List, add and remove saved connections (embedded workspaces or servers), usable as "
                + "--connection NAME and in the console.",
        subcommands = {ConnectionsListCommand.class, ConnectionsAddCommand.class, ConnectionsRemoveCommand.class})
final class ConnectionsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CliContext context(CommandSpec spec) {
        return ((RootCommand) spec.root().userObject()).context();
    }
}
