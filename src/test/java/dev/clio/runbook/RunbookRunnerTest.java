package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import dev.clio.ops.Runbooks.StepResult;
import dev.clio.security.Role;
import dev.clio.testing.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The runner over a real engine, in-process and through a real server on loopback, identically. */
class RunbookRunnerTest {

    @TempDir
    Path dir;

    RunbookServer s;
    final ManualClock clock = new ManualClock("2026-03-01T10:00:00Z");

    @BeforeEach
    void start() throws Exception {
        s = new RunbookServer(dir.resolve("ws"));
    }

    @AfterEach
    void stop() {
        s.close();
    }

    RunbookRunner runner(Operations ops) {
        return new RunbookRunner(ops, Optional.empty(), "test", clock);
    }

    static Runbook builtin(String name) throws Exception {
        return VerdictsTest.builtin(name);
    }

    static Runbook parse(String text) {
        var r = RunbookLoaderTest.LOADER.load("t.yaml", text, Runbook.USER);
        assertThat(r.errors()).isEmpty();
        return r.runbook().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "remote"})
    void highMemoryInvestigationsGiveVerdictsAndSkipRemediations(String mode) throws Exception {
        Runbook rb = builtin("high-memory-usage.yaml");
        List<StepResult> results = runner(s.ops(mode)).runInvestigations(rb, Map.of());
        assertThat(results).extracting(StepResult::stepId).containsExactly("memory", "breakdown", "containers", "gc",
                "profile", "restart");
        StepResult memory = results.get(0);
        assertThat(memory.status()).isEqualTo("ok");
        assertThat(memory.verdict()).isIn("pass", "warn", "fail");
        assertThat(memory.summary()).startsWith("Memory ").contains(" %");
        assertThat(memory.display().kind()).isEqualTo("table");
        assertThat(memory.display().rows()).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("memory_percent"));
        assertThat(memory.digest().sha256()).hasSize(64);
        assertThat(results.get(1).summary()).endsWith("open files");
        assertContainerStep(results.get(2));
        assertThat(results.get(3).status()).isEqualTo("skipped");
        assertThat(results.get(4).summary()).contains("heap dump");
        assertThat(s.local().runbookRuns(10)).extracting(r -> r.stepId()).contains("memory", "breakdown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "remote"})
    void serviceDownInvestigationsGiveVerdicts(String mode) throws Exception {
        Runbook rb = builtin("service-down.yaml");
        List<StepResult> results = runner(s.ops(mode)).runInvestigations(rb, Map.of());
        StepResult health = results.get(0);
        assertThat(health.status()).isEqualTo("ok");
        assertThat(health.verdict()).isIn("pass", "warn");
        assertThat(health.summary()).startsWith("The service is ");
        StepResult config = results.stream().filter(r -> r.stepId().equals("config")).findFirst().orElseThrow();
        assertThat(config.verdict()).isEqualTo("pass");
        assertThat(config.summary()).isEqualTo("Configuration OK");
        results.stream().filter(r -> Set.of("containers", "logs", "resources", "errors").contains(r.stepId()))
                .forEach(RunbookRunnerTest::assertContainerStep);
        assertThat(results.stream().filter(r -> r.stepId().equals("restart")).findFirst().orElseThrow().status())
                .isEqualTo("skipped");
    }

    /** With a container engine the step answers; without one it fails with a sentence, never a stack trace. */
    static void assertContainerStep(StepResult r) {
        if (RunbookServer.containerEngine()) {
            // the test engine runs no container named like the runbook's default (cli-orchestrator): steps that name
            // it say so; the others answer
            if (r.status().equals("failed")) {
                assertThat(r.summary()).startsWith("No container named cli-orchestrator at ");
            } else {
                assertThat(r.status()).as(r.summary()).isEqualTo("ok");
            }
        } else {
            assertThat(r.status()).isEqualTo("failed");
            assertThat(r.verdict()).isEqualTo("none");
            assertThat(r.summary()).isNotBlank().doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void remediationWithoutConfirmationIsRefusedAndNothingRuns() throws Exception {
        Runbook rb = builtin("high-memory-usage.yaml");
        StepResult r = runner(s.local()).runStep(rb, "gc", Map.of(), null, false);
        assertThat(r.status()).isEqualTo("refused");
        assertThat(r.summary()).contains("not confirmed", "system.gc");
        assertThat(audit("system.gc")).isEmpty();
        assertThat(audit("runbooks.run")).extracting(Resources.AuditEntry::result).containsExactly("refused");
    }

    @Test
    void viewerKeysAreRefusedWithTheReasonEvenWhenConfirmed() throws Exception {
        Runbook rb = builtin("high-memory-usage.yaml");
        Operations viewer = s.remote(Role.VIEWER);
        RunbookRunner runner = runner(viewer);
        RunbookStep gc = rb.step("gc").orElseThrow();
        assertThat(runner.refusalFor(gc, viewer.whoami())).hasValueSatisfying(why -> assertThat(why)
                .contains("viewer", "needs the operator role"));
        StepResult r = runner.runStep(rb, "gc", Map.of(), confirm("yes", "development"), false);
        assertThat(r.status()).isEqualTo("refused");
        assertThat(r.summary()).contains("needs the operator role");
        assertThat(audit("system.gc")).isEmpty();
        assertThat(runner.refusalFor(rb.step("memory").orElseThrow(), viewer.whoami())).isEmpty();
    }

    @Test
    void confirmedRemediationRunsAndIsAuditedWithTheConfirmation() throws Exception {
        Runbook rb = builtin("high-memory-usage.yaml");
        StepResult r = runner(s.remote(Role.OPERATOR)).runStep(rb, "gc", Map.of(), confirm("yes", "development"),
                false);
        assertThat(r.status()).as(r.summary()).isEqualTo("ok");
        assertThat(audit("system.gc")).hasSize(1);
        var run = audit("runbooks.run");
        assertThat(run).hasSize(1);
        assertThat(run.get(0).parameters()).containsEntry("confirmation", "yes").containsEntry("step", "gc");
        var history = s.local().runbookRuns(5).get(0);
        assertThat(history.confirmation()).isEqualTo("yes");
        assertThat(history.role()).isEqualTo("operator");
    }

    @Test
    void dangerousStepsOnProductionNeedTheTypedTargetName() throws Exception {
        Runbook rb = builtin("high-memory-usage.yaml");
        RunbookRunner runner = runner(s.local());
        StepResult wrong = runner.runStep(rb, "restart", Map.of("container", "web"), confirm("yes", "production"),
                false);
        assertThat(wrong.status()).isEqualTo("refused");
        assertThat(wrong.summary()).contains("type the target name 'web'");
        StepResult typed = runner.runStep(rb, "restart", Map.of("container", "web"), confirm("web", "production"),
                false);
        assertThat(typed.status()).isNotEqualTo("refused");
        assertThat(audit("containers.restart")).hasSize(1);
    }

    @Test
    void dryRunPreviewsWithoutChangingAnything() throws Exception {
        Path tmp = s.workspace.artifacts().resolve("left.tmp");
        Files.writeString(tmp, "x");
        Runbook rb = parse("""
                id: clean
                title: Clean
                severity: info
                steps:
                  - id: clean
                    kind: remediation
                    call: artifacts.clean
                    effect: removes temporary files
                    verdict:
                      - when: {value: count(removed), op: '>', than: 0}
                        status: warn
                        say: "{value} files to remove"
                """);
        assertThat(StepInvoker.hasPreview(rb.steps().get(0))).isTrue();
        StepResult preview = runner(s.remote(Role.OPERATOR)).runStep(rb, "clean", Map.of(), null, true);
        assertThat(preview.status()).isEqualTo("ok");
        assertThat(preview.summary()).isEqualTo("dry run: 1 files to remove");
        assertThat(tmp).exists();
    }

    @Test
    void badParametersAreActionableErrors() throws Exception {
        Runbook rb = builtin("high-memory-usage.yaml");
        RunbookRunner runner = runner(s.local());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.runStep(rb, "restart",
                Map.of("containr", "x"), null, false)).hasMessageContaining("did you mean 'container'?");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.runStep(rb, "restart",
                Map.of("container", "a b"), null, false)).hasMessageContaining("does not match the pattern");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.runStep(rb, "nope", Map.of(), null, false))
                .hasMessageContaining("has no step 'nope'");
    }

    Confirmation confirm(String text, String environment) {
        return new Confirmation("tester", text, s.url.toString(), environment);
    }

    List<Resources.AuditEntry> audit(String action) {
        return s.local().audit(new Resources.AuditQuery(null, null, action, null, 50)).stream()
                .filter(e -> e.action().equals(action)).toList();
    }
}
