package dev.clio.console.common.logs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Orders lines of several sources by time as they arrive. A line is released once no source can still send an
 * earlier one: every source has sent something later (each source is in time order), or it has waited
 * {@code holdBack} (an idle source must not stall the others). Lines with equal times keep their arrival order.
 */
final class TimeMerger {

    private record Pending(LogLine line, long order) {
    }

    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparing((Pending p) -> p.line().time()).thenComparingLong(Pending::order));
    private final Map<String, Instant> latest = new HashMap<>();
    private final List<String> sources;
    private final Duration holdBack;
    private long order;

    TimeMerger(List<String> sources, Duration holdBack) {
        this.sources = List.copyOf(sources);
        this.holdBack = holdBack;
    }

    void add(LogLine line) {
        pending.add(new Pending(line, order++));
        latest.merge(line.source(), line.time(), (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The lines that can go out now, in time order. */
    List<LogLine> release(Instant now) {
        Instant watermark = now.minus(holdBack);
        Instant everyone = null;
        for (String source : sources) {
            Instant t = latest.get(source);
            if (t == null) {
                everyone = null;
                break;
            }
            everyone = everyone == null || t.isBefore(everyone) ? t : everyone;
        }
        if (everyone != null && everyone.isAfter(watermark)) {
            watermark = everyone;
        }
        List<LogLine> out = new ArrayList<>();
        while (!pending.isEmpty() && !pending.peek().line().time().isAfter(watermark)) {
            out.add(pending.poll().line());
        }
        return out;
    }

    /** Everything still held, in time order. */
    List<LogLine> releaseAll() {
        List<LogLine> out = new ArrayList<>(pending.size());
        while (!pending.isEmpty()) {
            out.add(pending.poll().line());
        }
        return out;
    }

    int held() {
        return pending.size();
    }
}
