package dev.clio.console.incidents;

import dev.clio.incident.Entries;
import dev.clio.incident.Notes;
import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.Event;
import dev.clio.ops.Incidents.EventKind;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One incident's timeline as this console has read it: only entries an Operations call returned (so only what the
 * store committed), appended in seq order. A page whose revision moved by more than its new entries (a pin, which
 * adds no entry) asks for a reload from the start.
 */
final class Timeline {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final String incidentId;
    private final DateTimeFormatter local;
    private final List<Event> events = new ArrayList<>();
    private long lastSeq;
    private long pinChanges = -1;

    Timeline(String incidentId, ZoneId zone) {
        this.incidentId = incidentId;
        this.local = DateTimeFormatter.ofPattern("HH:mm:ss z", Locale.ENGLISH).withZone(zone);
    }

    String incidentId() {
        return incidentId;
    }

    long lastSeq() {
        return lastSeq;
    }

    /**
     * Applies a page read with {@link #lastSeq()}.
     *
     * @return false when the page cannot be applied on top (entries changed in place): read again from 0
     */
    boolean apply(Incidents.EventPage page, long askedSince) {
        if (askedSince != lastSeq) {
            // a page that crossed another read: reading again from where we are is always right
            return false;
        }
        long pins = page.incident().revision() - page.incident().lastSeq();
        if (pinChanges >= 0 && pins != pinChanges) {
            return false;
        }
        for (Event e : page.events()) {
            if (e.seq() > lastSeq) {
                events.add(e);
                lastSeq = e.seq();
            }
        }
        pinChanges = pins;
        return true;
    }

    /** Forgets everything read, for a reload from 0. */
    void clear() {
        events.clear();
        lastSeq = 0;
        pinChanges = -1;
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    /** The rows of {@code kind} (null: all), oldest first; pinned ones only when {@code pinnedOnly}. */
    List<TimelineRow> rows(EventKind kind, boolean pinnedOnly) {
        return events.stream().filter(e -> kind == null || e.kind() == kind)
                .filter(e -> !pinnedOnly || e.pinned()).map(this::row).toList();
    }

    private TimelineRow row(Event e) {
        String history = "";
        if (e.kind() == EventKind.NOTE) {
            List<Event> edits = Notes.edits(events, e.seq());
            if (!edits.isEmpty()) {
                List<String> texts = new ArrayList<>();
                texts.add(String.valueOf(e.payload().get("text")));
                edits.subList(0, edits.size() - 1).forEach(ed -> texts.add(String.valueOf(ed.payload().get("text"))));
                history = texts.stream().map(t -> "was: " + t).collect(Collectors.joining("\n"));
            }
        }
        return new TimelineRow(e.seq(), e.kind(), TimelineRow.icon(e.kind()), UTC.format(e.at()), local.format(e.at()),
                e.actor(), Entries.summary(e, events), e.pinned(), history);
    }
}
