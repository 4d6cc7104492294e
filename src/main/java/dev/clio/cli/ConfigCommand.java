package dev.clio.cli;

import dev.clio.ops.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code config show|validate|set}: the effective configuration ("Service Down": check configuration). */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Show, validate or set the configuration (config files overridden by CLI_ORCHESTRATOR_*).",
        subcommands = {ConfigShowCommand.class, ConfigValidateCommand.class, ConfigSetCommand.class})
final class ConfigCommand implements Runnable {

    static final String MASK = "********";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Secrets are masked the same way the server masks them, so both modes print the same. */
    static Resources.ConfigEntry masked(Resources.ConfigEntry e) {
        return e.secret() && e.value() != null && !e.value().isEmpty()
                ? new Resources.ConfigEntry(e.key(), MASK, e.source(), true) : e;
    }
}
