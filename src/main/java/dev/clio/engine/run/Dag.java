package dev.clio.engine.run;

import dev.clio.engine.workflow.Step;
import dev.clio.engine.workflow.Workflow;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependency graph of a workflow's steps, by file index. A step without {@code depends_on} depends on the step
 * before it; {@code depends_on: []} makes a root; {@code policy.parallel_execution: false} adds the previous step to
 * every step's dependencies, which forces file order.
 */
final class Dag {

    private final List<Step> steps;
    private final int[][] dependencies;
    private final int[][] dependants;

    private Dag(List<Step> steps, int[][] dependencies) {
        this.steps = steps;
        this.dependencies = dependencies;
        List<List<Integer>> reverse = new ArrayList<>();
        steps.forEach(s -> reverse.add(new ArrayList<>()));
        for (int i = 0; i < dependencies.length; i++) {
            for (int d : dependencies[i]) {
                reverse.get(d).add(i);
            }
        }
        this.dependants = reverse.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** Throws {@link IllegalArgumentException} for an unknown dependency, a duplicate id or a cycle. */
    static Dag of(Workflow workflow) {
        List<Step> steps = workflow.steps();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            if (index.put(steps.get(i).id(), i) != null) {
                throw new IllegalArgumentException("duplicate step id " + steps.get(i).id());
            }
        }
        boolean fileOrder = !workflow.policy().parallelExecution();
        int[][] deps = new int[steps.size()][];
        for (int i = 0; i < steps.size(); i++) {
            deps[i] = dependenciesOf(steps.get(i), i, index, fileOrder);
        }
        Dag dag = new Dag(steps, deps);
        dag.layers();
        return dag;
    }

    private static int[] dependenciesOf(Step step, int i, Map<String, Integer> index, boolean fileOrder) {
        BitSet set = new BitSet();
        if ((fileOrder || !step.hasExplicitDependencies()) && i > 0) {
            set.set(i - 1);
        }
        for (String id : step.hasExplicitDependencies() ? step.dependsOn() : List.<String>of()) {
            Integer d = index.get(id);
            if (d == null) {
                throw new IllegalArgumentException("step " + step.id() + " depends on unknown step " + id);
            }
            if (d == i) {
                throw new IllegalArgumentException("step " + step.id() + " depends on itself");
            }
            set.set(d);
        }
        return set.stream().toArray();
    }

    int size() {
        return steps.size();
    }

    Step step(int i) {
        return steps.get(i);
    }

    int[] dependencies(int i) {
        return dependencies[i];
    }

    int[] dependants(int i) {
        return dependants[i];
    }

    /** Layers by longest path from a root (Kahn's algorithm); throws when the graph has a cycle. */
    List<List<Integer>> layers() {
        int[] pending = new int[size()];
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            pending[i] = dependencies[i].length;
            if (pending[i] == 0) {
                current.add(i);
            }
        }
        List<List<Integer>> layers = new ArrayList<>();
        int placed = 0;
        while (!current.isEmpty()) {
            layers.add(current);
            placed += current.size();
            List<Integer> next = new ArrayList<>();
            for (int i : current) {
                for (int d : dependants[i]) {
                    if (--pending[d] == 0) {
                        next.add(d);
                    }
                }
            }
            next.sort(null);
            current = next;
        }
        if (placed != size()) {
            throw new IllegalArgumentException("dependency cycle among steps " + cycleMembers(pending));
        }
        return layers;
    }

    private String cycleMembers(int[] pending) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < pending.length; i++) {
            if (pending[i] > 0) {
                ids.add(steps.get(i).id());
            }
        }
        return String.join(", ", ids);
    }

    /** Every step {@code i} waits for, directly or not. */
    BitSet ancestors(int i) {
        BitSet seen = new BitSet();
        List<Integer> stack = new ArrayList<>(List.of(i));
        while (!stack.isEmpty()) {
            for (int d : dependencies[stack.remove(stack.size() - 1)]) {
                if (!seen.get(d)) {
                    seen.set(d);
                    stack.add(d);
                }
            }
        }
        return seen;
    }
}
