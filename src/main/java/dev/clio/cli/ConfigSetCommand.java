package dev.clio.cli;

import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = "Set one setting in the workspace's config file (asks for confirmation; --yes for scripts).")
final class ConfigSetCommand extends OpsCommand {

    @Parameters(index = "0", paramLabel = "KEY", description = "Setting name, as 'config show' lists it.")
    String key;

    @Parameters(index = "1", paramLabel = "VALUE", description = "New value.")
    String value;

    @Mixin
    ConfirmOption confirm;

    @Override
    int run(Operations ops, Output out) {
        Resources.ConfigEntry current = ops.config().stream().filter(e -> e.key().equals(key)).findFirst()
                .map(ConfigCommand::masked).orElse(null);
        boolean secret = current != null && current.secret();
        String shown = secret ? ConfigCommand.MASK : value;
        String was = current == null ? "(not a listed setting)"
                : "(now " + (current.value() == null || current.value().isEmpty() ? "unset" : current.value())
                        + ", from " + current.source() + ")";
        if (!remediation(ops, out, confirm).approved(Operation.CONFIG_SET, List.of("set " + key + " = " + shown
                + " " + was))) {
            return ExitCodes.PROBLEMS;
        }
        return Actions.print(ops.setConfig(key, value), out);
    }
}
