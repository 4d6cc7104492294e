package dev.clio.workspace;

import static dev.clio.workspace.SampleFixtures.argv;
import static dev.clio.workspace.SampleFixtures.document;
import static dev.clio.workspace.SampleFixtures.steps;
import static dev.clio.workspace.SampleFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.adapter.ParamSpec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplesTest {

    private static final Set<String> ROOT_KEYS = Set.of("name", "version", "description", "metadata", "inputs",
            "policy", "steps");
    private static final Set<String> STEP_KEYS = Set.of("id", "name", "actor", "with", "when", "depends_on", "retry",
            "on_fail", "emits");
    private static final Set<String> POLICY_KEYS = Set.of("max_tokens", "prefer_deterministic", "timeout_minutes",
            "enable_caching", "parallel_execution");

    static List<String> names() throws IOException {
        return Samples.names();
    }

    @Test
    void theIndexListsEveryBundledWorkflowAndNothingElse() throws IOException, URISyntaxException {
        Path dir = Path.of(Samples.class.getResource(Samples.BASE).toURI());
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(dir)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .collect(Collectors.toSet());
        }
        assertThat(Samples.names()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(onDisk)
                .contains("OPTIMIZED_PYTHON_TRIAGE.yaml", "HEALTH_CHECK.yaml", "HELLO.yaml", "PARALLEL_FANOUT.yaml",
                        "FLAKY_RETRY.yaml", "ALWAYS_FAILS.yaml", "SLOW_STEPS.yaml", "BUDGET_OVERRUN.yaml",
                        "CONDITIONAL.yaml");
    }

    @Test
    void aNameThatIsNotASampleIsAClearError() {
        assertThatThrownBy(() -> Samples.get("NOPE.yaml")).isInstanceOf(IOException.class)
                .hasMessageContaining("/dev/clio/samples/NOPE.yaml is missing");
        assertThatThrownBy(() -> Samples.get("../schemas/x.json")).hasMessageContaining("not a sample file name");
    }

    @ParameterizedTest
    @MethodSource("names")
    @SuppressWarnings("unchecked")
    void usesOnlyKeysOfTheWorkflowLanguage(String file) throws IOException {
        Map<String, Object> doc = document(file);
        assertThat(doc.keySet()).isSubsetOf(ROOT_KEYS);
        assertThat(doc.get("name")).isInstanceOf(String.class).asString().isNotBlank();
        if (doc.containsKey("policy")) {
            assertThat(((Map<String, Object>) doc.get("policy")).keySet()).isSubsetOf(POLICY_KEYS);
        }
        for (Map<String, Object> step : steps(file)) {
            assertThat(step.keySet()).as("step %s", step.get("id")).isSubsetOf(STEP_KEYS)
                    .contains("id", "name", "actor");
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void stepIdsAreUniqueNnnnAndDependenciesPointBackwards(String file) throws IOException {
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> step : steps(file)) {
            String id = (String) step.get("id");
            assertThat(id).matches("[0-9]\\.[0-9]{3}");
            Object deps = step.getOrDefault("depends_on", List.of());
            assertThat((List<?>) deps).as("depends_on of %s", id).allMatch(seen::contains);
            assertThat(seen.add(id)).as("duplicate id %s", id).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void actorsAndTheirParametersAreKnown(String file) throws IOException {
        for (Map<String, Object> step : steps(file)) {
            AdapterSpec spec = BuiltinAdapterSpecs.catalog().spec((String) step.get("actor")).orElse(null);
            assertThat(spec).as("actor of step %s", step.get("id")).isNotNull();
            Set<String> params = spec.params().stream().map(ParamSpec::name).collect(Collectors.toSet());
            assertThat(with(step).keySet()).as("with of step %s", step.get("id")).isSubsetOf(params);
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void shellStepsUseArgvListsNeverAShellString(String file) throws IOException {
        for (Map<String, Object> step : steps(file)) {
            if (!"shell".equals(step.get("actor"))) {
                continue;
            }
            List<String> argv = argv(step);
            assertThat(argv).as("argv of %s", step.get("id")).isNotEmpty().allMatch(String.class::isInstance);
            assertThat(argv.get(0)).isNotIn("sh", "bash", "dash", "/bin/sh", "/bin/bash");
        }
    }

    @Test
    void theOptimizedTriageIsTheRunbookExampleVerbatim() throws IOException {
        String text = Samples.get("OPTIMIZED_PYTHON_TRIAGE.yaml").text();
        assertThat(text).startsWith("# Example optimized workflow\nname: \"Optimized Python Triage\"\n")
                .contains("    actor: \"ruff_checker\"  # Deterministic\n")
                .contains("    depends_on: []  # Can run in parallel with linting\n")
                .contains("    actor: \"ai_editor\"  # Only for complex issues\n")
                .endsWith("    when: \"has_errors('artifacts/linting.json')\"\n");
        assertThat(steps("OPTIMIZED_PYTHON_TRIAGE.yaml")).extracting(s -> s.get("id"))
                .containsExactly("1.001", "1.002", "2.001");
    }

    @Test
    void theBudgetOverrunCannotFitItsAiStep() throws IOException {
        Map<?, ?> policy = (Map<?, ?>) document("BUDGET_OVERRUN.yaml").get("policy");
        assertThat(policy.get("prefer_deterministic")).isEqualTo(false);
        // the original ai_analyst estimate for a high-detail code review is 3000 tokens
        assertThat((Integer) policy.get("max_tokens")).isPositive().isLessThan(3000);
        assertThat(steps("BUDGET_OVERRUN.yaml")).anyMatch(s -> "ai_analyst".equals(s.get("actor")));
    }

    @Test
    void theFanoutHasSeveralRootsAndAJoinOnAllOfThem() throws IOException {
        List<Map<String, Object>> steps = steps("PARALLEL_FANOUT.yaml");
        List<Object> roots = steps.stream().filter(s -> List.of().equals(s.get("depends_on")))
                .map(s -> s.get("id")).toList();
        assertThat(roots).hasSizeGreaterThanOrEqualTo(2);
        assertThat(steps).anyMatch(s -> s.get("depends_on") instanceof List<?> deps && deps.containsAll(roots)
                && !deps.isEmpty());
    }

    @Test
    void theConditionalDeclaresTheInputsItsConditionsRead() throws IOException {
        Map<String, Object> inputs = SampleFixtures.map(document("CONDITIONAL.yaml").get("inputs"));
        List<Object> whens = steps("CONDITIONAL.yaml").stream().map(s -> s.get("when")).toList();
        assertThat(whens).contains("inputs.x == true", "success(1.001)");
        assertThat(inputs).containsKey("x");
    }

    @Test
    void theFailingStepContinuesAndHasADependant() throws IOException {
        List<Map<String, Object>> steps = steps("ALWAYS_FAILS.yaml");
        Map<String, Object> failing = steps.stream().filter(s -> "continue".equals(s.get("on_fail"))).findFirst()
                .orElseThrow();
        assertThat(argv(failing)).containsExactly("false");
        assertThat(steps).anyMatch(s -> s.get("depends_on") instanceof List<?> deps
                && deps.contains(failing.get("id")));
    }

    @Test
    void theFlakyStepHasARetry() throws IOException {
        assertThat(steps("FLAKY_RETRY.yaml")).anyMatch(s -> s.get("retry") instanceof Map<?, ?> retry
                && ((Integer) retry.get("max")) >= 1 && ((Integer) retry.get("max")) <= 5);
    }
}
