package dev.clio.console.alerts;

import dev.clio.integrations.alertmanager.AmAlert;
import dev.clio.integrations.alertmanager.AmSilence;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Alertmanager's alerts and silences as the table rows of the Alerts view's Alertmanager pane. */
final class AmRows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final List<String> SEVERITY_ORDER = List.of("critical", "error", "warning", "info");

    private AmRows() {
    }

    /** One alert: unmuted before muted, then by severity, then the oldest first. */
    record AlertLine(String fingerprint, String name, String severity, String state, String labels, String summary,
            String since, String silence, AmAlert alert) {
    }

    /** One silence that is active or pending (expired ones are history, shown by Alertmanager's own UI). */
    record SilenceLine(String id, String matchers, String state, String ends, String createdBy, String comment,
            AmSilence silence) {
    }

    static List<AlertLine> alerts(List<AmAlert> alerts, List<AmSilence> silences, Instant now, ZoneId zone) {
        Map<String, AmSilence> byId = silences.stream().collect(Collectors.toMap(AmSilence::id, Function.identity(),
                (a, b) -> a));
        return alerts.stream().sorted(Comparator.comparing((AmAlert a) -> a.silenced() || a.inhibited())
                        .thenComparing(a -> rank(a.severity()))
                        .thenComparing(a -> a.startsAt() == null ? Instant.MAX : a.startsAt())
                        .thenComparing(AmAlert::fingerprint))
                .map(a -> new AlertLine(a.fingerprint(), a.name(), a.severity(), state(a), labels(a), a.summary(),
                        a.startsAt() == null || a.startsAt().isAfter(now) ? ""
                                : AlertTexts.countdown(Duration.between(a.startsAt(), now)),
                        silence(a, byId, zone), a))
                .toList();
    }

    static List<SilenceLine> silences(List<AmSilence> silences, ZoneId zone) {
        return silences.stream().filter(s -> !s.expired())
                .sorted(Comparator.comparing(AmSilence::endsAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(s -> new SilenceLine(s.id(), s.matcherText(), s.state(), time(s.endsAt(), zone), s.createdBy(),
                        s.comment(), s))
                .toList();
    }

    static String summary(String url, List<AlertLine> alerts, List<SilenceLine> silences) {
        long muted = alerts.stream().filter(a -> a.alert().silenced() || a.alert().inhibited()).count();
        return alerts.size() + (alerts.size() == 1 ? " alert" : " alerts") + (muted == 0 ? "" : " (" + muted
                + " muted)") + ", " + silences.size() + (silences.size() == 1 ? " silence" : " silences") + " at "
                + url;
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private static String state(AmAlert a) {
        if (a.silenced()) {
            return "silenced";
        }
        return a.inhibited() ? "inhibited" : a.state();
    }

    private static String silence(AmAlert a, Map<String, AmSilence> byId, ZoneId zone) {
        return a.silencedBy().stream().map(byId::get).filter(java.util.Objects::nonNull).findFirst()
                .map(s -> "until " + time(s.endsAt(), zone) + " by " + s.createdBy())
                .orElse(a.inhibited() ? "inhibited by " + a.inhibitedBy().size() + " alert(s)" : "");
    }

    private static String labels(AmAlert a) {
        return a.labels().entrySet().stream().filter(e -> !e.getKey().equals("alertname") && !e.getKey().equals("severity"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static int rank(String severity) {
        int i = SEVERITY_ORDER.indexOf(severity);
        return i < 0 ? SEVERITY_ORDER.size() : i;
    }
}
