package dev.clio.engine.adapter.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.Steps;
import dev.clio.engine.adapter.TestStepContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class ShellAdapterTest {

    @TempDir
    Path workspace;

    private final ShellAdapter shell = new ShellAdapter();

    private AdapterResult run(Map<String, Object> with) throws InterruptedException {
        return shell.execute(Steps.request("shell", with), new TestStepContext(workspace));
    }

    @Test
    void runsTheArgvAndWritesTheOutputArtifact() throws Exception {
        Files.createDirectories(workspace.resolve("src"));
        TestStepContext context = new TestStepContext(workspace);
        AdapterResult r = shell.execute(Steps.request("shell", Map.of("argv", List.of("sh", "-c",
                "pwd; echo \"mode=$MODE\"; echo warn >&2"), "cwd", "src", "env", Map.of("MODE", "ci"),
                "output", "artifacts/shell.log")), context);
        assertThat(r.success()).isTrue();
        assertThat(r.tokensUsed()).isZero();
        assertThat(r.output()).contains("/src\n").contains("mode=ci");
        assertThat(r.artifacts()).containsExactly("artifacts/shell.log");
        assertThat(Files.readString(workspace.resolve("artifacts/shell.log")))
                .contains("mode=ci").contains("--- stderr ---\nwarn");
        assertThat(r.metadata()).containsEntry("exit_code", 0);
        assertThat(context.lines()).contains("mode=ci", "warn");
    }

    @Test
    void failureNamesTheExitCodeAndTheLastStderrLine() throws Exception {
        AdapterResult r = run(Map.of("argv", List.of("sh", "-c", "echo one >&2; echo 'disk full' >&2; exit 4")));
        assertThat(r.success()).isFalse();
        assertThat(r.error()).isEqualTo("exit code 4: disk full");
        assertThat(r.metadata()).containsEntry("exit_code", 4);
    }

    @Test
    void aStringArgvIsRejectedWithAHint() throws Exception {
        AdapterResult r = run(Map.of("argv", "ls -la"));
        assertThat(r.success()).isFalse();
        assertThat(r.error()).startsWith("with.argv must be a list, one item per argument (got the string 'ls -la'");
    }

    @Test
    void missingArgvIsAClearError() throws Exception {
        assertThat(run(Map.of()).error()).startsWith("with.argv is required");
    }

    @Test
    void timeoutKillsAndSaysSo() throws Exception {
        long start = System.nanoTime();
        AdapterResult r = run(Map.of("argv", List.of("sleep", "30"), "timeout_seconds", 1));
        assertThat(r.success()).isFalse();
        assertThat(r.error()).isEqualTo("timed out after 1 s; the process tree was killed");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
    }

    @Test
    void anInterruptKillsTheProgramAndPropagates() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        TestStepContext context = new TestStepContext(workspace);
        Thread worker = Thread.ofPlatform().start(() -> {
            try {
                shell.execute(Steps.request("shell", Map.of("argv", List.of("sh", "-c", "echo started; sleep 60"))),
                        context);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> context.lines().contains("started"));
        worker.interrupt();
        worker.join(Duration.ofSeconds(5));
        assertThat(worker.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    }

    @Test
    void outputCapApplies() throws Exception {
        AdapterResult r = run(Map.of("argv", List.of("seq", "1", "10000"), "max_output_bytes", 100));
        assertThat(r.success()).isTrue();
        assertThat(r.output()).contains("[output truncated:");
        assertThat(r.metadata()).containsEntry("truncated", true);
    }

    @Test
    void badInputsBecomeOneLineErrors() throws Exception {
        assertThat(run(Map.of("argv", List.of("true"), "cwd", "../..")).error())
                .isEqualTo("working directory '../..' is outside the workspace");
        assertThat(run(Map.of("argv", List.of("true"), "env", Map.of("bad-name", "x"))).error())
                .startsWith("environment variable name 'bad-name' is not allowed");
        assertThat(run(Map.of("argv", List.of("no-such-binary-here"))).error())
                .isEqualTo("cannot run 'no-such-binary-here': No such file or directory");
        assertThat(run(Map.of("argv", List.of("true"), "timeout_seconds", "soon")).error())
                .isEqualTo("with.timeout_seconds must be a whole number, got 'soon'");
        assertThat(run(Map.of("argv", List.of("true"), "output", "../outside.txt")).error())
                .contains("escapes the workspace");
    }
}
