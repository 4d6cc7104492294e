package dev.clio.cli;

import dev.clio.ops.Containers;
import dev.clio.ops.Durations;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code containers logs NAME}: the runbook's {@code docker-compose logs --tail=100}, stderr lines marked. */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "A container's log, oldest first, stderr lines marked; --follow keeps printing new ones.")
final class ContainersLogsCommand extends OpsCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "Container name or id.")
    String name;

    @Option(names = "--tail", paramLabel = "N", defaultValue = "100",
            description = "The last N lines, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int tail;

    @Option(names = "--since", paramLabel = "WHEN",
            description = "Only lines after this: an age such as 10m, or an ISO-8601 instant.")
    String since;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until interrupted or it stops.")
    boolean follow;

    @Mixin
    DockerHostOption dockerHost;

    @Override
    Map<String, Map.Entry<String, String>> settingVariables() {
        return dockerHost.variables();
    }

    @Override
    int run(Operations ops, Output out) {
        if (tail < 1 || tail > Containers.MAX_TAIL) {
            throw OpsException.invalid("--tail " + tail + " is not between 1 and " + Containers.MAX_TAIL);
        }
        Containers.LogQuery query = new Containers.LogQuery(tail, since(), true, true);
        if (!follow) {
            var lines = ops.containerLogs(name, query);
            if (out.json()) {
                out.printJson(Map.of("lines", lines));
            } else {
                lines.forEach(l -> print(out, l));
            }
            return ExitCodes.OK;
        }
        try (Operations.Subscription sub = ops.streamContainerLogs(name, query, l -> print(out, l))) {
            while (sub.isOpen()) {
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private Instant since() {
        if (since == null) {
            return null;
        }
        try {
            return Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            return Instant.now().minus(Durations.parse("--since", since));
        }
    }

    private static void print(Output out, Containers.LogLine l) {
        if (out.json()) {
            out.printJsonLine(l);
            return;
        }
        String line = Formats.time(l.timestamp()) + (l.stderr() ? "  stderr  " : "  stdout  ")
                + TextTable.clean(l.text());
        synchronized (out.out()) {
            out.out().println(line);
            out.out().flush();
        }
    }
}
