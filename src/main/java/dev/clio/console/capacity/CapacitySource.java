package dev.clio.console.capacity;

import dev.clio.console.common.Problems;
import dev.clio.console.common.Session;
import dev.clio.kpi.CatalogProblem;
import dev.clio.kpi.capacity.CapacityEvaluator;
import dev.clio.kpi.capacity.CapacitySamples;
import dev.clio.kpi.capacity.CapacityStatus;
import dev.clio.kpi.capacity.CapacityTable;
import dev.clio.ops.Metrics;
import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The calls behind the Capacity view, made off the UI thread: the growth series and one capacity sample, judged by
 * one {@link CapacityEvaluator} per session (a new session starts with fresh durations and its own workspace's
 * capacity.yaml). Each call fails on its own: the others still count.
 */
final class CapacitySource {

    private final Clock clock;
    private Session session;
    private CapacityEvaluator evaluator;
    private List<String> tableProblems = List.of();

    CapacitySource(Clock clock) {
        this.clock = clock;
    }

    /** Fetches and evaluates for {@code current}; blocks on IO, so never call it on the UI thread. */
    CapacityRefresh fetch(Session current) {
        CapacityEvaluator judge = evaluatorFor(current);
        Operations ops = current.operations();
        List<CapacityRefresh.Failure> problems = new ArrayList<>();
        Metrics.Growth growth = answer(() -> ops.growth(GrowthCharts.DAYS), "Growth series", problems);
        Resources.SystemStatus system = answer(ops::system, "CPU, memory and storage", problems);
        Resources.Table activity = answer(ops::dbActivity, "Database connections", problems);
        Metrics.Summary requests = answer(() -> ops.metricsSummary(CapacitySamples.RPS_WINDOW), "API requests",
                problems);
        Instant now = clock.instant();
        // When nothing answered, the table keeps its last rows: an all-"no data" table would hide what was known.
        List<CapacityStatus> statuses = system == null && activity == null && requests == null ? null
                : judge.update(CapacitySamples.of(now, system, activity, requests));
        return new CapacityRefresh(current, growth == null ? null : GrowthCharts.of(growth), statuses, problems,
                tableProblems(), now);
    }

    /** The current session's evaluator; a session switch replaces it, so durations never carry across. */
    synchronized CapacityEvaluator evaluatorFor(Session current) {
        if (current != session || evaluator == null) {
            CapacityTable table = CapacityTable.load(current.workspaceOrNull());
            session = current;
            evaluator = new CapacityEvaluator(table, clock);
            tableProblems = table.problems().stream().map(CatalogProblem::toString).toList();
        }
        return evaluator;
    }

    private synchronized List<String> tableProblems() {
        return tableProblems;
    }

    private static <T> T answer(Supplier<T> call, String what, List<CapacityRefresh.Failure> problems) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            problems.add(new CapacityRefresh.Failure(what, Problems.sentence(e)));
            return null;
        }
    }
}
