package dev.clio.cli;

import dev.clio.incident.Notes;
import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.Event;
import dev.clio.ops.Incidents.Incident;
import java.io.PrintWriter;
import java.util.List;

/** Incidents as text: a table of incidents, one incident with its timing and timeline. */
final class IncidentText {

    private IncidentText() {
    }

    static void list(List<Incident> incidents, PrintWriter out) {
        if (incidents.isEmpty()) {
            out.println("No incidents.");
            return;
        }
        TextTable table = new TextTable(List.of("ID", "SEVERITY", "STATUS", "PHASE", "STARTED", "TITLE"));
        for (Incident i : incidents) {
            table.row(List.of(i.id(), i.severity().label(), i.status().label(), i.timing().phase().label(),
                    Formats.time(i.startedAt()), i.title()));
        }
        table.print(out);
    }

    static void show(Incidents.EventPage page, PrintWriter out) {
        Incident i = page.incident();
        Incidents.Timing t = i.timing();
        out.println(i.id() + "  " + TextTable.clean(i.title()));
        out.println("severity:     " + i.severity().label() + " (" + i.severity().definition() + "; respond within "
                + i.severity().responseTime().toLowerCase(java.util.Locale.ROOT) + ", by "
                + Formats.time(t.respondBy()) + ")");
        out.println("status:       " + i.status().label());
        out.println("phase:        " + t.phase().title() + (t.phaseOverrun() ? " (overrun)" : "") + ", "
                + Formats.uptime(t.elapsedSeconds()) + " since the start");
        out.println("started:      " + Formats.time(i.startedAt()));
        out.println("ended:        " + Formats.time(i.endedAt()));
        out.println("next update:  " + (t.nextUpdateDue() == null ? "-" : "due " + Formats.time(t.nextUpdateDue())));
        if (i.impact() != null) {
            out.println("impact:       " + TextTable.clean(i.impact()));
        }
        if (i.resolved()) {
            out.println("root cause:   " + TextTable.clean(i.rootCause()));
            out.println("resolution:   " + TextTable.clean(i.resolution()));
            out.println("preventive:   " + TextTable.clean(i.preventiveMeasures()));
        }
        i.followUps().forEach(f -> out.println("follow-up:    " + f));
        out.println();
        TextTable table = new TextTable(List.of("#", "TIME", "KIND", "ACTOR", "ENTRY"));
        for (Event e : page.events()) {
            table.row(List.of(e.seq() + (e.pinned() ? "*" : ""), Formats.time(e.at()), e.kind().label(), e.actor(),
                    entry(e, page.events())));
        }
        table.print(out);
    }

    static int changed(Incident incident, String what, Output out) {
        if (out.json()) {
            out.printJson(incident);
        } else {
            out.out().println(incident.id() + ": " + what);
        }
        return ExitCodes.OK;
    }

    private static String entry(Event e, List<Event> timeline) {
        return switch (e.kind()) {
            case NOTE -> Notes.current(timeline, e);
            case SEVERITY, STATUS -> e.payload().get("from") + " -> " + e.payload().get("to")
                    + (e.payload().get("why") == null ? "" : ": " + e.payload().get("why"));
            default -> {
                Object text = e.payload().getOrDefault("text", e.payload().get("title"));
                yield text != null ? String.valueOf(text) : e.payload().toString();
            }
        };
    }
}
