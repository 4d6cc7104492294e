package dev.clio.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/** The mutable life of one rule's alert, owned and guarded by {@link AlertEngine}. */
final class AlertTrack {

    final AlertRule rule;
    AlertState state = AlertState.INACTIVE;
    Instant since;
    Instant pendingSince;
    Instant firedAt;
    Instant resolvedAt;
    Conditions.Outcome last = new Conditions.Outcome(null, "not evaluated yet");
    Acknowledgement ack;
    Silence silence;

    AlertTrack(AlertRule rule, Instant start) {
        this.rule = rule;
        this.since = start;
    }

    /** One evaluation; {@code log} receives every state change. */
    void step(Conditions.Outcome outcome, Instant now, Duration resolvedRetention, Consumer<HistoryEntry> log) {
        last = outcome;
        Boolean holds = outcome.holds();
        switch (state) {
            case INACTIVE -> {
                if (Boolean.TRUE.equals(holds)) {
                    startPending(now, outcome.reason(), log);
                }
            }
            case PENDING -> {
                if (Boolean.TRUE.equals(holds)) {
                    fireIfDue(now, outcome.reason(), log);
                } else {
                    // unknown cannot prove the condition held for the whole 'for', so the wait starts over
                    move(AlertState.INACTIVE, now, holds == null ? outcome.reason() : "condition cleared: "
                            + outcome.reason(), log);
                }
            }
            case FIRING -> {
                if (Boolean.FALSE.equals(holds)) {
                    resolvedAt = now;
                    move(AlertState.RESOLVED, now, outcome.reason(), log);
                }
            }
            case RESOLVED -> {
                if (Boolean.TRUE.equals(holds)) {
                    startPending(now, outcome.reason(), log);
                } else if (!now.isBefore(resolvedAt.plus(resolvedRetention))) {
                    move(AlertState.INACTIVE, now, "resolved " + ValueFormat.duration(resolvedRetention) + " ago",
                            log);
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void startPending(Instant now, String reason, Consumer<HistoryEntry> log) {
        ack = null;
        firedAt = null;
        resolvedAt = null;
        pendingSince = now;
        move(AlertState.PENDING, now, reason, log);
        fireIfDue(now, reason, log);
    }

    private void fireIfDue(Instant now, String reason, Consumer<HistoryEntry> log) {
        if (!now.isBefore(pendingSince.plus(rule.pendingFor()))) {
            firedAt = now;
            move(AlertState.FIRING, now, reason + " for " + ValueFormat.duration(rule.pendingFor()), log);
        }
    }

    private void move(AlertState to, Instant now, String detail, Consumer<HistoryEntry> log) {
        log.accept(new HistoryEntry(now, rule.id(), state, to, detail));
        state = to;
        since = now;
        if ((to == AlertState.RESOLVED || to == AlertState.INACTIVE) && silence != null && silence.untilRecovered()) {
            log.accept(new HistoryEntry(now, rule.id(), to, to, "silence until recovered ended"));
            silence = null;
        }
    }

    /** What is left of the response-time target; the acknowledgement (the response) stops the clock. */
    Duration remaining(Instant now) {
        if (state != AlertState.FIRING) {
            return null;
        }
        Instant clockStop = ack != null && ack.at().isAfter(firedAt) ? ack.at() : now;
        return rule.responseTarget().minus(Duration.between(firedAt, ack != null && ack.at().isBefore(firedAt)
                ? firedAt : clockStop));
    }

    AlertStatus status(Instant now) {
        return new AlertStatus(rule, state, since, pendingSince, firedAt, resolvedAt, last.holds(), last.reason(),
                ack, silence, remaining(now));
    }
}
