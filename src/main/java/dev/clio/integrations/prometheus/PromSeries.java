package dev.clio.integrations.prometheus;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One series of a range query's answer, oldest point first; steps where the expression had no value are absent. */
public record PromSeries(Map<String, String> labels, List<Point> points) {

    public PromSeries {
        labels = Map.copyOf(labels);
        points = List.copyOf(points);
    }

    /** One step. */
    public record Point(Instant at, double value) {
    }
}
