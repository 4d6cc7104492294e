package dev.clio.cli;

import dev.clio.engine.workflow.Diagnostic;
import dev.clio.ops.Durations;
import dev.clio.ops.Operations;
import dev.clio.runbook.CatalogSnapshot;
import dev.clio.runbook.Runbook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code runbook list}: every runbook in force, grouped by severity; invalid user runbooks with their findings. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Built-in and workspace runbooks by severity; exit 1 when a workspace runbook is invalid.")
final class RunbookListCommand extends OpsCommand {

    @Override
    int run(Operations ops, Output out) {
        CatalogSnapshot snapshot = RunbookCommand.catalog(options, ops).snapshot();
        List<Runbook> ordered = new java.util.ArrayList<>();
        for (Runbook.Severity s : Runbook.Severity.values()) {
            ordered.addAll(snapshot.bySeverity(s));
        }
        if (out.json()) {
            out.printJson(ordered.stream().map(RunbookListCommand::entry).toList());
        } else {
            TextTable table = new TextTable("id", "severity", "response", "steps", "source", "title");
            ordered.forEach(r -> table.row(r.id(), r.severity().label(), r.responseTime() == null ? "-"
                    : Durations.format(r.responseTime()), r.steps().size(), r.source(), r.title()));
            table.print(out.out());
        }
        snapshot.diagnostics().forEach(d -> out.err().println(d.toLine()));
        boolean errors = snapshot.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        return errors ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    static Map<String, Object> entry(Runbook r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("severity", r.severity().label());
        m.put("response_time", r.responseTime() == null ? null : Durations.format(r.responseTime()));
        m.put("alerts", r.alerts());
        m.put("kpis", r.kpis());
        m.put("steps", r.steps().stream().map(s -> s.id()).toList());
        m.put("source", r.source());
        return m;
    }
}
