package dev.clio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private final Map<String, Object> inputs = inputs();
    private final Templates templates = new Templates(inputs, "2026-12-01", "exec_0123456789ab", "triage");

    private static Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("files", List.of("src/**/*.py", "tests/**/*.py"));
        inputs.put("lane", "feature/test");
        inputs.put("count", 3);
        inputs.put("none", null);
        inputs.put("repo", Map.of("owner", "clio"));
        return inputs;
    }

    @Test
    void bothSyntaxesAreSubstitutedInsideText() {
        assertThat(templates.resolve("branch {{ inputs.lane }} on ${date}"))
                .isEqualTo("branch feature/test on 2026-12-01");
        assertThat(templates.resolve("${execution_id}/${workflow_name}")).isEqualTo("exec_0123456789ab/triage");
        assertThat(templates.resolve("{{inputs.repo.owner}}")).isEqualTo("clio");
    }

    @Test
    void aWholePlaceholderKeepsTheInputsType() {
        assertThat(templates.resolve("{{ inputs.files }}")).isEqualTo(List.of("src/**/*.py", "tests/**/*.py"));
        assertThat(templates.resolve(" ${inputs.count} ")).isEqualTo(3);
        assertThat(templates.resolve("${inputs.none}")).isNull();
        assertThat(templates.resolve("lint {{ inputs.files }}")).isEqualTo("lint src/**/*.py tests/**/*.py");
    }

    @Test
    void unknownPlaceholdersStayAsWritten() {
        assertThat(templates.resolve("${COORDINATION_ID} {{ inputs.missing }} {summary}"))
                .isEqualTo("${COORDINATION_ID} {{ inputs.missing }} {summary}");
    }

    @Test
    void listsAndMapsAreResolvedRecursively() {
        Map<String, Object> with = new LinkedHashMap<>();
        with.put("argv", List.of("git", "checkout", "{{ inputs.lane }}"));
        with.put("context", Map.of("files", "{{ inputs.files }}"));
        with.put("n", 7);
        assertThat(templates.resolveMap(with)).isEqualTo(Map.of("argv", List.of("git", "checkout", "feature/test"),
                "context", Map.of("files", List.of("src/**/*.py", "tests/**/*.py")), "n", 7));
    }
}
