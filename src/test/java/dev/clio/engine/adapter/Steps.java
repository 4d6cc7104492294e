package dev.clio.engine.adapter;

import dev.clio.engine.workflow.OnFail;
import dev.clio.engine.workflow.Retry;
import dev.clio.engine.workflow.Step;
import java.util.List;
import java.util.Map;

/** Builds step requests for adapter tests. */
public final class Steps {

    private Steps() {
    }

    public static StepRequest request(String actor, Map<String, Object> with) {
        return request(actor, with, List.of(), List.of());
    }

    public static StepRequest request(String actor, Map<String, Object> with, List<String> files, List<String> emits) {
        Step step = new Step(0, "1.001", "test step", actor, with, null, null, Retry.NONE, OnFail.STOP, emits,
                List.of(), null, null);
        return new StepRequest("exec-1", "test-workflow", step, with, files, 1, null);
    }
}
