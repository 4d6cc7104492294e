package dev.clio.integrations.prometheus;

import java.time.Instant;
import java.util.Map;

/**
 * One value of an instant query's answer.
 *
 * @param value may be NaN (a ratio over nothing) or infinite; callers decide what that means
 */
public record PromSample(Map<String, String> labels, Instant at, double value) {
    public PromSample {
        labels = Map.copyOf(labels);
    }
}
