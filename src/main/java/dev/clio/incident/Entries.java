package dev.clio.incident;

import dev.clio.ops.Incidents.Event;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One line that says what a timeline entry was, for the report's timeline table and the console's timeline. */
public final class Entries {

    private Entries() {
    }

    /** @param timeline the incident's entries so far (a note's edits are found there) */
    public static String summary(Event e, List<Event> timeline) {
        Map<String, Object> p = e.payload();
        return switch (e.kind()) {
            case DETECTION -> "declared: " + p.get("title") + " (" + p.get("severity") + ")"
                    + (p.get("alert_id") == null ? "" : " from alert " + p.get("alert_id"));
            case SEVERITY -> "severity " + p.get("from") + " → " + p.get("to") + why(p);
            case STATUS -> (Boolean.TRUE.equals(p.get("reopened")) ? "reopened: " : "status ") + p.get("from")
                    + " → " + p.get("to") + why(p);
            case NOTE -> {
                int edits = Notes.edits(timeline, e.seq()).size();
                yield Notes.current(timeline, e) + (edits == 0 ? "" : " (edited " + edits + "×)");
            }
            case NOTE_EDIT -> "edited note #" + Notes.target(e) + ": " + p.get("text");
            case RUNBOOK_STEP -> or(p, "runbook", "?") + "/" + or(p, "step", "?") + ": " + or(p, "operation", "?")
                    + " → " + or(p, "verdict", "?");
            case CONTAINER_ACTION -> or(p, "action", "action") + " " + or(p, "container", "?") + " → "
                    + or(p, "result", "?");
            case VERIFICATION -> or(p, "check", "verification") + ": " + or(p, "verdict", "?");
            case KPI_SNAPSHOT -> "KPI snapshot (" + or(p, "label", "taken") + ")";
            case COMMUNICATION -> "sent " + or(p, "name", or(p, "template", "?"))
                    + (p.get("channel") == null ? "" : " via " + p.get("channel"));
            case RESOLUTION -> "resolved: " + p.get("root_cause");
            case COMMAND -> "`" + or(p, "command", "?") + "`" + (p.get("runbook") == null ? "" : " (runbook "
                    + p.get("runbook") + ")");
            case PAGING -> "paging " + or(p, "action", "?") + " " + or(p, "result", "?")
                    + (p.get("error") == null ? "" : ": " + p.get("error"));
            case ACKNOWLEDGEMENT -> "acknowledged" + (p.get("alert_id") == null ? "" : " alert " + p.get("alert_id"))
                    + (p.get("text") == null ? "" : ": " + p.get("text"));
        };
    }

    /** Every field but the kind's own, sorted, so that the same payload always reads the same. */
    static String fields(Map<String, Object> payload) {
        return new TreeMap<>(payload).entrySet().stream().filter(en -> en.getValue() != null)
                .map(en -> en.getKey() + "=" + en.getValue()).collect(Collectors.joining(", "));
    }

    private static String why(Map<String, Object> p) {
        return p.get("why") == null ? "" : ": " + p.get("why");
    }

    static String or(Map<String, Object> p, String key, String fallback) {
        Object v = p.get(key);
        return v == null ? fallback : String.valueOf(v);
    }
}
