package dev.clio.ops;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Records of the incident calls: the seed's "Incident Management" (classification, response phases, communication)
 * as data. The logic that fills them lives in {@code dev.clio.incident}; these are what every face sees.
 */
public final class Incidents {

    /** The longest title, impact, note or resolution text accepted, in characters. */
    public static final int MAX_TEXT = 10_000;

    private Incidents() {
    }

    /** The seed's classification table; {@code respondWithin} is null for "next business day". */
    public enum Severity {
        CRITICAL("Service completely down", Duration.ofMinutes(5), "5 minutes", "API returning 500s"),
        HIGH("Major functionality impacted", Duration.ofMinutes(30), "30 minutes", "Workflows failing >50%"),
        MEDIUM("Minor functionality impacted", Duration.ofHours(2), "2 hours", "Slow response times"),
        LOW("Cosmetic or minor issues", null, "Next business day", "UI inconsistencies");

        private final String definition;
        private final Duration respondWithin;
        private final String responseTime;
        private final String example;

        Severity(String definition, Duration respondWithin, String responseTime, String example) {
            this.definition = definition;
            this.respondWithin = respondWithin;
            this.responseTime = responseTime;
            this.example = example;
        }

        public String definition() {
            return definition;
        }

        public Duration respondWithin() {
            return respondWithin;
        }

        public String responseTime() {
            return responseTime;
        }

        public String example() {
            return example;
        }

        /** The seed: "Schedule post-mortem if severity > Medium". */
        public boolean needsPostMortem() {
            return this == CRITICAL || this == HIGH;
        }

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Severity parse(String text) {
            return parseEnum(Severity.class, "severity", text);
        }
    }

    /** The lifecycle: investigating → identified → monitoring → resolved, and reopened from resolved. */
    public enum Status {
        INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Status parse(String text) {
            return parseEnum(Status.class, "status", text);
        }
    }

    /** The seed's response process, by elapsed time since the start. */
    public enum Phase {
        DETECTION("Detection and Alert", Duration.ZERO, Duration.ofMinutes(5)),
        INITIAL_RESPONSE("Initial Response", Duration.ofMinutes(5), Duration.ofMinutes(15)),
        DIAGNOSIS("Diagnosis and Resolution", Duration.ofMinutes(15), Duration.ofMinutes(60)),
        POST_INCIDENT("Post-Incident", Duration.ofHours(1), Duration.ofHours(24));

        private final String title;
        private final Duration from;
        private final Duration to;

        Phase(String title, Duration from, Duration to) {
            this.title = title;
            this.from = from;
            this.to = to;
        }

        public String title() {
            return title;
        }

        public Duration from() {
            return from;
        }

        public Duration to() {
            return to;
        }

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @JsonCreator
        public static Phase parse(String text) {
            return parseEnum(Phase.class, "phase", text);
        }
    }

    /** The typed kinds of timeline entries. */
    public enum EventKind {
        DETECTION, ACKNOWLEDGEMENT, SEVERITY, STATUS, NOTE, NOTE_EDIT, RUNBOOK_STEP, CONTAINER_ACTION, VERIFICATION,
        KPI_SNAPSHOT, COMMUNICATION, RESOLUTION, COMMAND, PAGING;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @JsonCreator
        public static EventKind parse(String text) {
            return parseEnum(EventKind.class, "kind", text);
        }

        /**
         * Kinds that {@link Operations#recordIncidentEvent} accepts; the others are written by the call that keeps the
         * incident consistent with them (a status event by a status change, a communication by marking it sent).
         */
        public boolean appendable() {
            return switch (this) {
                case SEVERITY, STATUS, NOTE_EDIT, COMMUNICATION, RESOLUTION -> false;
                default -> true;
            };
        }
    }

    /**
     * The alert an incident was declared from.
     *
     * @param severity the alert's severity (critical, warning), from which the incident's is suggested
     * @param values what the alert's condition saw, by name
     */
    public record SourceAlert(String alertId, String severity, Map<String, Object> values) {

