package dev.clio.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What {@link DemoLoad} has done since it started: every request it sent, by how the server answered, and the
 * executions it started, by how they ended (as far as it has looked).
 *
 * @param baseUrl the loopback address of the demo server, null when not running
 * @param unauthorized answers 401 (wrong or revoked key, on purpose)
 * @param forbidden answers 403 (the read-only key asking for an action, on purpose)
 * @param rateLimited answers 429 (the server's failed-authentication limiter after a burst)
 * @param serverErrors answers 5xx
 * @param otherErrors any other failure, including requests that got no answer
 * @param budgetExceeded failed executions whose error is the token budget
 * @param lastError the message of the latest unexpected failure, or null
 */
public record DemoLoadStats(Instant startedAt, String baseUrl, long requests, long ok, long unauthorized,
        long forbidden, long rateLimited, long serverErrors, long otherErrors, long executionsStarted,
        long executionsSucceeded, long executionsFailed, long budgetExceeded, long logLines, String lastError) {

    /** Nothing done yet, nothing running. */
    public static DemoLoadStats idle() {
        return new DemoLoadStats(null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }

    /** One line for a terminal or a status bar. */
    public String summary(Instant now) {
        long seconds = startedAt == null ? 0 : Duration.between(startedAt, now).toSeconds();
        return String.format(Locale.ROOT, "demo load %dm%02ds: %d requests (%d ok, %d unauthorized, %d forbidden, "
                + "%d rate-limited, %d server errors, %d other); executions %d started, %d succeeded, %d failed "
                + "(%d over budget); %d log lines streamed", seconds / 60, seconds % 60, requests, ok, unauthorized,
                forbidden, rateLimited, serverErrors, otherErrors, executionsStarted, executionsSucceeded,
                executionsFailed, budgetExceeded, logLines);
    }
}
