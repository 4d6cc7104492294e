package dev.clio.incident;

import dev.clio.ops.Incidents.Event;
import dev.clio.ops.Incidents.EventKind;
import java.util.List;

/** A note's text is its newest edit's: edits are entries of their own ({@code note-edit}, {@code note_seq}). */
public final class Notes {

    private Notes() {
    }

    /** The note's current text, given the timeline (or just its note-edit entries). */
    public static String current(List<Event> timeline, Event note) {
        String text = String.valueOf(note.payload().get("text"));
        for (Event e : edits(timeline, note.seq())) {
            text = String.valueOf(e.payload().get("text"));
        }
        return text;
    }

    /** The edits of note {@code seq}, oldest first. */
    public static List<Event> edits(List<Event> timeline, long seq) {
        return timeline.stream().filter(e -> e.kind() == EventKind.NOTE_EDIT && target(e) == seq).toList();
    }

    static long target(Event edit) {
        return edit.payload().get("note_seq") instanceof Number n ? n.longValue() : -1;
    }
}
