package dev.clio.integrations.alertmanager;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A silence as Alertmanager holds it (API v2 {@code gettableSilence}).
 *
 * @param state {@code active}, {@code pending} (starts later) or {@code expired}
 */
public record AmSilence(String id, List<Matcher> matchers, Instant startsAt, Instant endsAt, String createdBy,
        String comment, String state) {

    public AmSilence {
        matchers = matchers == null ? List.of() : List.copyOf(matchers);
    }

    public boolean active() {
        return "active".equals(state);
    }

    public boolean expired() {
        return "expired".equals(state);
    }

    /** Whether it mutes an alert with these labels (all matchers hold). */
    public boolean matches(Map<String, String> labels) {
        return !matchers.isEmpty() && matchers.stream().allMatch(m -> m.matches(labels));
    }

    /** The matchers as Alertmanager's UI writes them: {@code {alertname="X", instance="a"}}. */
    public String matcherText() {
        return "{" + String.join(", ", matchers.stream().map(Matcher::toString).toList()) + "}";
    }
}
