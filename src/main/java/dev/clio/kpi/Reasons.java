package dev.clio.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The tooltips: why a tile has its colour, in the runbook's terms. */
final class Reasons {

    private static final int SHOWN_DAYS = 8;

    private Reasons() {
    }

    static String numeric(KpiDefinition def, double v, Level level) {
        String value = def.label() + " " + ValueFormat.value(v, def.unit());
        return switch (level) {
            case CRITICAL -> value + " " + def.critical().op() + " critical " + limit(def, def.critical());
            case WARNING -> value + " " + def.warning().op() + " warning " + limit(def, def.warning());
            // says "within", never "meets": the runbook's target wording is not always a number (token efficiency)
            default -> value + " within warning " + def.warning().text()
                    + (def.target() == null ? "" : " (target " + def.target().text() + ")");
        };
    }

    /** A value back on the good side of its threshold, held at its level by hysteresis. */
    static String held(KpiDefinition def, double v, Level level) {
        Threshold t = level == Level.CRITICAL ? def.critical() : def.warning();
        String back = t.rising() ? "<=" : ">=";
        return def.label() + " " + ValueFormat.value(v, def.unit()) + " stays " + name(level) + " until " + back
                + " " + ValueFormat.value(t.recoveryPoint(def.hysteresis()), def.unit()) + " (" + name(level) + " "
                + limit(def, t) + ", hysteresis " + ValueFormat.value(def.hysteresis(), def.unit()) + ")";
    }

    static String trend(KpiDefinition def, List<Double> series, int declines, Level level) {
        List<Double> tail = series.subList(Math.max(0, series.size() - Math.max(declines + 1, 2)), series.size());
        String path = tail.stream().skip(Math.max(0, tail.size() - SHOWN_DAYS))
                .map(d -> d == null ? "?" : ValueFormat.number(d)).collect(Collectors.joining(" → "));
        String head = def.label() + " " + path + " " + def.unit() + ": ";
        return switch (level) {
            case CRITICAL -> head + "declining " + declines + " days, critical at " + def.critical().text();
            case WARNING -> head + "declining " + declines + " days, warning at " + def.warning().text();
            default -> head + (declines == 0 ? growth(series) : "declining " + declines + " day(s), warning at "
                    + def.warning().text());
        };
    }

    private static String growth(List<Double> series) {
        Double last = series.get(series.size() - 1);
        Double before = series.get(series.size() - 2);
        return last != null && before != null && last > before ? "growing" : "not declining";
    }

    /** {@code " for 4 min"}, or nothing when the level is new. */
    static String lasting(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        return d.toSeconds() < 1 ? "" : " for " + ValueFormat.duration(d);
    }

    private static String limit(KpiDefinition def, Threshold t) {
        return ValueFormat.value(t.value(), def.unit());
    }

    private static String name(Level level) {
        return level.name().toLowerCase(java.util.Locale.ROOT);
    }
}
