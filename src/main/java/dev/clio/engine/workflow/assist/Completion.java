package dev.clio.engine.workflow.assist;

/**
 * One completion item.
 *
 * @param label what the list shows
 * @param detail a short note beside the label ("ai · unavailable: no API key"), may be empty
 * @param documentation longer text for the side of the list, may be empty
 * @param edit what choosing it does to the text
 */
public record Completion(String label, Kind kind, String detail, String documentation, TextEdit edit) {

    public enum Kind {
        KEY, ACTOR, STEP_ID, INPUT, FUNCTION, VALUE
    }
}
