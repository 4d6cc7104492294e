package dev.clio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.workflow.Diagnostic;
import dev.clio.engine.workflow.OnFail;
import dev.clio.engine.workflow.Retry;
import dev.clio.engine.workflow.ValidationResult;
import dev.clio.engine.workflow.Workflow;
import dev.clio.engine.workflow.WorkflowValidator;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The samples pass the one workflow validator, the same check `verify`, the runner and the API apply. */
class SamplesValidateTest {

    @Test
    void everySampleValidatesWithoutErrors() throws IOException {
        WorkflowValidator validator = WorkflowValidator.standard();
        for (Sample sample : Samples.all()) {
            ValidationResult result = validator.validate(sample.fileName(), sample.content());
            List<String> lines = result.diagnostics().stream().map(Diagnostic::toLine).toList();
            assertThat(result.hasErrors()).as("%s: %s", sample.fileName(), lines).isFalse();
            assertThat(result.workflow()).as(sample.fileName()).isPresent();
        }
    }

    @Test
    void theValidatorsModelSeesWhatTheSamplesAreFor() throws IOException {
        WorkflowValidator validator = WorkflowValidator.standard();
        Workflow budget = model(validator, "BUDGET_OVERRUN.yaml");
        assertThat(budget.policy().maxTokens()).isEqualTo(100L);
        assertThat(budget.policy().preferDeterministic()).isFalse();
        Workflow flaky = model(validator, "FLAKY_RETRY.yaml");
        assertThat(flaky.step("1.002").orElseThrow().retry()).isEqualTo(new Retry(2, Retry.Backoff.LINEAR));
        Workflow failing = model(validator, "ALWAYS_FAILS.yaml");
        assertThat(failing.step("1.001").orElseThrow().onFail()).isEqualTo(OnFail.CONTINUE);
        Workflow fanout = model(validator, "PARALLEL_FANOUT.yaml");
        assertThat(fanout.steps()).filteredOn(s -> s.hasExplicitDependencies() && s.dependsOn().isEmpty())
                .hasSize(3);
        assertThat(model(validator, "CONDITIONAL.yaml").inputs()).containsEntry("x", false);
    }

    private static Workflow model(WorkflowValidator validator, String file) throws IOException {
        return validator.validate(file, Samples.get(file).content()).workflow().orElseThrow();
    }
}
