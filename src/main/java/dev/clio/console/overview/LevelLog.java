package dev.clio.console.overview;

import dev.clio.kpi.KpiState;
import dev.clio.kpi.Level;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The level changes of each KPI's tile as the console saw them, the newest {@code limit} per KPI. */
final class LevelLog {

    private final int limit;
    private final Map<String, Level> last = new HashMap<>();
    private final Map<String, Deque<HistoryEvent>> events = new HashMap<>();

    LevelLog(int limit) {
        this.limit = limit;
    }

    void record(KpiState k, Instant at) {
        Level before = last.put(k.id(), k.level());
        if (before == k.level()) {
            return;
        }
        String change = before == null ? "first seen " + name(k.level()) : name(before) + " → " + name(k.level());
        Deque<HistoryEvent> log = events.computeIfAbsent(k.id(), id -> new ArrayDeque<>());
        log.addLast(new HistoryEvent(at, change + ": " + k.reason()));
        while (log.size() > limit) {
            log.removeFirst();
        }
    }

    /** Oldest first. */
    List<HistoryEvent> events(String id) {
        Deque<HistoryEvent> log = events.get(id);
        return log == null ? List.of() : List.copyOf(log);
    }

    private static String name(Level level) {
        return level.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
