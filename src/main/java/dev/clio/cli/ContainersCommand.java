package dev.clio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code containers ...}: the runbook's docker-compose ps / docker stats / logs / restart through Operations. */
@Command(name = "containers", mixinStandardHelpOptions = true,
        description = "Containers of the engine (embedded: the workspace's docker_host; remote: the server host's).",
        subcommands = {ContainersPsCommand.class, ContainersStatsCommand.class, ContainersLogsCommand.class,
            ContainerActionCommand.Start.class, ContainerActionCommand.Stop.class,
            ContainerActionCommand.Restart.class, ContainerActionCommand.Kill.class})
final class ContainersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
