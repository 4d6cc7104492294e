package dev.clio.cli;

import dev.clio.kpi.capacity.CapacityEvaluator;
import dev.clio.kpi.capacity.CapacitySample;
import dev.clio.kpi.capacity.CapacitySamples;
import dev.clio.kpi.capacity.CapacityStatus;
import dev.clio.kpi.capacity.CapacityTable;
import dev.clio.ops.Durations;
import dev.clio.ops.Metrics;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code capacity}: the runbook's "Growth Monitoring" series and its capacity table evaluated headless. One call is
 * one sample, which cannot see a row's {@code for}: a trigger that holds now is reported {@code holding} (rows
 * without a duration, like storage, trigger at once). {@code --watch} keeps sampling, so held durations grow.
 */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = {"Daily active users, executions and tokens per day, and the runbook's capacity table against "
            + "current CPU, memory, storage, database connections and API requests per second.",
            "One sample sees no 'for' duration: a trigger holding now is 'holding'; --watch keeps sampling. "
                + "Exit code 1 when a row is triggered."})
final class CapacityCommand extends OpsCommand {

    @Option(names = "--days", paramLabel = "N", defaultValue = "30",
            description = "Days of growth, today included, 1 to 366 (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--watch", description = "Keep sampling every --interval until Ctrl+C.")
    boolean watch;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15s",
            description = "Time between samples with --watch (default: ${DEFAULT-VALUE}).")
    String interval;

    /** For tests: stop --watch after this many samples. */
    @Option(names = "--evaluations", hidden = true, defaultValue = "0")
    int evaluations;

    @Override
    int run(Operations ops, Output out) {
        if (days < 1 || days > Operations.MAX_GROWTH_DAYS) {
            throw new ParameterException(spec.commandLine(), "--days: '" + days + "' is not a whole number from 1 to "
                    + Operations.MAX_GROWTH_DAYS);
        }
        Duration pause = Durations.parse("--interval", interval);
        CapacityTable table = CapacityTable.load(options.workspaceOrNull());
        table.problems().forEach(p -> out.err().println("warning: " + oneLine(p.toString())));
        CapacityEvaluator evaluator = new CapacityEvaluator(table, Clock.systemUTC());
        Metrics.Growth growth = ops.growth(days);
        List<CapacityStatus> rows = report(growth, evaluator.update(sample(ops, out)), out, true);
        for (int n = 1; watch && (evaluations == 0 || n < evaluations); n++) {
            if (!sleep(pause)) {
                break;
            }
            rows = report(growth, evaluator.update(sample(ops, out)), out, false);
        }
        return rows.stream().anyMatch(CapacityStatus::triggered) ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    /** Prints one evaluation; in text, the growth table only once (it changes by the day, not by the sample). */
    private List<CapacityStatus> report(Metrics.Growth growth, List<CapacityStatus> rows, Output out, boolean first) {
        if (out.json()) {
            CapacityReport report = CapacityReport.of(growth, rows, options.target());
            if (watch) {
                out.printJsonLine(report);
            } else {
                out.printJson(report);
            }
            return rows;
        }
        CapacityText text = new CapacityText(out.out());
        if (first) {
            text.growth(growth, options.target());
        }
        text.capacity(rows, watch);
        out.out().flush();
        return rows;
    }

    private static CapacitySample sample(Operations ops, Output out) {
        Resources.SystemStatus system = answer(ops::system, "system", out);
        Resources.Table activity = answer(ops::dbActivity, "database activity", out);
        Metrics.Summary requests = answer(() -> ops.metricsSummary(CapacitySamples.RPS_WINDOW), "metrics", out);
        return CapacitySamples.of(Instant.now(), system, activity, requests);
    }

    /** The call's answer, or null (its rows read "no data") when it fails. */
    private static <T> T answer(Supplier<T> call, String what, Output out) {
        try {
            return call.get();
        } catch (OpsException e) {
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
