package dev.clio.incident;

import dev.clio.ops.Incidents.Event;
import dev.clio.ops.Incidents.EventKind;
import dev.clio.ops.Incidents.Incident;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The markdown report of an incident. Deterministic: it reads only what the store holds (never the clock), in seq
 * order, with maps sorted by key, so the same incident always gives the same bytes and two exports diff cleanly.
 */
public final class MarkdownReport {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private MarkdownReport() {
    }

    public static String render(Incident incident, List<Event> timeline) {
        StringBuilder md = new StringBuilder();
        header(md, incident, timeline);
        section(md, "Impact", incident.impact() == null ? "_Not described._" : incident.impact());
        timeline(md, timeline);
        RunbookTranscripts.render(md, timeline);
        kpiSnapshots(md, timeline);
        communications(md, timeline);
        resolution(md, incident);
        followUps(md, incident);
        RunbookTranscripts.gaps(md, timeline);
        return md.toString();
    }

    private static void header(StringBuilder md, Incident i, List<Event> timeline) {
        md.append("# ").append(i.id()).append(": ").append(Cells.line(i.title())).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Status", i.status().label());
        row(md, "Severity", i.severity().label() + " (" + i.severity().definition() + ")");
        row(md, "Severity history", severityHistory(timeline));
        row(md, "Start", time(i.startedAt()));
        row(md, "End", i.endedAt() == null ? "ongoing" : time(i.endedAt()));
        row(md, "Duration", i.endedAt() == null ? "ongoing"
                : TemplateValues.duration(Duration.between(i.startedAt(), i.endedAt())));
        row(md, "Declared by", i.declaredBy());
        if (i.sourceAlert() != null) {
            row(md, "Source alert", i.sourceAlert().alertId() + (i.sourceAlert().severity() == null ? ""
                    : " (" + i.sourceAlert().severity() + ")") + (i.sourceAlert().values().isEmpty() ? ""
                    : ": " + Cells.value(i.sourceAlert().values())));
        }
        md.append('\n');
    }

    private static String severityHistory(List<Event> timeline) {
        List<String> steps = new ArrayList<>();
        for (Event e : timeline) {
            if (e.kind() == EventKind.DETECTION) {
                steps.add(e.payload().get("severity") + " at " + time(e.at()) + " by " + e.actor());
            } else if (e.kind() == EventKind.SEVERITY) {
                Object why = e.payload().get("why");
                steps.add(e.payload().get("to") + " at " + time(e.at()) + " by " + e.actor()
                        + (why == null ? "" : " (" + why + ")"));
            }
        }
        return String.join(" → ", steps);
    }

    private static void timeline(StringBuilder md, List<Event> timeline) {
        md.append("## Timeline\n\n| # | time (UTC) | kind | actor | entry |\n|---|---|---|---|---|\n");
        for (Event e : timeline) {
            md.append("| ").append(e.seq()).append(e.pinned() ? " 📌" : "").append(" | ").append(time(e.at()))
                    .append(" | ").append(e.kind().label()).append(" | ").append(Cells.cell(e.actor())).append(" | ")
                    .append(Cells.cell(Entries.summary(e, timeline))).append(" |\n");
        }
        md.append('\n');
    }

    private static void kpiSnapshots(StringBuilder md, List<Event> timeline) {
        List<Event> snapshots = of(timeline, EventKind.KPI_SNAPSHOT);
        if (snapshots.isEmpty()) {
            return;
        }
        md.append("## KPI snapshots\n\n");
        for (Event e : snapshots) {
            md.append("### ").append(Entries.or(e.payload(), "label", "snapshot")).append(" (#").append(e.seq())
                    .append(", ").append(time(e.at())).append(")\n\n| KPI | value |\n|---|---|\n");
            Object values = e.payload().get("values");
            if (values instanceof Map<?, ?> map) {
                new java.util.TreeMap<>(map).forEach((k, v) -> md.append("| ").append(Cells.cell(String.valueOf(k)))
                        .append(" | ").append(Cells.cell(Cells.value(v))).append(" |\n"));
            }
            md.append('\n');
        }
    }

    private static void communications(StringBuilder md, List<Event> timeline) {
        List<Event> sent = of(timeline, EventKind.COMMUNICATION);
        if (sent.isEmpty()) {
            return;
        }
        md.append("## Communications sent\n\n");
        for (Event e : sent) {
            md.append("### ").append(Entries.or(e.payload(), "name", Entries.or(e.payload(), "template", "?")))
                    .append(" (#").append(e.seq()).append(", ").append(time(e.at())).append(", ").append(e.actor())
                    .append(e.payload().get("channel") == null ? "" : ", via " + e.payload().get("channel"))
                    .append(")\n\n");
            Cells.fence(md, Entries.or(e.payload(), "text", ""));
        }
    }

    private static void resolution(StringBuilder md, Incident i) {
        md.append("## Resolution\n\n");
        if (i.rootCause() == null && i.resolution() == null && i.preventiveMeasures() == null) {
            md.append("_Not resolved yet._\n\n");
            return;
        }
        md.append("- Root cause: ").append(Cells.line(i.rootCause())).append('\n');
        md.append("- Resolution: ").append(Cells.line(i.resolution())).append('\n');
        md.append("- Preventive measures: ").append(Cells.line(i.preventiveMeasures())).append("\n\n");
    }

    private static void followUps(StringBuilder md, Incident i) {
        md.append("## Follow-ups\n\n");
        List<String> items = Timings.followUps(i.severity(), Timings.of(i.severity(), i.startedAt(), i.endedAt(),
                null, i.endedAt() == null ? i.startedAt() : i.endedAt()));
        if (items.isEmpty()) {
            md.append("_None: no post-mortem is needed at severity ").append(i.severity().label()).append("._\n\n");
            return;
        }
        items.forEach(item -> md.append("- [ ] ").append(item).append('\n'));
        md.append('\n');
    }

    private static void section(StringBuilder md, String title, String body) {
        md.append("## ").append(title).append("\n\n").append(body.strip()).append("\n\n");
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(Cells.cell(value)).append(" |\n");
    }

    static List<Event> of(List<Event> timeline, EventKind kind) {
        return timeline.stream().filter(e -> e.kind() == kind).toList();
    }

    static String time(Instant at) {
        return at == null ? "-" : TIME.format(at);
    }
}
