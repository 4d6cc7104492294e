package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.ops.OpsException;
import dev.clio.ops.Runbooks.StepResult;
import dev.clio.testing.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile user runbook's command steps do nothing harmful: no shell, no options, no escapes, bounded. */
class CommandStepsTest {

    @TempDir
    Path ws;

    CommandSteps commands;

    static final String HOSTILE = """
            id: hostile
            title: Hostile
            severity: info
            params:
              text: {type: string, default: 'x; touch pwned && $(touch pwned2) `touch pwned3` | cat > pwned4'}
              file: {type: path, default: notes.txt}
              secret: {type: string, default: s3cr3t, secret: true}
            steps:
              - id: echo
                kind: command
                argv: [printf, --, '%s', '${params.text}']
                read_only: true
              - id: cat
                kind: command
                argv: [cat, --, '${params.file}']
                read_only: true
              - id: env
                kind: command
                argv: [printenv]
                env: [ALLOWED]
                read_only: true
              - id: flood
                kind: command
                argv: ['yes']
                timeout: 5s
                output_limit: 1KiB
                read_only: true
              - id: sleep
                kind: command
                argv: [sleep, '30']
                timeout: 1s
                read_only: true
              - id: show-secret
                kind: command
                argv: [echo, --, '${params.secret}']
                read_only: true
            """;

    Runbook rb;

    @BeforeEach
    void setUp() {
        commands = new CommandSteps(ws, Map.of("PATH", System.getenv("PATH"), "ALLOWED", "yes",
                "CLIO_SECRET_TOKEN", "leak"));
        var r = RunbookLoaderTest.LOADER.load("hostile.yaml", HOSTILE, Runbook.USER);
        assertThat(r.errors()).isEmpty();
        rb = r.runbook().orElseThrow();
    }

    CommandOutput run(String step, Map<String, String> params) {
        return commands.run(rb, rb.step(step).orElseThrow(), ParamResolver.resolve(rb, params));
    }

    @Test
    void shellMetacharactersStayLiteral() throws Exception {
        CommandOutput out = run("echo", Map.of());
        assertThat(out.exitCode()).isZero();
        assertThat(out.stdout()).isEqualTo("x; touch pwned && $(touch pwned2) `touch pwned3` | cat > pwned4");
        try (var files = Files.list(ws)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().startsWith("pwned"));
        }
    }

    @Test
    void dashLeadingValuesAreRefused() {
        assertThatThrownBy(() -> run("echo", Map.of("text", "-n"))).isInstanceOf(OpsException.class)
                .hasMessageContaining("starts with '-'");
        assertThatThrownBy(() -> run("cat", Map.of("file", "--version"))).hasMessageContaining("starts with '-'");
    }

    @Test
    void pathsMayNotEscapeTheWorkspace() throws Exception {
        assertThatThrownBy(() -> run("cat", Map.of("file", "../../etc/passwd"))).hasMessageContaining(
                "leaves the workspace");
        assertThatThrownBy(() -> run("cat", Map.of("file", "/etc/passwd"))).hasMessageContaining("absolute path");
        Files.createSymbolicLink(ws.resolve("link"), Path.of("/etc"));
        assertThatThrownBy(() -> run("cat", Map.of("file", "link/passwd"))).hasMessageContaining(
                "outside the workspace");
        Files.writeString(ws.resolve("notes.txt"), "inside");
        assertThat(run("cat", Map.of()).stdout()).isEqualTo("inside");
    }

    @Test
    void onlyAllowlistedVariablesReachTheProgram() {
        String env = run("env", Map.of()).stdout();
        assertThat(env).contains("ALLOWED=yes").doesNotContain("CLIO_SECRET_TOKEN", "leak");
    }

    @Test
    void hugeOutputIsCapped() {
        CommandOutput out = run("flood", Map.of());
        assertThat(out.truncated()).isTrue();
        assertThat(out.stdout().length()).isLessThan(2048);
    }

    @Test
    void timeoutKillsTheProcess() {
        CommandOutput out = run("sleep", Map.of());
        assertThat(out.timedOut()).isTrue();
        assertThat(out.durationMs()).isLessThan(15_000);
    }

    @Test
    void secretsAreRedactedInResultsAndHistory() throws Exception {
        try (RunbookServer s = new RunbookServer(ws.resolve("srv"))) {
            RunbookRunner runner = new RunbookRunner(s.local(), Optional.of(commands), "test",
                    new ManualClock("2026-03-01T10:00:00Z"));
            StepResult r = runner.runStep(rb, "show-secret", Map.of(), null, false);
            assertThat(r.status()).isEqualTo("ok");
            assertThat(r.params()).containsEntry("secret", "[REDACTED]");
            var stored = s.local().runbookRuns(1).get(0);
            assertThat(stored.params()).containsEntry("secret", "[REDACTED]");
            assertThat(stored.secretParams()).containsExactly("secret");
        }
    }

    @Test
    void theLoaderRefusesShellsOperandsBeforeSeparatorAndPartialReferences() {
        String text = """
                id: bad
                title: Bad
                severity: info
                params:
                  p: {type: string, default: x}
                steps:
                  - id: a
                    kind: command
                    argv: [sh, -c, 'echo hi']
                  - id: b
                    kind: command
                    argv: [ls, '${params.p}']
                  - id: c
                    kind: command
                    argv: [ls, --, 'pre-${params.p}']
                  - id: d
                    kind: command
                    argv: ['${params.p}']
                  - id: e
                    kind: command
                    argv: [ls]
                    timeout: 11m
                    output_limit: 5MiB
                """;
        var rules = RunbookLoaderTest.LOADER.load("bad.yaml", text, Runbook.USER).errors().stream()
                .map(d -> d.rule() + "@" + d.line()).toList();
        assertThat(rules).containsExactlyInAnyOrder("shell-program@9", "operand-before-separator@12",
                "partial-reference@15", "program-from-param@18", "timeout-too-long@22",
                "output-limit-too-large@23");
    }
}
