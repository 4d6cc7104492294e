package dev.clio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code artifacts list|clean}: step outputs under artifacts/ ("clear corrupted artifacts"). */
@Command(name = "artifacts", mixinStandardHelpOptions = true,
        description = "List the files under artifacts/, or clean the corrupted ones (*.tmp and empty files).",
        subcommands = {ArtifactsListCommand.class, ArtifactsCleanCommand.class})
final class ArtifactsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
