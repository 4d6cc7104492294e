package dev.clio.console.overview;

import dev.clio.kpi.KpiDefinition;
import dev.clio.kpi.KpiState;
import dev.clio.kpi.Level;
import dev.clio.kpi.Rung;
import dev.clio.kpi.Threshold;
import dev.clio.kpi.ValueFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the evaluator's {@link KpiState} into the texts a tile shows. Pure. */
final class TileFormat {

    static final String WAITING = "waiting for the first refresh";
    private static final Pattern HELD = Pattern.compile(" stays (\\w+) until ([^(]+?) \\(");
    private static final Pattern DECLINING = Pattern.compile("declining (\\d+) day");
    private static final int NOTE_LIMIT = 90;

    private TileFormat() {
    }

    /**
     * @param previousOrNull the tile as last shown, whose ladder stands in when a stale state has none
     * @param lastSuccessOrNull when the source last answered, for "updated … ago" when the reading has no time
     */
    static KpiTile tile(KpiState k, KpiTile previousOrNull, List<SparkPoint> spark, List<TileMark> marks,
            boolean trend, Instant now, Instant lastSuccessOrNull) {
        boolean number = k.value() != null;
        String value = number ? ValueFormat.number(k.value()) : "no data";
        String unit = number && k.unit() != null ? k.unit() : "";
        List<LadderStep> ladder = k.ladder().isEmpty() && previousOrNull != null
                ? unmarked(previousOrNull.ladder()) : ladder(k);
        String trendText = trend ? trendText(k, previousOrNull) : "";
        String note = k.level() == Level.NO_DATA && !trend ? whyNoData(k) : held(k);
        return new KpiTile(k.id(), k.title(), k.table(), value, unit, k.level(), k.reason(), ladder,
                status(k, now, lastSuccessOrNull), trendText, note, marks, spark, k.runbook());
    }

    /** What a tile shows before the first refresh: its ladder, and plainly that it is waiting. */
    static KpiTile waiting(KpiDefinition def) {
        List<LadderStep> ladder = new ArrayList<>();
        if (def.target() != null) {
            ladder.add(step("target", def.target()));
        }
        ladder.add(step("warning", def.warning()));
        ladder.add(step("critical", def.critical()));
        return new KpiTile(def.id(), def.title(), def.table(), "…", "", Level.NO_DATA, WAITING, ladder, WAITING, "",
                "", List.of(), List.of(), def.runbook());
    }

    static List<LadderStep> ladder(KpiState k) {
        String current = switch (k.level()) {
            case CRITICAL -> "critical";
            case WARNING -> "warning";
            case OK -> k.ladder().stream().anyMatch(r -> r.name().equals("target") && r.reached()) ? "target" : "";
            default -> "";
        };
        List<LadderStep> out = new ArrayList<>();
        for (Rung r : k.ladder()) {
            out.add(new LadderStep(r.name(), r.value(), r.text(), r.name().equals(current)));
        }
        return out;
    }

    static String status(KpiState k, Instant now, Instant lastSuccessOrNull) {
        String level = k.level().name().toLowerCase(Locale.ROOT);
        return switch (k.level()) {
            case OK, WARNING, CRITICAL, NO_DATA -> level.replace('_', ' ') + " for "
                    + ValueFormat.duration(Duration.between(k.since(), now));
            case STALE -> {
                Instant last = k.measuredAt() != null ? k.measuredAt() : lastSuccessOrNull;
                yield last == null ? "stale: no answer yet"
                        : "updated " + ValueFormat.duration(Duration.between(last, now)) + " ago";
            }
        };
    }

    /** {@code held at warning until <= 475 ms} when hysteresis keeps the level, so it shows without hovering. */
    static String held(KpiState k) {
        Matcher m = HELD.matcher(k.reason());
        return m.find() ? "held at " + m.group(1) + " until " + m.group(2) : "";
    }

    /** The source's note when it gave one, else the reason without its "no data: " prefix. */
    static String whyNoData(KpiState k) {
        return shorten(k.note() != null && !k.note().isBlank() ? k.note()
                : k.reason().replaceFirst("^no data: ", "").replaceFirst(";.*$", ""));
    }

    /** The trend in words, from the evaluator's reason; a stale tile keeps the last trend it showed. */
    static String trendText(KpiState k, KpiTile previousOrNull) {
        if (k.level() == Level.STALE) {
            return previousOrNull == null ? "" : previousOrNull.trendOrEmpty();
        }
        if (k.level() == Level.NO_DATA) {
            return "no trend yet";
        }
        Matcher m = DECLINING.matcher(k.reason());
        if (m.find()) {
            int days = Integer.parseInt(m.group(1));
            return "declining " + days + (days == 1 ? " day" : " days");
        }
        return k.reason().contains("growing") ? "growing" : "steady";
    }

    private static List<LadderStep> unmarked(List<LadderStep> ladder) {
        return ladder.stream().map(s -> new LadderStep(s.name(), s.value(), s.text(), false)).toList();
    }

    private static LadderStep step(String name, Threshold t) {
        return new LadderStep(name, t.value(), t.text(), false);
    }

    private static String shorten(String text) {
        String line = text.strip();
        return line.length() > NOTE_LIMIT ? line.substring(0, NOTE_LIMIT - 1) + "…" : line;
    }
}
