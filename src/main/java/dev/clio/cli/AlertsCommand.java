package dev.clio.cli;

import dev.clio.kpi.AlertEngine;
import dev.clio.kpi.AlertSnapshot;
import dev.clio.kpi.DailySeries;
import dev.clio.kpi.KpiCatalog;
import dev.clio.ops.Durations;
import dev.clio.ops.Health;
import dev.clio.ops.Metrics;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code alerts}: the KPI tiles and alert rules of the runbook, evaluated headless. One call is one evaluation, which
 * cannot see a {@code for} duration: a rule whose condition holds now is reported {@code pending} (a rule with
 * {@code for: 0s}, like Service Down, fires at once). {@code --watch} keeps evaluating, so pending rules fire once
 * their {@code for} has passed.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Current KPI values against the runbook's thresholds, and the state of every alert rule.",
            "One evaluation sees no 'for' duration: a rule whose condition holds now is pending; --watch keeps "
                + "evaluating and shows it fire. Exit code 1 when a critical alert is pending or firing."})
final class AlertsCommand extends OpsCommand {

    @Option(names = "--watch", description = "Keep evaluating every --interval until Ctrl+C.")
    boolean watch;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15s",
            description = "Time between evaluations with --watch (default: ${DEFAULT-VALUE}).")
    String interval;

    /** For tests: stop --watch after this many evaluations. */
    @Option(names = "--evaluations", hidden = true, defaultValue = "0")
    int evaluations;

    @Override
    int run(Operations ops, Output out) {
        Duration pause = Durations.parse("--interval", interval);
        KpiCatalog catalog = KpiCatalog.load(options.workspaceOrNull());
        catalog.problems().forEach(p -> out.err().println("warning: " + oneLine(p.toString())));
        AlertEngine engine = new AlertEngine(catalog, Clock.systemUTC());
        int days = DailySeries.daysNeeded(catalog);
        AlertSnapshot snapshot = evaluate(ops, engine, days, out);
        for (int n = 1; watch && (evaluations == 0 || n < evaluations); n++) {
            if (!sleep(pause)) {
                break;
            }
            snapshot = evaluate(ops, engine, days, out);
        }
        return snapshot.criticalActive() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    private AlertSnapshot evaluate(Operations ops, AlertEngine engine, int days, Output out) {
        Metrics.KpiSnapshot kpis = answer(() -> ops.kpiSnapshot(), "KPIs", out);
        Health.Report health = answer(() -> ops.health(), "health", out);
        // without a snapshot every tile is stale anyway, and a second warning would say the same
        Map<String, List<Double>> series = kpis == null ? Map.of() : dailySeries(ops, days, out);
        AlertSnapshot snapshot = engine.evaluate(kpis, health, series, Instant.now());
        if (out.json()) {
            AlertsReport report = AlertsReport.of(snapshot, options.target());
            if (watch) {
                out.printJsonLine(report);
            } else {
                out.printJson(report);
            }
        } else {
            new AlertsText(out.out(), watch).print(snapshot, options.target());
            out.out().flush();
        }
        return snapshot;
    }

    /** The trend KPIs' day series; none (their tiles say "no trend") when the server cannot give it. */
    private static Map<String, List<Double>> dailySeries(Operations ops, int days, Output out) {
        try {
            return DailySeries.of(ops.growth(days));
        } catch (OpsException e) {
            out.err().println("warning: the daily series did not answer (" + oneLine(e.getMessage())
                    + "); trend KPIs have no data");
            return Map.of();
        }
    }

    /** The call's answer, or null when the source does not answer (tiles go stale, Service Down holds). */
    private static <T> T answer(java.util.function.Supplier<T> call, String what, Output out) {
        try {
            return call.get();
        } catch (OpsException e) {
            if (e.kind() != OpsException.Kind.UNAVAILABLE && e.kind() != OpsException.Kind.TIMEOUT) {
                throw e;
            }
            out.err().println("warning: " + what + " did not answer: " + oneLine(e.getMessage()));
            return null;
        }
    }

    /** Blocks for one interval; false when interrupted (the user stops the watch). */
    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
