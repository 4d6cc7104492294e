package dev.clio.engine.workflow.assist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HoversTest {

    private static final String TEXT = """
            name: demo
            policy:
              max_tokens: 1000
            steps:
              - id: "1.001"
                name: Tests
                actor: pytest_runner
                with: {coverage: true}
                on_fail: continue
                when: "all_previous_steps_success"
            """;

    private final Hovers hovers = new Hovers(Vocabulary.of(BuiltinAdapterSpecs.catalog(),
            Map.of("pytest_runner", new Vocabulary.Availability(false, "pytest not found on PATH"))));

    private Optional<Hover> on(String word, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = TEXT.indexOf(word, at + 1);
        }
        return hovers.at(TEXT, at + 1);
    }

    @Test
    void keyShowsSchemaDescriptionTypeAndEnum() {
        Hover onFail = on("on_fail", 0).orElseThrow();
        assertThat(onFail.title()).isEqualTo("on_fail");
        assertThat(onFail.body()).contains("pause_for_review pauses the run").contains("one of: stop, pause_for_review")
                .contains("default stop");
        assertThat(TEXT.substring(onFail.start(), onFail.end())).isEqualTo("on_fail");
        assertThat(on("max_tokens", 0).orElseThrow().body()).contains("token budget of the whole run");
    }

    @Test
    void actorShowsDescriptionAvailabilityAndParameters() {
        Hover actor = on("pytest_runner", 0).orElseThrow();
        assertThat(actor.title()).isEqualTo("pytest_runner");
        assertThat(actor.body()).contains("unavailable: pytest not found on PATH").contains("coverage (");
    }

    @Test
    void whenFunctionAndNothingOnPlainValues() {
        assertThat(on("all_previous_steps_success", 0).orElseThrow().body()).contains("every earlier step");
        assertThat(on("demo", 0)).isEmpty();
        assertThat(on("Tests", 0)).isEmpty();
    }
}
