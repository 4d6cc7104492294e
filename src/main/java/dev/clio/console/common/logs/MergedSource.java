package dev.clio.console.common.logs;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Several sources in one pane, ordered by time: each source feeds its own queue, and every {@code every} the merge
 * moves what can be ordered into the pane's queue (see {@link TimeMerger}). Each line keeps its source's name.
 */
public final class MergedSource implements LogSource {

    private static final Duration HOLD_BACK = Duration.ofMillis(500);
    private final String name;
    private final List<LogSource> sources;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration every;

    public MergedSource(String name, List<LogSource> sources, ScheduledExecutorService scheduler, Clock clock,
            Duration every) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a merged view needs at least one source");
        }
        this.name = name;
        this.sources = List.copyOf(sources);
        this.scheduler = scheduler;
        this.clock = clock;
        this.every = every;
    }

    @Override
    public String name() {
        return name;
    }

    public List<LogSource> sources() {
        return sources;
    }

    @Override
    public Feed start(LineQueue queue) {
        List<LineQueue> inputs = new ArrayList<>();
        List<Feed> feeds = new ArrayList<>();
        for (LogSource source : sources) {
            LineQueue input = new LineQueue(LineQueue.DEFAULT_CAPACITY / 4, queue.parser(), clock);
            inputs.add(input);
            feeds.add(source.start(input));
        }
        TimeMerger merger = new TimeMerger(sources.stream().map(LogSource::name).toList(), HOLD_BACK);
        long millis = every.toMillis();
        ScheduledFuture<?> task = scheduler.scheduleWithFixedDelay(() -> move(inputs, merger, queue, clock), millis,
                millis, TimeUnit.MILLISECONDS);
        return () -> {
            task.cancel(false);
            feeds.forEach(Feed::close);
        };
    }

    private static void move(List<LineQueue> inputs, TimeMerger merger, LineQueue out, Clock clock) {
        for (LineQueue input : inputs) {
            int room = Math.max(0, out.remainingCapacity() - merger.held());
            for (LogLine line : input.drain(room)) {
                merger.add(line);
            }
            String problem = input.takeProblem();
            if (problem != null) {
                out.report(problem);
            }
        }
        for (LogLine line : merger.release(clock.instant())) {
            out.offer(line);
        }
    }
}
