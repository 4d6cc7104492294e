package dev.clio.cli;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * What the commands need from the world around them, in one place so that tests can replace it: how to reach
 * Operations, who confirms remediations, the environment variables and the current directory.
 */
record CliContext(OpsConnector connector, Confirmer confirmer, UnaryOperator<String> environment, Path cwd) {

    static CliContext standard() {
        return new CliContext(new StandardConnector(), new TerminalConfirmer(), System::getenv,
                Path.of("").toAbsolutePath());
    }
}
