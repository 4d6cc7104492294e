package dev.clio.cli;

import dev.clio.kpi.AlertSnapshot;
import dev.clio.kpi.AlertState;
import dev.clio.kpi.AlertStatus;
import dev.clio.kpi.ValueFormat;
import dev.clio.ops.Durations;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** The text form of one {@code alerts} evaluation: the KPI table, the alert table, and what pending means. */
final class AlertsText {

    private final PrintWriter out;
    private final boolean watching;

    AlertsText(PrintWriter out, boolean watching) {
        this.out = out;
        this.watching = watching;
    }

    void print(AlertSnapshot s, String target) {
        out.println("Evaluated " + Formats.time(s.at()) + " (" + target + ")");
        out.println();
        TextTable kpis = new TextTable("table", "kpi", "value", "state", "reason");
        s.kpis().forEach(k -> kpis.row(k.table(), k.title(), k.display(), lower(k.level()), k.reason()));
        kpis.print(out);
        out.println();
        TextTable alerts = new TextTable("alert", "state", "severity", "for", "response", "runbook", "reason");
        s.alerts().forEach(a -> alerts.row(a.rule().title(), state(a), lower(a.rule().severity()),
                duration(a.rule().pendingFor()), response(a), a.rule().runbook(), a.reason()));
        alerts.print(out);
        boolean pending = s.alerts().stream().anyMatch(a -> a.state() == AlertState.PENDING);
        if (pending && !watching) {
            out.println();
            out.println("pending: the condition holds now; one evaluation cannot see its 'for' duration. "
                    + "Run with --watch to see it fire.");
        }
    }

    private static String state(AlertStatus a) {
        String state = lower(a.state());
        if (a.silenced()) {
            state += " (silenced)";
        }
        return a.acknowledgement() == null ? state : state + " (ack " + a.acknowledgement().who() + ")";
    }

    private static String response(AlertStatus a) {
        String target = duration(a.rule().responseTarget());
        Duration left = a.remainingResponse();
        if (left == null) {
            return target;
        }
        return target + (left.isNegative() ? " (overdue " + ValueFormat.duration(left.negated()) + ")"
                : " (" + ValueFormat.duration(left) + " left)");
    }

    static String duration(Duration d) {
        return d.isZero() ? "0s" : Durations.format(d);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
