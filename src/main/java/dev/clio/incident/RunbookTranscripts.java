package dev.clio.incident;

import dev.clio.ops.Incidents.Event;
import dev.clio.ops.Incidents.EventKind;
import java.util.List;
import java.util.Map;

/**
 * The report's runbook sections: each runbook step entry as a transcript (operation, parameters, operator,
 * confirmation, verdict, duration, the first and last lines of its result), and the "Runbook gaps": commands run
 * during the incident that no runbook covers, as candidate runbook steps.
 */
final class RunbookTranscripts {

    private RunbookTranscripts() {
    }

    static void render(StringBuilder md, List<Event> timeline) {
        List<Event> steps = MarkdownReport.of(timeline, EventKind.RUNBOOK_STEP);
        if (steps.isEmpty()) {
            return;
        }
        md.append("## Runbook transcripts\n\n");
        for (Event e : steps) {
            Map<String, Object> p = e.payload();
            md.append("### #").append(e.seq()).append(" ").append(Entries.or(p, "runbook", "?")).append(" / ")
                    .append(Entries.or(p, "step", "?")).append(": `").append(Entries.or(p, "operation", "?"))
                    .append("`\n\n");
            item(md, "Time", MarkdownReport.time(e.at()));
            item(md, "Operator", e.actor());
            if (p.get("params") instanceof Map<?, ?> params && !params.isEmpty()) {
                item(md, "Parameters", "`" + Cells.value(params) + "`");
            }
            if (p.get("confirmation") != null) {
                item(md, "Confirmation", Cells.line(String.valueOf(p.get("confirmation"))));
            }
            item(md, "Verdict", Entries.or(p, "verdict", "?"));
            if (p.get("duration_ms") != null) {
                item(md, "Duration", p.get("duration_ms") + " ms");
            }
            md.append('\n');
            if (p.get("digest") instanceof Map<?, ?> digest) {
                digest(md, digest);
            }
        }
    }

    /** The result digest: its first lines, an elision mark when lines were left out, its last lines. */
    private static void digest(StringBuilder md, Map<?, ?> digest) {
        List<?> first = digest.get("first") instanceof List<?> l ? l : List.of();
        List<?> last = digest.get("last") instanceof List<?> l ? l : List.of();
        long total = digest.get("lines") instanceof Number n ? n.longValue() : first.size() + last.size();
        StringBuilder body = new StringBuilder();
        first.forEach(line -> body.append(line).append('\n'));
        long omitted = total - first.size() - last.size();
        if (omitted > 0) {
            body.append("… ").append(omitted).append(" more lines …\n");
        }
        last.forEach(line -> body.append(line).append('\n'));
        if (!body.isEmpty()) {
            Cells.fence(md, body.toString());
        }
    }

    static void gaps(StringBuilder md, List<Event> timeline) {
        List<Event> commands = MarkdownReport.of(timeline, EventKind.COMMAND).stream()
                .filter(e -> e.payload().get("runbook") == null).toList();
        md.append("## Runbook gaps\n\n");
        if (commands.isEmpty()) {
            md.append("_None: every command run during the incident belongs to a runbook._\n");
            return;
        }
        md.append("Commands run during the incident that belong to no runbook, candidate runbook steps:\n\n")
                .append("| # | time (UTC) | actor | command |\n|---|---|---|---|\n");
        for (Event e : commands) {
            md.append("| ").append(e.seq()).append(" | ").append(MarkdownReport.time(e.at())).append(" | ")
                    .append(Cells.cell(e.actor())).append(" | `").append(Cells.cell(Entries.or(e.payload(),
                            "command", "?")).replace("`", "'")).append("` |\n");
        }
    }

    private static void item(StringBuilder md, String name, String value) {
        md.append("- ").append(name).append(": ").append(value).append('\n');
    }
}
