package dev.clio.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

/** Per-subject event times inside a window, capped per subject and in subjects (least recent forgotten). */
final class RecentEvents {

    private final Duration window;
    private final int perSubject;
    private final Map<String, ArrayDeque<Instant>> bySubject;

    RecentEvents(Duration window, int perSubject, int maxSubjects) {
        this.window = window;
        this.perSubject = perSubject;
        this.bySubject = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<Instant>> eldest) {
                return size() > maxSubjects;
            }
        };
    }

    /** Records an event and returns how many the subject had inside the window, this one included. */
    int add(String subject, Instant now) {
        ArrayDeque<Instant> times = bySubject.computeIfAbsent(subject, s -> new ArrayDeque<>());
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
        times.addLast(now);
        if (times.size() > perSubject) {
            times.removeFirst();
        }
        return times.size();
    }
}
