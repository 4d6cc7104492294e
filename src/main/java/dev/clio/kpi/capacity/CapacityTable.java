package dev.clio.kpi.capacity;

import dev.clio.kpi.CatalogProblem;
import dev.clio.workspace.Workspace;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The capacity rows in force: the runbook's table shipped in the jar ({@code dev/clio/kpi/capacity.yaml}), overridden
 * per id by a workspace's {@code config/capacity.yaml}. Changing a trigger is an edit of data, never of code.
 *
 * @param maxSampleGap samples further apart than this restart every row's duration
 * @param problems what was wrong in the override file; the defaults were kept for those parts
 */
public record CapacityTable(List<CapacityRule> rules, Duration maxSampleGap, List<CatalogProblem> problems) {

    static final String FILE = "capacity.yaml";

    public CapacityTable {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    /**
     * Loads the defaults and the workspace's override. Never fails for a bad override file: its problems are in
     * {@link #problems()} ({@code file:line} where known) and the defaults stand. Reads one small file.
     *
     * @param workspaceOrNull null for the defaults alone (e.g. against a remote server)
     */
    public static CapacityTable load(Workspace workspaceOrNull) {
        return new CapacityTableLoader(workspaceOrNull == null ? null : workspaceOrNull.config()).load();
    }

    /** The jar's table alone. */
    public static CapacityTable defaults() {
        return load(null);
    }

    public Optional<CapacityRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
