package dev.clio.console.capacity;

import dev.clio.console.common.Session;
import dev.clio.kpi.capacity.CapacityStatus;
import java.time.Instant;
import java.util.List;

/**
 * What one background refresh brought back, applied to the view model in one UI update.
 *
 * @param growthOrNull null when the growth call failed (the charts keep what they had)
 * @param statusesOrNull null when no capacity source answered (the table keeps what it had)
 * @param failures the calls that failed; empty when everything answered
 * @param tableProblems what is wrong in the workspace's config/capacity.yaml (the defaults were kept)
 */
record CapacityRefresh(Session session, GrowthCharts growthOrNull, List<CapacityStatus> statusesOrNull,
        List<Failure> failures, List<String> tableProblems, Instant at) {

    /** One call that failed: what it asks for ("Growth series") and why, as a sentence. */
    record Failure(String what, String sentence) {
    }

    CapacityRefresh {
        failures = List.copyOf(failures);
        tableProblems = List.copyOf(tableProblems);
    }

    /**
     * The failures as one line. When nothing answered (a lost connection) the first reason stands for all: the
     * others say the same in other words. When some calls answered, each failed one is named with its reason. Null
     * when everything answered.
     */
    String problemOrNull() {
        if (failures.isEmpty()) {
            return null;
        }
        if (growthOrNull == null && statusesOrNull == null) {
            return failures.get(0).sentence();
        }
        return String.join("; ", failures.stream().map(f -> f.what() + ": " + f.sentence()).toList());
    }
}
