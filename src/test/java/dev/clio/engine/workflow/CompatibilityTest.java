package dev.clio.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small fixture per sample workflow of the original, reproducing the feature that decided its fate. The table in
 * docs/workflow-language.md says why each is accepted or rejected.
 */
class CompatibilityTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(
                accepted("code-quality.yaml"),
                accepted("py-edit-triage.yaml"),
                accepted("ai-workflow-demo.yaml"),
                rejected("ai-edit-pipeline-contract.yaml", List.of("bom", "schema", "unknown-actor"),
                        "step id 'plan' must be digits, a dot and digits"),
                rejected("codex-pipeline.yaml", List.of("unknown-actor"), "did you mean 'pytest_runner'?"),
                accepted("enhanced-ipt-wt.yaml", "unknown-task-actor"),
                accepted("ipt-wt.yaml"),
                accepted("github-repo-analysis.yaml", "when-undeclared-input"),
                accepted("github-issue-automation.yaml"),
                accepted("github-pr-review.yaml"),
                accepted("github-release.yaml"),
                rejected("agent-jobs.yaml", List.of("schema"), "missing required key 'name'"),
                accepted("test-workflow.yaml"),
                rejected("other-engine.yaml", List.of("schema"), "missing required key 'actor'"));
    }

    private static Arguments accepted(String file, String... warningRules) {
        return Arguments.of(file, true, List.of(warningRules), "");
    }

    private static Arguments rejected(String file, List<String> rules, String message) {
        return Arguments.of(file, false, rules, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void behavesAsDecided(String file, boolean accepted, List<String> rules, String message) throws IOException {
        ValidationResult r = Validation.VALIDATOR.validate(file, read(file));
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isEqualTo(!accepted);
        assertThat(r.diagnostics()).extracting(Diagnostic::rule).containsOnlyElementsOf(rules);
        assertThat(r.diagnostics().stream().map(Diagnostic::rule).distinct()).containsExactlyInAnyOrderElementsOf(
                rules);
        if (!message.isEmpty()) {
            assertThat(r.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains(message));
        }
        assertThat(r.workflow()).isPresent();
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = CompatibilityTest.class.getResourceAsStream("compat/" + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        }
    }
}
