package dev.clio.cli;

import picocli.CommandLine.Option;

/** The {@code --yes} option of remediations. */
final class ConfirmOption {

    @Option(names = {"-y", "--yes"}, description = "Run without asking for confirmation (for scripts).")
    boolean yes;
}
