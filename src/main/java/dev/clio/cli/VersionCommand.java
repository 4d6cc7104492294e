package dev.clio.cli;

import dev.clio.common.BuildInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "version", description = "Print the version and the Java runtime.")
final class VersionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().printf("cli-orchestrator %s (Java %s)%n", BuildInfo.version(), Runtime.version());
        return ExitCodes.OK;
    }
}
