package dev.clio.engine.workflow.assist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.workflow.WorkflowValidator;
import dev.clio.engine.workflow.assist.WorkflowStructure.Edge;
import dev.clio.engine.workflow.assist.WorkflowStructure.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowStructureTest {

    private static WorkflowStructure of(String text) {
        return WorkflowStructure.of(text, WorkflowValidator.standard().validate("wf.yaml", text),
                BuiltinAdapterSpecs.catalog());
    }

    private static final String DIAMOND = """
            name: diamond
            steps:
              - id: "1.001"
                name: Root
                actor: vscode_diagnostics
                depends_on: []
              - id: "1.002"
                name: Left
                actor: ai_editor
                depends_on: ["1.001"]
              - id: "1.003"
                name: Right
                actor: code_fixers
                depends_on: ["1.001"]
              - id: "1.004"
                name: Join
                actor: no_such_actor
                depends_on: ["1.002", "1.003"]
              - id: "1.005"
                name: After
                actor: shell
            """;

    @Test
    void nodesCarryActorTypeLinesAndLevels() {
        WorkflowStructure s = of(DIAMOND);
        assertThat(s.nodes()).extracting(Node::id, Node::actorType, Node::level, Node::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1.001", "deterministic", 0, 3),
                org.assertj.core.groups.Tuple.tuple("1.002", "ai", 1, 7),
                org.assertj.core.groups.Tuple.tuple("1.003", "deterministic", 1, 11),
                org.assertj.core.groups.Tuple.tuple("1.004", "unknown", 2, 15),
                org.assertj.core.groups.Tuple.tuple("1.005", "deterministic", 3, 19));
        assertThat(s.edges()).contains(new Edge("1.001", "1.002", false, false),
                new Edge("1.004", "1.005", true, false));
        assertThat(s.cycles()).isEmpty();
        assertThat(s.levels()).isEqualTo(4);
    }

    @Test
    void linesMapToTheirStepAndBack() {
        WorkflowStructure s = of(DIAMOND);
        assertThat(s.stepAtLine(3)).map(Node::id).hasValue("1.001");
        assertThat(s.stepAtLine(6)).map(Node::id).hasValue("1.001");
        assertThat(s.stepAtLine(9)).map(Node::id).hasValue("1.002");
        assertThat(s.stepAtLine(21)).map(Node::id).hasValue("1.005");
        assertThat(s.stepAtLine(1)).isEmpty();
        assertThat(s.node("1.004")).map(Node::line).hasValue(15);
    }

    @Test
    void cyclesAreFoundIncludingTheImplicitPreviousStepEdge() {
        String text = """
                name: cycle
                steps:
                  - id: "1.001"
                    name: A
                    actor: shell
                    depends_on: ["1.002"]
                  - id: "1.002"
                    name: B
                    actor: shell
                  - id: "1.003"
                    name: C
                    actor: shell
                """;
        WorkflowStructure s = of(text);
        assertThat(s.cycles()).containsExactly(List.of("1.001", "1.002"));
        assertThat(s.nodes()).extracting(Node::inCycle).containsExactly(true, true, false);
        assertThat(s.edges()).contains(new Edge("1.001", "1.002", true, true), new Edge("1.002", "1.003", true, false));
        assertThat(s.node("1.003")).map(Node::level).hasValue(1);
    }

    @Test
    void noModelNoStructure() {
        assertThat(of("name: [unclosed\n")).isEqualTo(WorkflowStructure.EMPTY);
    }
}
