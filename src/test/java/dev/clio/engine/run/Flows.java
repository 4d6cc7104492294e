package dev.clio.engine.run;

import dev.clio.engine.workflow.OnFail;
import dev.clio.engine.workflow.Policy;
import dev.clio.engine.workflow.Retry;
import dev.clio.engine.workflow.Step;
import dev.clio.engine.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds workflows for runner tests without YAML. */
final class Flows {

    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Object> inputs = new LinkedHashMap<>();
    private Policy policy = Policy.defaults();

    static Flows workflow() {
        return new Flows();
    }

    /** A step with implicit dependencies (the previous step). */
    Flows step(String id, String actor) {
        return add(StepBuilder.of(id, actor));
    }

    Flows add(StepBuilder step) {
        steps.add(step.build(steps.size()));
        return this;
    }

    Flows input(String key, Object value) {
        inputs.put(key, value);
        return this;
    }

    Flows policy(Long maxTokens, boolean caching, boolean parallel, Integer timeoutMinutes) {
        policy = new Policy(maxTokens, true, timeoutMinutes, caching, parallel, Map.of());
        return this;
    }

    Flows preferDeterministic(boolean prefer) {
        policy = new Policy(policy.maxTokens(), prefer, policy.timeoutMinutes(), policy.enableCaching(),
                policy.parallelExecution(), Map.of());
        return this;
    }

    Workflow build() {
        return new Workflow("test-flow", "1.0", "", Map.of(), inputs, policy, steps, List.of(), Map.of(), Map.of());
    }

    /** One step's fields; defaults: no with, no when, implicit deps, no retry, on_fail stop. */
    static final class StepBuilder {
        private final String id;
        private final String actor;
        private Map<String, Object> with = new LinkedHashMap<>();
        private String when;
        private List<String> dependsOn;
        private Retry retry = Retry.NONE;
        private OnFail onFail = OnFail.STOP;
        private List<String> emits = List.of();
        private Integer timeoutMinutes;

        private StepBuilder(String id, String actor) {
            this.id = id;
            this.actor = actor;
        }

        static StepBuilder of(String id, String actor) {
            return new StepBuilder(id, actor);
        }

        StepBuilder with(String key, Object value) {
            with.put(key, value);
            return this;
        }

        StepBuilder when(String text) {
            when = text;
            return this;
        }

        StepBuilder dependsOn(String... ids) {
            dependsOn = List.of(ids);
            return this;
        }

        StepBuilder retry(int max, Retry.Backoff backoff) {
            retry = new Retry(max, backoff);
            return this;
        }

        StepBuilder onFail(OnFail value) {
            onFail = value;
            return this;
        }

        StepBuilder emits(String... paths) {
            emits = List.of(paths);
            return this;
        }

        StepBuilder timeoutMinutes(int minutes) {
            timeoutMinutes = minutes;
            return this;
        }

        Step build(int index) {
            return new Step(index, id, "step " + id, actor, with, when, dependsOn, retry, onFail, emits, List.of(),
                    timeoutMinutes, null);
        }
    }
}
