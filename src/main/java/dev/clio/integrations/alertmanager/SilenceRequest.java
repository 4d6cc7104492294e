package dev.clio.integrations.alertmanager;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A silence to create: matchers, from when to when, who and why. Alertmanager refuses an empty comment, an empty
 * creator, no matchers and an end not after the start; these are refused here first, with a sentence.
 */
public record SilenceRequest(List<Matcher> matchers, Instant startsAt, Instant endsAt, String createdBy,
        String comment) {

    /** The longest silence the console offers: a year (a forgotten silence hides real outages). */
    public static final Duration MAX_DURATION = Duration.ofDays(366);

    public SilenceRequest {
        matchers = matchers == null ? List.of() : List.copyOf(matchers);
        if (matchers.isEmpty()) {
            throw new IllegalArgumentException("a silence needs at least one matcher (e.g. alertname=\"ServiceDown\")");
        }
        if (createdBy == null || createdBy.isBlank()) {
            throw new IllegalArgumentException("a silence needs its creator's name");
        }
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("a silence needs a comment saying why (Alertmanager requires one)");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a silence must end after it starts (ends " + endsAt + ", starts "
                    + startsAt + ")");
        }
        if (Duration.between(startsAt, endsAt).compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("a silence may last at most 366 days; choose an earlier end");
        }
        createdBy = createdBy.strip();
        comment = comment.strip();
    }

    /** Silences exactly this alert (all its labels) from now for {@code duration}. */
    public static SilenceRequest forAlert(AmAlert alert, Instant now, Duration duration, String createdBy,
            String comment) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a silence must last longer than zero (e.g. 2h)");
        }
        return new SilenceRequest(alert.matchers(), now, now.plus(duration), createdBy, comment);
    }

    /** Silences exactly this alert from now until {@code until}, which must be later than now. */
    public static SilenceRequest forAlertUntil(AmAlert alert, Instant now, Instant until, String createdBy,
            String comment) {
        if (until == null || !until.isAfter(now)) {
            throw new IllegalArgumentException("the silence's end " + until + " is not in the future");
        }
        return new SilenceRequest(alert.matchers(), now, until, createdBy, comment);
    }
}
