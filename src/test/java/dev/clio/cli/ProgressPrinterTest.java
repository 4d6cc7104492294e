package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.run.ExecutionStatus;
import dev.clio.engine.run.RunEvent;
import dev.clio.engine.run.StepStatus;
import dev.clio.engine.run.listen.RunScript;
import dev.clio.engine.run.listen.TwoDaysOfRuns;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void printsOneLinePerStepChangeAndASummary() {
        ProgressPrinter printer = plain(StandardCharsets.UTF_8);
        TwoDaysOfRuns.scripts().get(0).playTo(printer);

        assertThat(output(StandardCharsets.UTF_8)).isEqualTo("""
                Running CODE_QUALITY (3 steps, budget 50,000 tokens)
                ▶ 1.001 Fast Linting (ruff_checker)
                ✓ 1.001 Fast Linting 0.42s
                ▶ 1.002 Type Checking (mypy_checker)
                ✓ 1.002 Type Checking 1.50s
                ▶ 2.001 AI Analysis (ai_editor)
                ✓ 2.001 AI Analysis 12.25s, 1,200 tokens
                ────────────────────────────────────────
                Status:     ✓ succeeded
                Steps:      3 succeeded, 0 failed, 0 skipped
                Tokens:     1,200 of 50,000 (2.4%)
                Duration:   14.18s
                Execution:  exec-a
                """);
    }

    @Test
    void retriesFailuresAndTheErrorAppearInTheSummary() {
        ProgressPrinter printer = plain(StandardCharsets.UTF_8);
        TwoDaysOfRuns.scripts().get(1).playTo(printer);

        assertThat(output(StandardCharsets.UTF_8).lines().toList()).containsSubsequence(
                "▶ 2.001 AI Fix (ai_editor)",
                "↻ 2.001 retry 2 in 2s: provider said: tokens_used over the minute quota",
                "▶ 2.001 AI Fix (ai_editor) attempt 2",
                "✗ 2.001 AI Fix failed after 2 attempts: aider exited with code 1",
                "Status:     ✗ failed",
                "Steps:      1 succeeded, 1 failed, 0 skipped",
                "Tokens:     800 of 120,000 (0.7%)",
                "Duration:   32.14s",
                "Execution:  exec-b",
                "Error:      Step 2.001 failed: aider exited with code 1");
    }

    @Test
    void skippedCachedPausedAndCancelledSteps() {
        ProgressPrinter printer = plain(StandardCharsets.UTF_8);
        TwoDaysOfRuns.scripts().get(2).playTo(printer);
        printer.onEvent(new RunEvent.ExecutionPaused("exec-c", T0, "CODE_QUALITY", "3.001", "pause_for_review"));
        printer.onEvent(new RunEvent.StepFinished("exec-c", T0, "CODE_QUALITY", "3.001", "Verify", "verifier",
                StepStatus.CANCELLED, 1, Duration.ofMillis(1250), 0, null, List.of(), false));

        assertThat(output(StandardCharsets.UTF_8).lines().toList()).contains(
                "✓ 1.001 Fast Linting 0.00s (cached)",
                "↷ 2.001 skipped: when has_errors('artifacts/linting.json') is false",
                "Tokens:     0 of 50,000 (0.0%)",
                "‖ paused at 3.001: pause_for_review",
                "■ 3.001 Verify cancelled after 1.25s");
    }

    @Test
    void fallsBackToAsciiWhenTheOutputIsNotUtf8() {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        ProgressPrinter printer = plain(latin1);
        TwoDaysOfRuns.scripts().get(1).playTo(printer);

        String out = output(latin1);
        assertThat(out).contains("RUN 1.001 Diagnostics (vscode_diagnostics)", "OK 1.001 Diagnostics 2.00s",
                "RETRY 2.001 retry 2 in 2s:", "FAIL 2.001 AI Fix failed after 2 attempts",
                "Status:     FAIL failed", "-".repeat(40));
        assertThat(out.chars().allMatch(c -> c < 128)).as("pure ASCII").isTrue();
    }

    @Test
    void redirectedOutputNeverGetsTheLiveLine() {
        ProgressPrinter printer = plain(StandardCharsets.UTF_8);
        TwoDaysOfRuns.playTo(printer);
        printer.tick();
        assertThat(output(StandardCharsets.UTF_8)).doesNotContain("\r").doesNotContain("[#");
    }

    @Test
    void aTerminalGetsALiveLineRedrawnInPlace() {
        ProgressPrinter printer = terminal();
        RunScript script = new RunScript("t1", "FLOW", T0).start("u", 0, 4)
                .step("1.001", "Lint", "ruff_checker", 0.5, 0);
        List<RunEvent> events = script.events();
        events.subList(0, 2).forEach(printer::onEvent); // started, step 1.001 started
        nanos.addAndGet(3_000_000_000L);
        printer.tick();
        assertThat(output(StandardCharsets.UTF_8)).endsWith("\r[--------------------] 0/4  1.001 Lint 3s");

        bytes.reset();
        events.subList(2, events.size()).forEach(printer::onEvent); // output (ignored), step finished
        nanos.addAndGet(100_000_000L);
        printer.tick();
        String blank = " ".repeat("[--------------------] 0/4  1.001 Lint 3s".length());
        assertThat(output(StandardCharsets.UTF_8)).isEqualTo("\r" + blank + "\r" + "✓ 1.001 Lint 0.50s\n"
                + "\r[#####---------------] 1/4");
    }

    @Test
    void theLiveLineIsRedrawnAtMostTenTimesASecond() {
        ProgressPrinter printer = terminal();
        printer.onEvent(new RunEvent.ExecutionStarted("t2", T0, "FLOW", "f.yaml", "u", 0, false, 200));
        for (int i = 0; i < 200; i++) {
            String id = "1." + i;
            printer.onEvent(new RunEvent.StepStarted("t2", T0, "FLOW", id, "s", "a", "a", 1, 0));
            printer.onEvent(new RunEvent.StepFinished("t2", T0, "FLOW", id, "s", "a", StepStatus.SUCCEEDED, 1,
                    Duration.ZERO, 0, null, List.of(), false));
            nanos.addAndGet(1_000_000L); // 200 steps in 0.2 s
            printer.tick();
        }
        String out = output(StandardCharsets.UTF_8);
        int draws = out.split("\r\\[", -1).length - 1;
        assertThat(draws).isBetween(2, 3);
        assertThat(out.lines().filter(l -> l.contains("✓")).count()).isEqualTo(200);
    }

    @Test
    void theSummaryReplacesTheLiveLineAndCloseClearsIt() {
        ProgressPrinter printer = terminal();
        new RunScript("t3", "FLOW", T0).start("u", 0, 1).step("1.001", "Lint", "ruff_checker", 0.5, 0)
                .finish(ExecutionStatus.SUCCEEDED, null).playTo(printer);
        printer.tick();
        String out = output(StandardCharsets.UTF_8);
        assertThat(out).endsWith("Execution:  t3\n");
        printer.close();
        assertThat(output(StandardCharsets.UTF_8)).isEqualTo(out);
    }

    @Test
    void concurrentStepThreadsNeverSplitALine() throws InterruptedException {
        ProgressPrinter printer = new ProgressPrinter(stream(StandardCharsets.UTF_8), true);
        printer.onEvent(new RunEvent.ExecutionStarted("t4", T0, "FLOW", "f.yaml", "u", 0, false, 400));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int base = t * 100;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = base; i < base + 100; i++) {
                    printer.onEvent(new RunEvent.StepStarted("t4", T0, "FLOW", "9." + i, "n", "a", "a", 1, 0));
                    printer.onEvent(new RunEvent.StepFinished("t4", T0, "FLOW", "9." + i, "n", "a",
                            StepStatus.SUCCEEDED, 1, Duration.ZERO, 0, null, List.of(), false));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        printer.close();
        List<String> finished = output(StandardCharsets.UTF_8).lines()
                .map(l -> l.substring(l.lastIndexOf('\r') + 1)).filter(l -> l.startsWith("✓")).toList();
        assertThat(finished).hasSize(400).allMatch(l -> l.matches("✓ 9\\.\\d+ n 0\\.00s"));
    }

    private ProgressPrinter plain(Charset charset) {
        return new ProgressPrinter(stream(charset), false, nanos::get, false);
    }

    private ProgressPrinter terminal() {
        return new ProgressPrinter(stream(StandardCharsets.UTF_8), true, nanos::get, false);
    }

    private PrintStream stream(Charset charset) {
        return new PrintStream(bytes, true, charset);
    }

    private String output(Charset charset) {
        return bytes.toString(charset);
    }
}
