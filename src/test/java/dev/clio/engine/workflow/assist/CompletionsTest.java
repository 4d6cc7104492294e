package dev.clio.engine.workflow.assist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.workflow.assist.Completion.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletionsTest {

    private static final String WORKFLOW = """
            name: demo
            inputs:
              files: ["src/**"]
              lane: main
            steps:
              - id: "1.001"
                name: Diagnostics
                actor: vscode_diagnostics
              - id: "1.002"
                name: Fix
                actor: code_fixers
                depends_on: []
            """;

    /** The text with the cursor mark removed, completed where it was. */
    private static List<Completion> at(String textWithCursor) {
        int at = textWithCursor.indexOf('¦');
        return Completions.at(textWithCursor.replace("¦", ""), at);
    }

    private static List<String> labels(List<Completion> items) {
        return items.stream().map(Completion::label).toList();
    }

    private static String apply(String textWithCursor, String label) {
        int at = textWithCursor.indexOf('¦');
        String text = textWithCursor.replace("¦", "");
        Completion item = Completions.at(text, at).stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + label + " in " + labels(Completions.at(text, at))));
        return item.edit().applyTo(text);
    }

    @Test
    void topLevelKeysLeaveOutThoseAlreadyWritten() {
        List<String> keys = labels(at(WORKFLOW + "¦"));
        assertThat(keys).contains("policy", "version", "metadata").doesNotContain("name", "steps", "inputs", "id");
    }

    @Test
    void stepKeysAfterADashAndInsideAStep() {
        assertThat(labels(at(WORKFLOW + "  - ¦"))).contains("id", "name", "actor", "depends_on", "when", "on_fail");
        List<String> inside = labels(at(WORKFLOW.replace("    depends_on: []\n", "    ¦\n")));
        assertThat(inside).contains("when", "depends_on", "retry").doesNotContain("id", "name", "actor", "policy");
    }

    @Test
    void policyKeysFilteredByThePrefix() {
        assertThat(labels(at("name: x\npolicy:\n  max¦\n"))).containsExactly("max_tokens");
        assertThat(apply("name: x\npolicy:\n  max¦\n", "max_tokens")).isEqualTo("name: x\npolicy:\n  max_tokens: \n");
    }

    @Test
    void nestedKeysOpenAnIndentedBlock() {
        assertThat(apply("name: x\nsteps:\n  - id: \"1.001\"\n    ret¦", "retry"))
                .endsWith("    retry:\n      ");
        assertThat(apply("name: x\nste¦", "steps")).isEqualTo("name: x\nsteps:\n  - ");
        assertThat(apply("name: x\nsteps:\n  - id: \"1.001\"\n    dep¦", "depends_on"))
                .endsWith("    depends_on:\n      ");
    }

    @Test
    void actorNamesWithTypeAndAvailability() {
        var vocabulary = Vocabulary.of(BuiltinAdapterSpecs.catalog(), Map.of(
                "ai_editor", new Vocabulary.Availability(false, "no API key"),
                "vscode_diagnostics", new Vocabulary.Availability(true, "")));
        String text = "name: x\nsteps:\n  - id: \"1.001\"\n    actor: vsc";
        List<Completion> items = new Completions(vocabulary).complete(text, text.length());
        assertThat(items).first().satisfies(c -> {
            assertThat(c.label()).isEqualTo("vscode_diagnostics");
            assertThat(c.kind()).isEqualTo(Kind.ACTOR);
            assertThat(c.detail()).isEqualTo("deterministic · available");
            assertThat(c.edit().applyTo(text)).endsWith("    actor: vscode_diagnostics");
        });
        String ai = "name: x\nsteps:\n  - id: \"1.001\"\n    actor: ai_ed";
        assertThat(new Completions(vocabulary).complete(ai, ai.length())).first()
                .extracting(Completion::detail).isEqualTo("ai · unavailable: no API key");
    }

    @Test
    void stepIdsInDependsOnAreQuotedAndLeaveOutTheOwnStep() {
        String flow = WORKFLOW.replace("depends_on: []", "depends_on: [¦]");
        assertThat(labels(at(flow))).containsExactly("1.001");
        assertThat(apply(flow, "1.001")).contains("depends_on: [\"1.001\"]");
        String block = WORKFLOW.replace("depends_on: []", "depends_on:\n      - \"1.¦");
        assertThat(apply(block, "1.001")).contains("      - \"1.001\n");
        assertThat(at(block)).first().extracting(Completion::detail).isEqualTo("Diagnostics");
    }

    @Test
    void whenOffersFunctionsInputsAndStepIdsInsideSuccess() {
        String when = WORKFLOW.replace("depends_on: []", "when: \"¦");
        assertThat(labels(at(when))).containsExactly("has_errors", "exists", "success",
                "all_previous_steps_success", "inputs.files", "inputs.lane");
        String success = WORKFLOW.replace("depends_on: []", "when: \"success(¦");
        assertThat(apply(success, "1.001")).contains("when: \"success(1.001");
        String input = WORKFLOW.replace("depends_on: []", "when: \"inputs.la¦");
        assertThat(labels(at(input))).containsExactly("inputs.lane");
    }

    @Test
    void inputNamesInsideTemplates() {
        String text = WORKFLOW.replace("depends_on: []", "with:\n      context: {files: \"{{ inp¦");
        assertThat(labels(at(text))).containsExactly("inputs.files", "inputs.lane");
        assertThat(apply(text, "inputs.files")).contains("{{ inputs.files");
        String closed = WORKFLOW.replace("depends_on: []", "with:\n      path: \"{{ inputs.files }} ¦");
        assertThat(labels(at(closed))).doesNotContain("inputs.files");
    }

    @Test
    void withKeysAreTheActorsParameters() {
        String text = "name: x\nsteps:\n  - id: \"1.001\"\n    actor: pytest_runner\n    with:\n      ¦";
        List<String> params = labels(at(text));
        assertThat(params).contains("coverage").doesNotContain("analyzers", "id");
    }

    @Test
    void enumValues() {
        assertThat(labels(at("name: x\nsteps:\n  - id: \"1.001\"\n    on_fail: p¦")))
                .containsExactly("pause_for_review");
        assertThat(labels(at("name: x\nsteps:\n  - id: \"1.001\"\n    retry:\n      backoff: ¦")))
                .containsExactly("linear", "exponential");
    }

    @Test
    void blockScalarContentIsNotAPath() {
        String text = "name: x\ndescription: |\n  steps:\n    - id: 1\n¦";
        assertThat(labels(at(text))).contains("steps", "policy").doesNotContain("name", "description");
    }
}
