package dev.clio.incident;

import dev.clio.ops.Incidents;
import dev.clio.ops.OpsException;

/** Checks of the free texts an operator types: present when required, bounded, a title on one line. */
final class Texts {

    static final int MAX_TITLE = 200;

    private Texts() {
    }

    static String title(String value) {
        String t = required("title", value, MAX_TITLE);
        if (t.contains("\n") || t.contains("\r")) {
            throw OpsException.invalid("title: must be one line; put the details in --impact or a note");
        }
        return t;
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw OpsException.invalid(field + ": required and not blank");
        }
        return optional(field, value, max);
    }

    static String required(String field, String value) {
        return required(field, value, Incidents.MAX_TEXT);
    }

    /** Null or blank is null; surrounding blanks are dropped. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            throw OpsException.invalid(field + ": " + t.length() + " characters; at most " + max);
        }
        return t;
    }

    static String optional(String field, String value) {
        return optional(field, value, Incidents.MAX_TEXT);
    }
}
