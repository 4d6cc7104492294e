package dev.clio.console.containers;

import dev.clio.console.common.Problems;
import dev.clio.console.common.Session;
import dev.clio.ops.Containers;
import dev.clio.ops.OpsException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What one poll brought back, applied in one UI update: the list and the stats, or the sentence that says why not.
 *
 * @param problemOrNull the engine's own sentence ({@code No container engine at …: connection refused}), or null
 * @param forbidden true when the key may not list containers
 */
record ContainersPoll(Session session, List<Containers.Container> containers, List<Containers.Stats> stats,
        String problemOrNull, boolean forbidden, Instant at) {

    ContainersPoll {
        containers = List.copyOf(containers);
        stats = List.copyOf(stats);
    }

    /** Lists, then samples the running containers (skipped when none runs). Blocks: call on an IO thread. */
    static ContainersPoll fetch(Session session, Clock clock) {
        try {
            List<Containers.Container> all = session.operations().containers();
            List<Containers.Stats> stats = all.stream().anyMatch(Containers.Container::running)
                    ? session.operations().containerStats() : List.of();
            return new ContainersPoll(session, all, stats, null, false, clock.instant());
        } catch (RuntimeException e) {
            boolean forbidden = e instanceof OpsException ops && ops.kind() == OpsException.Kind.FORBIDDEN;
            return new ContainersPoll(session, List.of(), List.of(), sentence(e), forbidden, clock.instant());
        }
    }

    /** The engine's sentence as the gateway wrote it: it already names the endpoint and what is wrong. */
    static String sentence(RuntimeException e) {
        if (e instanceof OpsException ops && ops.kind() != OpsException.Kind.FORBIDDEN
                && ops.kind() != OpsException.Kind.UNAUTHORIZED && ops.getMessage() != null
                && !ops.getMessage().isBlank()) {
            return ops.getMessage().strip().lines().findFirst().orElse("");
        }
        return Problems.sentence(e);
    }
}
