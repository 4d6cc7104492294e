package dev.clio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "cli-orchestrator",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs AI and tool workflows written in YAML, and operates the orchestrator.",
        subcommands = {VersionCommand.class, InitCommand.class, VerifyCommand.class, RunCommand.class,
            AdaptersCommand.class, ServeCommand.class, KeysCommand.class,
            HealthCommand.class, InfoCommand.class, MetricsCommand.class, TokensCommand.class, LogsCommand.class,
            ConfigCommand.class, ArtifactsCommand.class, SystemCommand.class, DbCommand.class, AuditCommand.class,
            AlertsCommand.class, RunbookCommand.class, ConsoleCommand.class, CapacityCommand.class, ConnectionsCommand.class, ContainersCommand.class, DemoLoadCommand.class,
            CommandLine.HelpCommand.class})
final class RootCommand implements Runnable {

    @CommandLine.Option(names = "--debug", description = "Show stack traces of unexpected errors.",
            scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CliContext context;

    RootCommand(CliContext context) {
        this.context = context;
    }

    /** The world the commands run in; tests replace it. */
    CliContext context() {
        return context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CommandLine commandLine() {
        return commandLine(CliContext.standard());
    }

    static CommandLine commandLine(CliContext context) {
        CommandLine cli = new CommandLine(new RootCommand(context));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExitCodeExceptionMapper(t -> ExitCodes.USAGE_OR_IO);
        return cli;
    }
}
