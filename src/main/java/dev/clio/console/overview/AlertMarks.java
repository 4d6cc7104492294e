package dev.clio.console.overview;

import dev.clio.kpi.AlertState;
import dev.clio.kpi.AlertStatus;
import dev.clio.kpi.ValueFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The marks of the alerts linked to a KPI (a rule is linked when its condition names the KPI), with countdowns:
 * firing and the time left to respond, acknowledged by whom, silenced and for how long. Pure.
 */
final class AlertMarks {

    private AlertMarks() {
    }

    static boolean linked(AlertStatus a, String kpiId) {
        return kpiId.equals(a.rule().condition().kpi());
    }

    static List<TileMark> of(String kpiId, List<AlertStatus> alerts, Instant now) {
        List<TileMark> firing = new ArrayList<>();
        List<TileMark> others = new ArrayList<>();
        for (AlertStatus a : alerts) {
            if (!linked(a, kpiId)) {
                continue;
            }
            if (a.acknowledgement() != null) {
                others.add(new TileMark(TileMark.Kind.ACKNOWLEDGED, "acknowledged by " + a.acknowledgement().who()
                        + " " + ValueFormat.duration(Duration.between(a.acknowledgement().at(), now)) + " ago"));
            } else if (a.state() == AlertState.FIRING) {
                firing.add(new TileMark(TileMark.Kind.FIRING, a.rule().title() + " firing" + respond(a)));
            }
            if (a.silenced()) {
                others.add(new TileMark(TileMark.Kind.SILENCED, a.silence().untilRecovered()
                        ? "silenced until recovered"
                        : "silenced, " + ValueFormat.duration(Duration.between(now, a.silence().until())) + " left"));
            }
        }
        firing.addAll(others);
        return firing;
    }

    private static String respond(AlertStatus a) {
        Duration left = a.remainingResponse();
        if (left == null) {
            return "";
        }
        return left.isNegative() ? ", response overdue by " + ValueFormat.duration(left.negated())
                : ", respond within " + ValueFormat.duration(left);
    }
}
