package dev.clio.engine.run;

import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.workflow.Step;
import dev.clio.engine.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** Builds the {@link RunPlan} of a dry run: the order and groups the scheduler would use, and the routing. */
final class RunPlanner {

    private RunPlanner() {
    }

    static RunPlan plan(RunContext ctx, Dag dag) {
        Workflow workflow = ctx.workflow();
        int parallelism = workflow.policy().parallelExecution() ? ctx.options().parallelism() : 1;
        List<List<String>> groups = new ArrayList<>();
        for (List<Integer> layer : dag.layers()) {
            for (int from = 0; from < layer.size(); from += parallelism) {
                groups.add(layer.subList(from, Math.min(layer.size(), from + parallelism)).stream()
                        .map(i -> dag.step(i).id()).toList());
            }
        }
        List<RunPlan.PlannedStep> steps = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < dag.size(); i++) {
            RunPlan.PlannedStep planned = planned(ctx, dag, i);
            total += planned.estimatedTokens();
            steps.add(planned);
        }
        long budget = ctx.budget().budget();
        return new RunPlan(workflow.name(), order(dag), groups, steps, total, budget, total <= budget, parallelism);
    }

    private static RunPlan.PlannedStep planned(RunContext ctx, Dag dag, int i) {
        Step step = dag.step(i);
        Map<String, Object> with = ctx.templates().resolveMap(step.with());
        StepRequest request = new StepRequest(ctx.executionId(), ctx.workflow().name(), step, with, ctx.files(with),
                1, null);
        Route route = ctx.router().route(request, ctx.workflow().policy().preferDeterministic());
        List<String> deps = java.util.Arrays.stream(dag.dependencies(i)).mapToObj(d -> dag.step(d).id()).toList();
        return new RunPlan.PlannedStep(step.id(), step.name(), step.actor(), deps, step.when(), route.adapterName(),
                route.type().label(), route.reasoning(), route.available() ? route.estimatedTokens() : 0,
                route.available(), route.unavailableReason());
    }

    /** The start order with one step at a time: ready steps by file index, as the scheduler picks them. */
    private static List<String> order(Dag dag) {
        int[] waiting = new int[dag.size()];
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < dag.size(); i++) {
            waiting[i] = dag.dependencies(i).length;
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order.add(dag.step(i).id());
            for (int d : dag.dependants(i)) {
                if (--waiting[d] == 0) {
                    ready.add(d);
                }
            }
        }
        return order;
    }
}
