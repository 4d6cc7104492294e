package dev.clio.ops.embedded;

import dev.clio.engine.run.Execution;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The executions this engine started and that have not finished yet; each leaves the map when it ends. */
final class LiveExecutions {

    private final Map<String, Live> running = new ConcurrentHashMap<>();

    /** A started execution with what the runner's handle does not keep. */
    record Live(Execution execution, String workflowFile, String userId, Instant startedAt) {
    }

    void add(Live live) {
        running.put(live.execution().id(), live);
        live.execution().completion().whenComplete((result, error) -> running.remove(live.execution().id()));
    }

    Optional<Live> get(String id) {
        return Optional.ofNullable(running.get(id));
    }

    int size() {
        return running.size();
    }

    void cancelAll(String reason) {
        running.values().forEach(l -> l.execution().cancel(reason));
    }
}
