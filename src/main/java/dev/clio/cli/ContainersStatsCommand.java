package dev.clio.cli;

import dev.clio.ops.Containers;
import dev.clio.ops.Operations;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "CPU, memory, network and block I/O of every running container (one sample, like "
                + "docker stats --no-stream).")
final class ContainersStatsCommand extends OpsCommand {

    @Mixin
    DockerHostOption dockerHost;

    @Override
    Map<String, Map.Entry<String, String>> settingVariables() {
        return dockerHost.variables();
    }

    @Override
    int run(Operations ops, Output out) {
        List<Containers.Stats> stats = ops.containerStats();
        if (out.json()) {
            out.printJson(Map.of("stats", stats));
            return ExitCodes.OK;
        }
        if (stats.isEmpty()) {
            out.out().println("No running containers.");
            return ExitCodes.OK;
        }
        TextTable table = new TextTable(List.of("NAME", "CPU %", "MEM USAGE / LIMIT", "MEM %", "NET I/O",
                "BLOCK I/O"));
        for (Containers.Stats s : stats) {
            table.row(List.of(s.name(), s.cpuPercent() == null ? "-" : Formats.percent(s.cpuPercent()),
                    Formats.bytes(s.memoryUsedBytes()) + " / " + Formats.bytes(s.memoryLimitBytes()),
                    s.memoryPercent() == null ? "-" : Formats.percent(s.memoryPercent()),
                    Formats.bytes(s.netRxBytes()) + " / " + Formats.bytes(s.netTxBytes()),
                    Formats.bytes(s.blockReadBytes()) + " / " + Formats.bytes(s.blockWriteBytes())));
        }
        table.print(out.out());
        return ExitCodes.OK;
    }
}
