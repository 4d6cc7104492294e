package dev.clio.integrations.alertmanager;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An alert as Alertmanager holds it (API v2 {@code gettableAlert}).
 *
 * @param state {@code active}, {@code suppressed} (silenced or inhibited) or {@code unprocessed}
 * @param silencedBy the ids of the silences that mute it
 * @param inhibitedBy the fingerprints of the alerts that inhibit it
 */
public record AmAlert(String fingerprint, Map<String, String> labels, Map<String, String> annotations, String state,
        Instant startsAt, Instant endsAt, List<String> silencedBy, List<String> inhibitedBy, String generatorUrl) {

    public AmAlert {
        labels = labels == null ? Map.of() : Map.copyOf(new TreeMap<>(labels));
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
        silencedBy = silencedBy == null ? List.of() : List.copyOf(silencedBy);
        inhibitedBy = inhibitedBy == null ? List.of() : List.copyOf(inhibitedBy);
    }

    /** The {@code alertname} label, or the fingerprint when it has none. */
    public String name() {
        return labels.getOrDefault("alertname", fingerprint);
    }

    /** The {@code severity} label, or empty. */
    public String severity() {
        return labels.getOrDefault("severity", "");
    }

    /** The {@code summary} annotation, else {@code description}, else empty. */
    public String summary() {
        return annotations.getOrDefault("summary", annotations.getOrDefault("description", ""));
    }

    public boolean silenced() {
        return !silencedBy.isEmpty();
    }

    public boolean inhibited() {
        return !inhibitedBy.isEmpty();
    }

    /** Exact-match matchers of every label: a silence from them mutes this alert and nothing else. */
    public List<Matcher> matchers() {
        return new TreeMap<>(labels).entrySet().stream().map(e -> Matcher.equal(e.getKey(), e.getValue())).toList();
    }
}
