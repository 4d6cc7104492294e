package dev.clio.integrations.paging;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One PagerDuty Events API v2 event. A trigger carries the payload; acknowledge and resolve need only the dedup key
 * (PagerDuty ignores a payload on them, so none is sent).
 *
 * @param dedupKey what ties trigger, acknowledge and resolve together: the incident id
 * @param severity {@code critical}, {@code error}, {@code warning} or {@code info}
 */
public record PagingEvent(Action action, String dedupKey, String summary, String source, String severity,
        Instant timestamp, Map<String, Object> customDetails, List<Link> links) {

    /** PagerDuty's summary limit, in characters. */
    public static final int MAX_SUMMARY = 1024;
    private static final List<String> SEVERITIES = List.of("critical", "error", "warning", "info");

    public PagingEvent {
        Objects.requireNonNull(action, "action");
        if (dedupKey == null || dedupKey.isBlank() || dedupKey.length() > 255) {
            throw new IllegalArgumentException("a paging event needs a dedup key of 1 to 255 characters");
        }
        if (action == Action.TRIGGER) {
            Objects.requireNonNull(timestamp, "timestamp");
            if (summary == null || summary.isBlank() || source == null || source.isBlank()) {
                throw new IllegalArgumentException("a trigger needs a summary and a source");
            }
            if (!SEVERITIES.contains(severity)) {
                throw new IllegalArgumentException("severity '" + severity + "' is not one of " + SEVERITIES);
            }
            summary = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary;
        }
        customDetails = customDetails == null ? Map.of() : Map.copyOf(customDetails);
        links = links == null ? List.of() : List.copyOf(links);
    }

    public static PagingEvent acknowledge(String dedupKey) {
        return new PagingEvent(Action.ACKNOWLEDGE, dedupKey, null, null, null, null, null, null);
    }

    public static PagingEvent resolve(String dedupKey) {
        return new PagingEvent(Action.RESOLVE, dedupKey, null, null, null, null, null, null);
    }

    /** The {@code event_action}. */
    public enum Action {
        TRIGGER, ACKNOWLEDGE, RESOLVE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A link shown with the PagerDuty incident (the runbook procedure, the console). */
    public record Link(String href, String text) {
        public Link {
            Objects.requireNonNull(href, "href");
        }
    }
}
