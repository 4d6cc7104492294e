package dev.clio.console.containers;

import dev.clio.ops.Containers;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What this session has seen of its containers, poll by poll: each one's CPU and memory history and the state changes
 * between polls (the engine keeps no such record for us). Bounded; used on the UI thread only.
 */
final class ContainerObservations {

    static final int MAX_EVENTS = 500;

    private record Seen(String state, int restartCount, Instant startedAt) {
    }

    private final Map<String, MetricHistory> histories = new HashMap<>();
    private final Map<String, Seen> previous = new HashMap<>();
    private final ArrayDeque<ContainerEvent> events = new ArrayDeque<>();
    private boolean first = true;

    /** Records a successful poll: the new samples, and what changed since the previous poll. */
    void observe(List<Containers.Container> containers, List<Containers.Stats> stats, Instant at) {
        Map<String, Seen> now = new HashMap<>();
        for (Containers.Container c : containers) {
            Seen seen = new Seen(c.state(), c.restartCount(), c.startedAt());
            now.put(c.name(), seen);
            Seen before = previous.get(c.name());
            if (before == null) {
                if (!first) {
                    note(at, c.name(), "appeared (" + c.state() + ")");
                }
            } else if (!before.state().equals(seen.state())) {
                note(at, c.name(), before.state() + " → " + seen.state());
            } else if (seen.restartCount() > before.restartCount()
                    || c.running() && !Objects.equals(before.startedAt(), seen.startedAt())) {
                note(at, c.name(), "restarted (" + c.status() + ")");
            }
        }
        previous.keySet().stream().filter(name -> !now.containsKey(name)).sorted()
                .forEach(name -> note(at, name, "removed"));
        for (Containers.Stats s : stats) {
            histories.computeIfAbsent(s.name(), n -> new MetricHistory())
                    .add(new MetricHistory.Sample(s.measuredAt() == null ? at : s.measuredAt(), s.cpuPercent(),
                            s.memoryUsedBytes()));
        }
        histories.keySet().retainAll(now.keySet());
        previous.clear();
        previous.putAll(now);
        first = false;
    }

    /** Adds an event of the console's own (an action's result). */
    void note(Instant at, String container, String text) {
        if (events.size() == MAX_EVENTS) {
            events.removeFirst();
        }
        events.addLast(new ContainerEvent(at, container, text));
    }

    List<MetricHistory.Sample> history(String container) {
        MetricHistory h = histories.get(container);
        return h == null ? List.of() : h.samples();
    }

    /** The container's events, newest first. */
    List<ContainerEvent> events(String container) {
        return events.reversed().stream().filter(e -> e.container().equals(container)).toList();
    }
}
