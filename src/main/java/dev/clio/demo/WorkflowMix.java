package dev.clio.demo;

import dev.clio.ops.OpsException;
import dev.clio.workspace.Workspace;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sample workflows the demo runs, in a fixed round so every outcome comes up within the first few runs: successes
 * (Hello, Parallel Fan-out, Flaky Retry, Conditional, Health Check), a failed step (Always Fails), slow steps (Slow
 * Steps, 4 s) and a budget overrun (Budget Overrun: its AI step's estimate is above its {@code max_tokens} of 100).
 * Samples missing from the workspace are left out. Thread-safe.
 */
final class WorkflowMix {

    static final List<String> ROUND = List.of("HELLO.yaml", "ALWAYS_FAILS.yaml", "BUDGET_OVERRUN.yaml",
            "SLOW_STEPS.yaml", "PARALLEL_FANOUT.yaml", "FLAKY_RETRY.yaml", "CONDITIONAL.yaml", "HELLO.yaml",
            "HEALTH_CHECK.yaml");

    private final List<String> files;
    private final AtomicInteger next = new AtomicInteger();

    private WorkflowMix(List<String> files) {
        this.files = files;
    }

    /** @throws OpsException INVALID_REQUEST when the workspace holds none of the samples */
    static WorkflowMix of(Workspace workspace) {
        List<String> present = ROUND.stream().filter(f -> Files.isRegularFile(workspace.workflows().resolve(f)))
                .toList();
        if (present.isEmpty()) {
            throw OpsException.invalid("the workspace " + workspace.root() + " has none of the sample workflows "
                    + "the demo load runs (" + String.join(", ", ROUND.stream().distinct().toList()) + "); create "
                    + "a fresh one with 'cli-orchestrator init DIR'");
        }
        return new WorkflowMix(present);
    }

    String next() {
        return files.get(Math.floorMod(next.getAndIncrement(), files.size()));
    }

    List<String> files() {
        return files;
    }
}
