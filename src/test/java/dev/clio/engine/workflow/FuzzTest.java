package dev.clio.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates valid workflows (byte flips, line deletions and duplications, indentation changes, truncation) with a fixed
 * seed: the validator must never throw, and must report an error whenever it could not build a model.
 */
class FuzzTest {

    private static final int CASES = 5000;

    private static final String RICH = """
            name: "Fuzz seed"
            version: "1.0"
            metadata: {owner: ~, tags: [a, null]}
            inputs:
              files: ["src/**/*.py"]
              lane: lane/x
              create_issue: false
            policy: {max_tokens: 5000, prefer_deterministic: true, timeout_minutes: 5}
            base: &base {tools: [ruff, black]}
            steps:
              - id: "1.001"
                name: Diagnostics
                actor: vscode_diagnostics
                with: {analyzers: [ruff, mypy]}
                emits: ["artifacts/diagnostics.json"]
              - id: "1.002"
                name: Fix
                actor: code_fixers
                with: *base
                when: "has_errors('artifacts/diagnostics.json', kinds=['lint','format'])"
                retry: {max: 2, backoff: exponential}
              - id: "1.003"
                name: Edit
                actor: ai_editor
                depends_on: ["1.001", "1.002"]
                with:
                  tool: aider
                  max_tokens: 1000
                  context: {files: "{{ inputs.files }}"}
                when: |
                  success(1.002) && inputs.create_issue != true
                on_fail: pause_for_review
              - id: "2.001"
                name: Commit
                actor: git_ops
                with: {branch: "${inputs.lane}", operation: commit}
            """;

    @Test
    void mutatedWorkflowsNeverEscapeAsExceptions() {
        Random random = new Random(20_261_201L);
        List<String> seeds = List.of(RICH, Validation.VALID);
        int withModel = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] input = mutate(seeds.get(i % seeds.size()), random);
            ValidationResult r = Validation.VALIDATOR.validate("fuzz-" + i + ".yaml", input);
            assertThat(r.diagnostics()).isNotNull();
            assertThat(r.diagnostics()).noneMatch(d -> d.rule().equals("internal"));
            if (r.workflow().isEmpty()) {
                assertThat(r.hasErrors()).as("case %d without a model must say why: %s", i, new String(input,
                        StandardCharsets.UTF_8)).isTrue();
            } else {
                withModel++;
            }
            r.diagnostics().forEach(d -> assertThat(d.line()).isPositive());
        }
        assertThat(withModel).as("the mutations should leave many documents readable").isGreaterThan(CASES / 4);
    }

    private static byte[] mutate(String seed, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(seed.split("\n", -1)));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int line = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(line);
                case 1 -> lines.add(line, lines.get(line));
                case 2 -> lines.set(line, "  " + lines.get(line));
                case 3 -> lines.set(line, lines.get(line).replaceFirst("^  ", ""));
                case 4 -> lines.set(line, lines.get(line).replaceFirst("^ ", "\t"));
                default -> {
                }
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(4) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        if (random.nextInt(5) == 0) {
            bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        }
        return bytes;
    }
}
