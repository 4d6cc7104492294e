package dev.clio.cli;

import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Every setting with its effective value and where it comes from (secrets masked).")
final class ConfigShowCommand extends OpsCommand {

    @Override
    int run(Operations ops, Output out) {
        List<Resources.ConfigEntry> entries = ops.config().stream().map(ConfigCommand::masked).toList();
        if (out.json()) {
            out.printJson(Map.of("config", entries));
            return ExitCodes.OK;
        }
        TextTable table = new TextTable("key", "value", "source");
        entries.forEach(e -> table.row(e.key(), e.value() == null || e.value().isEmpty() ? "(unset)" : e.value(),
                e.source()));
        table.print(out.out());
        return ExitCodes.OK;
    }
}
