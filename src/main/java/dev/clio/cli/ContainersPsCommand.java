package dev.clio.cli;

import dev.clio.ops.Containers;
import dev.clio.ops.Operations;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "ps", mixinStandardHelpOptions = true,
        description = "Every container, running or not: state, health, status, uptime, restarts, compose project.")
final class ContainersPsCommand extends OpsCommand {

    @Mixin
    DockerHostOption dockerHost;

    @Override
    Map<String, Map.Entry<String, String>> settingVariables() {
        return dockerHost.variables();
    }

    @Override
    int run(Operations ops, Output out) {
        List<Containers.Container> containers = ops.containers();
        if (out.json()) {
            out.printJson(Map.of("containers", containers));
            return ExitCodes.OK;
        }
        if (containers.isEmpty()) {
            out.out().println("No containers.");
            return ExitCodes.OK;
        }
        TextTable table = new TextTable(List.of("NAME", "STATE", "HEALTH", "STATUS", "UPTIME", "RESTARTS", "IMAGE",
                "PROJECT"));
        for (Containers.Container c : containers) {
            table.row(List.of(c.name(), c.state(), c.health(), c.status(),
                    c.uptimeSeconds() == null ? "-" : Formats.uptime(c.uptimeSeconds()),
                    Integer.toString(c.restartCount()), c.image(), c.composeProject() == null ? "-"
                            : c.composeProject()));
        }
        table.print(out.out());
        return ExitCodes.OK;
    }
}
