package dev.clio.engine.workflow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the validator on a generated 1,000-step workflow (target under 300 ms) and on 1,000 small workflows (target
 * under 2 s in total), after warm-up rounds. A plain main: run it by hand (see docs/benchmarks.md).
 */
public final class WorkflowValidatorBenchmark {

    private static final int WARMUP = 15;
    private static final int ROUNDS = 10;

    private WorkflowValidatorBenchmark() {
    }

    public static void main(String[] args) {
        WorkflowValidator validator = WorkflowValidator.standard();
        byte[] large = largeWorkflow(1000).getBytes(StandardCharsets.UTF_8);
        List<byte[]> small = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            small.add(smallWorkflow(i).getBytes(StandardCharsets.UTF_8));
        }
        long cold = System.nanoTime();
        checkSane(validator.validate("small.yaml", small.get(0)), 3);
        System.out.printf("%-40s %8.1f ms%n", "first small workflow (cold, compiles schema)",
                (System.nanoTime() - cold) / 1e6);
        checkSane(validator.validate("large.yaml", large), 1000);
        for (int i = 0; i < WARMUP; i++) {
            validator.validate("large.yaml", large);
            validateAll(validator, small);
        }
        long[] largeTimes = new long[ROUNDS];
        long[] smallTimes = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            validator.validate("large.yaml", large);
            long t1 = System.nanoTime();
            validateAll(validator, small);
            long t2 = System.nanoTime();
            largeTimes[i] = t1 - t0;
            smallTimes[i] = t2 - t1;
        }
        report("1,000-step workflow (" + large.length / 1024 + " KiB)", largeTimes, 300);
        report("1,000 small workflows", smallTimes, 2000);
        hostile(validator);
    }

    /** Worst case of each hostile input after warm-up; each must stay well under a second. */
    private static void hostile(WorkflowValidator validator) {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            bomb.append('a').append(i).append(": &a").append(i).append(" [")
                    .append(("*a" + (i - 1) + ", ").repeat(8)).append("*a").append(i - 1).append("]\n");
        }
        byte[][] inputs = {bomb.toString().getBytes(StandardCharsets.UTF_8),
            "[".repeat(10_000).getBytes(StandardCharsets.UTF_8), new byte[ValidatorOptions.DEFAULT_MAX_BYTES + 1],
            ("name: x\n" + "k: v\n".repeat(150_000)).getBytes(StandardCharsets.UTF_8)};
        String[] names = {"billion laughs", "10,000 '['", "1 MiB + 1 of NUL bytes", "~1 MiB of keys"};
        for (int i = 0; i < inputs.length; i++) {
            long worst = 0;
            for (int round = 0; round < 5 + ROUNDS; round++) {
                long t = System.nanoTime();
                validator.validate("hostile", inputs[i]);
                worst = round < 5 ? 0 : Math.max(worst, System.nanoTime() - t);
            }
            System.out.printf("hostile: %-31s worst %8.1f ms (target well under 1000 ms)%n", names[i], worst / 1e6);
        }
    }

    private static void validateAll(WorkflowValidator validator, List<byte[]> docs) {
        for (int i = 0; i < docs.size(); i++) {
            validator.validate("small-" + i + ".yaml", docs.get(i));
        }
    }

    private static void checkSane(ValidationResult r, int steps) {
        if (r.hasErrors() || r.workflow().orElseThrow().steps().size() != steps) {
            throw new IllegalStateException("benchmark input is not a valid workflow: " + r.diagnostics());
        }
    }

    private static void report(String what, long[] nanos, long targetMillis) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double best = sorted[0] / 1e6;
        System.out.printf("%-40s median %8.1f ms, best %8.1f ms (target < %d ms)%n", what, median, best,
                targetMillis);
    }

    /** Steps in layers of ten; each layer depends on the previous one, with conditions, templates and retries. */
    static String largeWorkflow(int steps) {
        StringBuilder b = new StringBuilder("""
                name: "Generated"
                inputs: {files: ["src/**/*.py"], lane: lane/x, deep: false}
                policy: {max_tokens: 100000000, timeout_minutes: 60}
                steps:
                """);
        for (int i = 0; i < steps; i++) {
            int layer = i / 10;
            String id = (layer + 1) + "." + String.format("%03d", i % 10 + 1);
            b.append("  - id: \"").append(id).append("\"\n")
                    .append("    name: \"Step ").append(i).append("\"\n")
                    .append("    actor: ").append(i % 3 == 0 ? "ai_editor" : "shell").append('\n');
            if (layer > 0) {
                b.append("    depends_on: [\"").append(layer).append(".001\", \"").append(layer).append(".010\"]\n");
            } else {
                b.append("    depends_on: []\n");
            }
            if (i % 3 == 0) {
                b.append("    with: {tool: aider, max_tokens: 1000, context: {files: \"{{ inputs.files }}\"}}\n");
            } else {
                b.append("    with: {argv: [echo, \"").append(i).append("\"], output: artifacts/out-").append(i)
                        .append(".txt}\n");
            }
            if (layer > 0 && i % 2 == 0) {
                b.append("    when: \"success(").append(layer).append(".001) && inputs.deep != true\"\n");
            }
            b.append("    retry: {max: 1, backoff: linear}\n")
                    .append("    emits: [\"artifacts/out-").append(i).append(".txt\"]\n");
        }
        return b.toString();
    }

    static String smallWorkflow(int n) {
        return """
                name: "Small %d"
                inputs: {files: ["src/**/*.py"], lane: "lane/%d"}
                policy: {max_tokens: 50000}
                steps:
                  - id: "1.001"
                    name: Diagnostics
                    actor: vscode_diagnostics
                    with: {analyzers: [ruff, mypy]}
                    emits: ["artifacts/diagnostics.json"]
                  - id: "1.002"
                    name: Fix
                    actor: code_fixers
                    when: "has_errors('artifacts/diagnostics.json', kinds=['lint'])"
                    with: {tools: [ruff, black]}
                  - id: "1.003"
                    name: Commit
                    actor: git_ops
                    with: {branch: "{{ inputs.lane }}", operation: commit}
                """.formatted(n, n);
    }
}
