package dev.clio.engine.workflow;

import static dev.clio.engine.workflow.Validation.assertAt;
import static dev.clio.engine.workflow.Validation.of;
import static dev.clio.engine.workflow.Validation.rule;
import static dev.clio.engine.workflow.Validation.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DependencyRulesTest {

    private static String steps(String... bodies) {
        StringBuilder b = new StringBuilder("name: x\nsteps:\n");
        for (int i = 0; i < bodies.length; i++) {
            b.append("  - id: \"1.00").append(i + 1).append("\"\n    name: s\n    actor: shell\n");
            if (!bodies[i].isEmpty()) {
                b.append("    ").append(bodies[i]).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void unknownDependencyIsAtTheListItem() {
        Diagnostic d = single(of(steps("", "depends_on: [\"1.001\", \"1.009\"]")), DependencyRules.UNKNOWN);
        assertAt(d, 9, 27);
        assertThat(d.message()).contains("'1.009'").contains("did you mean '1.001'?");
    }

    @Test
    void selfDependency() {
        Diagnostic d = single(of(steps("depends_on: [\"1.001\"]")), DependencyRules.SELF);
        assertAt(d, 6, 18);
        assertThat(d.message()).contains("depends on itself");
    }

    @Test
    void explicitCycleIsReportedWhole() {
        ValidationResult r = of(steps("depends_on: [\"1.003\"]", "depends_on: [\"1.001\"]",
                "depends_on: [\"1.002\"]"));
        Diagnostic d = single(r, DependencyRules.CYCLE);
        assertAt(d, 6, 18);
        assertThat(d.message()).startsWith("dependency cycle: 1.001 \u2192 1.003 \u2192 1.002 \u2192 1.001;");
    }

    @Test
    void implicitPreviousStepEdgeTakesPartInCycles() {
        ValidationResult r = of(steps("depends_on: [\"1.002\"]", ""));
        Diagnostic d = single(r, DependencyRules.CYCLE);
        assertThat(d.message()).contains("1.001 \u2192 1.002 \u2192 1.001")
                .contains("a step without depends_on waits for the step before it");
        assertAt(d, 6, 18);
    }

    @Test
    void rootsAndForwardReferencesWithoutCyclesAreFine() {
        ValidationResult r = of(steps("depends_on: []", "depends_on: [\"1.003\"]", "depends_on: []"));
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void aLongChainDoesNotOverflow() {
        StringBuilder b = new StringBuilder("name: x\nsteps:\n");
        for (int i = 0; i < 3000; i++) {
            b.append("  - {id: \"1.").append(i).append("\", name: s, actor: shell}\n");
        }
        b.append("  - {id: \"2.0\", name: s, actor: shell, depends_on: [\"1.2999\"]}\n");
        b.replace(b.indexOf("actor: shell}"), b.indexOf("actor: shell}") + 13,
                "actor: shell, depends_on: [\"2.0\"]}");
        ValidationResult r = of(b.toString());
        assertThat(single(r, DependencyRules.CYCLE).message()).contains("1.0 \u2192 2.0 \u2192 1.2999");
    }

    @Test
    void unknownPhaseDependency() {
        ValidationResult r = of("""
                name: x
                phases:
                  - {id: plan, role: ipt, tasks: [a]}
                  - {id: build, role: wt, tasks: [b], depends_on: [plann]}
                """);
        assertAt(single(r, DependencyRules.UNKNOWN), 4, 52);
        assertThat(rule(r, "schema")).isEmpty();
    }
}
