package dev.clio.console.containers;

import dev.clio.ops.Containers;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Joins a poll's list and stats into rows, and orders rows by project (containers of no project last). */
final class ContainerRows {

    static final Comparator<ContainerRow> BY_PROJECT = Comparator
            .comparing((ContainerRow r) -> r.container().composeProject() == null)
            .thenComparing(ContainerRow::project);

    private ContainerRows() {
    }

    static List<ContainerRow> join(List<Containers.Container> containers, List<Containers.Stats> stats) {
        Map<String, Containers.Stats> byName = stats.stream()
                .collect(Collectors.toMap(Containers.Stats::name, Function.identity(), (a, b) -> b));
        return containers.stream().map(c -> new ContainerRow(c, c.running() ? byName.get(c.name()) : null)).toList();
    }
}
