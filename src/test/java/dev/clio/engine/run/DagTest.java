package dev.clio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.engine.run.Flows.StepBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class DagTest {

    @Test
    void stepsWithoutDependsOnFollowThePreviousStep() {
        Dag dag = Dag.of(Flows.workflow().step("1.001", "a").step("1.002", "a").step("1.003", "a").build());
        assertThat(dag.dependencies(0)).isEmpty();
        assertThat(dag.dependencies(1)).containsExactly(0);
        assertThat(dag.dependencies(2)).containsExactly(1);
        assertThat(dag.layers()).containsExactly(List.of(0), List.of(1), List.of(2));
    }

    @Test
    void emptyDependsOnMakesARootAndExplicitListsAreUsedAsWritten() {
        Dag dag = Dag.of(Flows.workflow().step("1.001", "a").add(StepBuilder.of("1.002", "a").dependsOn())
                .add(StepBuilder.of("2.001", "a").dependsOn("1.001", "1.002")).build());
        assertThat(dag.dependencies(1)).isEmpty();
        assertThat(dag.dependencies(2)).containsExactly(0, 1);
        assertThat(dag.layers()).containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void parallelExecutionFalseForcesFileOrder() {
        Dag dag = Dag.of(Flows.workflow().policy(null, false, false, null).step("1.001", "a")
                .add(StepBuilder.of("1.002", "a").dependsOn()).add(StepBuilder.of("1.003", "a").dependsOn()).build());
        assertThat(dag.layers()).containsExactly(List.of(0), List.of(1), List.of(2));
    }

    @Test
    void unknownDependencyAndCyclesAreRefusedWithTheStepIds() {
        assertThatThrownBy(() -> Dag.of(Flows.workflow().add(StepBuilder.of("1.001", "a").dependsOn("9.999"))
                .build())).hasMessage("step 1.001 depends on unknown step 9.999");
        assertThatThrownBy(() -> Dag.of(Flows.workflow().add(StepBuilder.of("1.001", "a").dependsOn("1.002"))
                .add(StepBuilder.of("1.002", "a").dependsOn("1.001")).build()))
                .hasMessage("dependency cycle among steps 1.001, 1.002");
    }

    @Test
    void ancestorsAreTransitive() {
        Dag dag = Dag.of(Flows.workflow().step("1", "a").step("2", "a").add(StepBuilder.of("3", "a").dependsOn())
                .add(StepBuilder.of("4", "a").dependsOn("2")).build());
        assertThat(dag.ancestors(3).stream().boxed().toList()).containsExactly(0, 1);
    }
}
