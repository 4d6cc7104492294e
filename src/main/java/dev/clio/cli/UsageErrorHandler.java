package dev.clio.cli;

import picocli.CommandLine;

/** Usage errors: one line, a hint, exit code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        cli.getErr().println("error: " + ex.getMessage());
        cli.getErr().println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCodes.USAGE_OR_IO;
    }
}
