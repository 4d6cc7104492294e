package dev.clio.console.common.logs;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The four levels the panes colour; {@link #NONE} when a line names no level. */
public enum LogLevel {
    ERROR, WARN, INFO, DEBUG, NONE;

    /** Only the head of a plain line is searched: a level word deep in a message is usually about something else. */
    private static final int HEAD = 160;
    private static final Pattern WORD = Pattern.compile(
            "\\b(ERROR|ERR|FATAL|SEVERE|CRITICAL|CRIT|PANIC|WARN|WARNING|INFO|NOTICE|DEBUG|TRACE|FINE)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The first level word in the head of a plain line, e.g. {@code 12:00:01 WARN disk at 91%}. */
    public static LogLevel detect(String line) {
        Matcher m = WORD.matcher(line);
        m.region(0, Math.min(HEAD, line.length()));
        return m.find() ? named(m.group(1)) : NONE;
    }

    /** A level field's value ({@code "warning"}, {@code "ERROR"}, {@code "fatal"}); unknown names give NONE. */
    public static LogLevel named(String name) {
        if (name == null) {
            return NONE;
        }
        return switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "ERROR", "ERR", "FATAL", "SEVERE", "CRITICAL", "CRIT", "PANIC" -> ERROR;
            case "WARN", "WARNING" -> WARN;
            case "INFO", "NOTICE" -> INFO;
            case "DEBUG", "TRACE", "FINE" -> DEBUG;
            default -> NONE;
        };
    }
}
