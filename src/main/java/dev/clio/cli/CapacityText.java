package dev.clio.cli;

import dev.clio.kpi.capacity.CapacityState;
import dev.clio.kpi.capacity.CapacityStatus;
import dev.clio.ops.Metrics;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The text form of {@code capacity}: the growth table, then the capacity rows and what holding means. */
final class CapacityText {

    private final PrintWriter out;

    CapacityText(PrintWriter out) {
        this.out = out;
    }

    void growth(Metrics.Growth g, String target) {
        out.println("Growth " + g.from() + " to " + g.to() + " (UTC days, today still going on; " + target + ")");
        out.println();
        TextTable table = new TextTable("date", "active users", "executions", "succeeded", "failed", "tokens");
        long executions = 0;
        long succeeded = 0;
        long failed = 0;
        long tokens = 0;
        for (Metrics.GrowthDay d : g.days()) {
            table.row(d.date(), d.activeUsers(), d.executions(), d.succeeded(), d.failed(), d.tokens());
            executions += d.executions();
            succeeded += d.succeeded();
            failed += d.failed();
            tokens += d.tokens();
        }
        table.row("total", "-", executions, succeeded, failed, tokens);
        table.print(out);
        out.println();
    }

    void capacity(List<CapacityStatus> rows, boolean watching) {
        String at = rows.isEmpty() ? "" : " " + Formats.time(rows.get(0).evaluatedAt());
        out.println("Capacity" + at);
        out.println();
        TextTable table = new TextTable("resource", "capacity", "current", "trigger", "state", "reason", "action");
        rows.forEach(s -> table.row(s.rule().resource(), s.rule().capacity(), s.display(), s.rule().trigger().text(),
                s.state().name().toLowerCase(Locale.ROOT), s.reason(), s.rule().action()));
        table.print(out);
        boolean holding = rows.stream().anyMatch(s -> s.state() == CapacityState.HOLDING);
        if (holding && !watching) {
            out.println();
            out.println("holding: the trigger holds now; one sample cannot see for how long. Run with --watch to "
                    + "follow it: a row triggers once its trigger has held for its whole duration.");
        }
    }
}
