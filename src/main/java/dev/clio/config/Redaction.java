package dev.clio.config;

/** Keeps secrets out of anything printed: {@code show()}, {@code toString()} and error messages. */
final class Redaction {

    static final String MASK = "********";
    private static final int MAX_ECHO = 80;

    private Redaction() {
    }

    /** A value as {@code show()} prints it. */
    static String display(SettingKey key, String text) {
        if (key.secret()) {
            return text.isEmpty() ? "" : MASK;
        }
        return "database_url".equals(key.name()) ? DatabaseUrl.redact(text) : text;
    }

    /** A rejected value as an error message may echo it: redacted, on one line, not too long. */
    static String echo(SettingKey key, String text) {
        String shown = display(key, text).replaceAll("\\p{Cntrl}", "?");
        return shown.length() > MAX_ECHO ? shown.substring(0, MAX_ECHO) + "..." : shown;
    }
}
