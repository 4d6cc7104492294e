package dev.clio.cli;

import dev.clio.ops.Health;
import dev.clio.ops.Operations;
import picocli.CommandLine.Command;

/** {@code health}: the runbook's first step of "Service Down"; exit code 1 when unhealthy. */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Service health: healthy, degraded or unhealthy, and every check. Exit code 1 when unhealthy.")
final class HealthCommand extends OpsCommand {

    @Override
    int run(Operations ops, Output out) {
        Health.Report report = ops.health();
        if (out.json()) {
            out.printJson(report);
        } else {
            new TextBlock().add("Status", report.status()).add("Message", report.message())
                    .add("Checked", Formats.time(report.timestamp())).print(out.out());
            if (!report.checks().isEmpty()) {
                out.out().println();
                TextTable table = new TextTable("check", "status", "message");
                report.checks().forEach(c -> table.row(c.name(), c.status(), c.message()));
                table.print(out.out());
            }
        }
        return "unhealthy".equals(report.status()) ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
