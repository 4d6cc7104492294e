package dev.clio.engine.run;

import dev.clio.engine.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Layered DAGs for the benchmarks: every step depends on the whole previous layer. */
final class BenchFlows {

    private BenchFlows() {
    }

    static String id(int layer, int i) {
        return layer + "." + String.format("%03d", i + 1);
    }

    static Workflow layered(int layers, int width, String actor, Map<String, Object> with) {
        Flows flow = Flows.workflow();
        for (int layer = 1; layer <= layers; layer++) {
            List<String> previous = new ArrayList<>();
            for (int i = 0; layer > 1 && i < width; i++) {
                previous.add(id(layer - 1, i));
            }
            for (int i = 0; i < width; i++) {
                Flows.StepBuilder step = Flows.StepBuilder.of(id(layer, i), actor)
                        .dependsOn(previous.toArray(String[]::new));
                with.forEach(step::with);
                flow.add(step);
            }
        }
        return flow.build();
    }
}
