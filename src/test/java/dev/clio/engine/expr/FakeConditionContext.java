package dev.clio.engine.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An in-memory condition context that records which questions were asked. */
final class FakeConditionContext implements ConditionContext {

    final Map<String, Object> inputs = new HashMap<>();
    final Map<String, StepOutcome> outcomes = new HashMap<>();
    final Set<String> existing = new HashSet<>();
    final Map<String, List<String>> errorKinds = new HashMap<>();
    final List<String> asked = new ArrayList<>();
    boolean allPrevious;

    FakeConditionContext input(String name, Object value) {
        inputs.put(name, value);
        return this;
    }

    @Override
    public Optional<Object> input(String name) {
        asked.add("input:" + name);
        return inputs.containsKey(name) ? Optional.ofNullable(inputs.get(name)) : Optional.empty();
    }

    @Override
    public Optional<StepOutcome> stepOutcome(String stepId) {
        asked.add("step:" + stepId);
        return Optional.ofNullable(outcomes.get(stepId));
    }

    @Override
    public boolean allPreviousStepsSucceeded() {
        asked.add("allPrevious");
        return allPrevious;
    }

    @Override
    public boolean exists(String path) {
        asked.add("exists:" + path);
        return existing.contains(path);
    }

    @Override
    public boolean hasErrors(String path, List<String> kinds) {
        asked.add("hasErrors:" + path + kinds);
        List<String> present = errorKinds.get(path);
        if (present == null || present.isEmpty()) {
            return false;
        }
        return kinds.isEmpty() || present.stream().anyMatch(kinds::contains);
    }
}
