package dev.clio.cli;

import dev.clio.ops.Health;
import dev.clio.ops.Operations;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code info}: name, version, environment, uptime and features of the service. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Service name, version, environment, mode, uptime and features.")
final class InfoCommand extends OpsCommand {

    @Override
    int run(Operations ops, Output out) {
        Health.Info info = ops.info();
        if (out.json()) {
            out.printJson(info);
            return ExitCodes.OK;
        }
        String features = info.features().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + (e.getValue() ? "" : " (off)")).collect(Collectors.joining(", "));
        new TextBlock().add("Name", info.name()).add("Version", info.version())
                .add("Environment", info.environment()).add("Mode", info.mode())
                .add("Started", Formats.time(info.startedAt())).add("Uptime", Formats.uptime(info.uptimeSeconds()))
                .add("Features", features.isEmpty() ? "none" : features).print(out.out());
        return ExitCodes.OK;
    }
}
