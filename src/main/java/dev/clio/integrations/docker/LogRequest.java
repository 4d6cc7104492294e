package dev.clio.integrations.docker;

import java.time.Instant;

/**
 * Which lines of a container's log to read.
 *
 * @param tail the last N lines; 0 or less for all of them
 * @param since only lines after this instant, or null
 */
public record LogRequest(int tail, Instant since, boolean stdout, boolean stderr) {

    public static LogRequest last(int tail) {
        return new LogRequest(tail, null, true, true);
    }
}
