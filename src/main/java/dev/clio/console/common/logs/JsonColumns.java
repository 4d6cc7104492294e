package dev.clio.console.common.logs;

/** The columns a JSON line is shown as; any of them may be empty, never null. */
public record JsonColumns(String time, String level, String event, String workflow, String message) {

    public JsonColumns {
        time = time == null ? "" : time;
        level = level == null ? "" : level;
        event = event == null ? "" : event;
        workflow = workflow == null ? "" : workflow;
        message = message == null ? "" : message;
    }
}
