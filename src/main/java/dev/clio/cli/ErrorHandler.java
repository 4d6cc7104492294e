package dev.clio.cli;

import picocli.CommandLine;

/** Turns an unexpected exception into one clear line; {@code --debug} adds the stack trace. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cli.getErr().println("error: " + message);
        if (parsed.hasMatchedOption("--debug")) {
            ex.printStackTrace(cli.getErr());
        }
        return ExitCodes.USAGE_OR_IO;
    }
}