        public SourceAlert {
            values = values == null ? Map.of() : Map.copyOf(values);
        }
    }

    /**
     * How the seed's time targets stand for an incident at the moment it was read.
     *
     * @param phase the response phase by elapsed time (post-incident once resolved)
     * @param phaseOverrun true when an open incident has run past the end of its phase (diagnosis past 60 minutes)
     * @param respondBy the start plus the severity's response time
     * @param nextUpdateDue 30 minutes after the last communication sent (or the start); null once resolved
     * @param postMortemDue seven days after the end when the severity is above medium, else null
     */
    public record Timing(Phase phase, long elapsedSeconds, boolean phaseOverrun, Instant respondBy,
            Instant nextUpdateDue, Instant postMortemDue) {
    }

    /**
     * One incident as stored, with its timing computed when read.
     *
     * @param id {@code INC-YYYYMMDDHHMMSS} (UTC), with {@code -2}, {@code -3} … when several start in one second
     * @param revision grows with every change to the incident or its timeline (a pin included); a console that saw
     *     this revision has seen everything
     * @param lastSeq the sequence number of the newest timeline entry
     * @param followUps the post-mortem checklist when one is due, else empty
     */
    public record Incident(String id, String title, Severity severity, Status status, String impact,
            Instant startedAt, Instant endedAt, String rootCause, String resolution, String preventiveMeasures,
            SourceAlert sourceAlert, String declaredBy, long revision, long lastSeq, Timing timing,
            List<String> followUps) {

        public Incident {
            followUps = followUps == null ? List.of() : List.copyOf(followUps);
        }

        public boolean resolved() {
            return status == Status.RESOLVED;
        }
    }

    /**
     * One timeline entry, committed to the store before any call returned it.
     *
     * @param seq 1, 2, 3 … within the incident, in the order the store committed them
     * @param payload the kind's own fields (a note's {@code text}, a status change's {@code from}, {@code to} and
     *     {@code why}, a runbook step's {@code operation}, {@code params}, {@code verdict}, {@code digest} …)
     */
    public record Event(String incidentId, long seq, EventKind kind, String actor, Instant at,
            Map<String, Object> payload, boolean pinned) {

        public Event {
            payload = payload == null ? Map.of() : payload;
        }
    }

    /**
     * The timeline entries after {@code sinceSeq}: a console polls with the last seq it has and appends what comes.
     * When the incident's revision moved but no entry is new (a pin changed), it reloads from zero.
     */
    public record EventPage(Incident incident, List<Event> events) {

        public EventPage {
            events = List.copyOf(events);
        }
    }

    /** @param startedAt when it began, if earlier than now (a late declaration); null for now */
    public record OpenRequest(String title, Severity severity, String impact, SourceAlert sourceAlert,
            Instant startedAt) {
    }

    public record EventRequest(EventKind kind, Map<String, Object> payload) {
    }

    /** The seed's post-incident fields. */
    public record ResolveRequest(String rootCause, String resolution, String preventiveMeasures) {
    }

    /** A communication template filled from the live incident; {@code text} is ready to send. */
    public record Communication(String templateId, String name, String text) {
    }

    /** The markdown report of an incident, the same bytes for the same incident. */
    public record Report(String incidentId, String fileName, String markdown) {
    }

    /** The seed's mapping of alert severity to incident severity: critical pages at once, warning in 30 minutes. */
    public static Severity suggestedSeverity(String alertSeverity) {
        if (alertSeverity == null) {
            return Severity.MEDIUM;
        }
        return switch (alertSeverity.trim().toLowerCase(Locale.ROOT)) {
            case "critical" -> Severity.CRITICAL;
            case "warning", "high" -> Severity.HIGH;
            case "low", "info" -> Severity.LOW;
            default -> Severity.MEDIUM;
        };
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(key)) {
                return value;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
        throw OpsException.invalid(field + ": '" + (text == null ? "" : text) + "' is not one of " + allowed);
    }
}
