package dev.clio.engine.adapter.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link ProcessRunner} promises, whichever launcher starts the programs; {@link ProcessRunnerTest} runs it
 * once per launcher.
 */
@Timeout(20)
abstract class ProcessRunnerContract {

    @TempDir
    Path workspace;

    abstract Launchers.Choice launcher();

    ProcessRunner runner() {
        return new ProcessRunner(workspace, Map.of("PATH", System.getenv("PATH"), "HOME", "/root",
                "SECRET_TOKEN", "must-not-leak"), Duration.ofSeconds(2), launcher());
    }

    @Test
    void capturesExitCodeAndBothStreams() throws Exception {
        ProcessResult r = runner().run(ProcessSpec.of("sh", "-c", "echo out; echo first >&2; echo last >&2; exit 3"));
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.succeeded()).isFalse();
        assertThat(r.stdout()).isEqualTo("out\n");
        assertThat(r.lastStderrLine()).isEqualTo("last");
        assertThat(r.timedOut()).isFalse();
    }

    @Test
    void argumentsAreNeverInterpretedByAShell() throws Exception {
        Files.writeString(workspace.resolve("a.txt"), "x");
        ProcessResult r = runner().run(ProcessSpec.of("printf", "%s|", "a b", "$(echo pwned)", ";", "*", "`id`"));
        assertThat(r.stdout()).isEqualTo("a b|$(echo pwned)|;|*|`id`|");
    }

    @Test
    void timeoutKillsTheWholeProcessTreePromptly() throws Exception {
        List<Long> sleepers = new CopyOnWriteArrayList<>();
        Thread watcher = Thread.ofVirtual().start(() -> collectSleepers(sleepers, "101"));
        ProcessResult r = runner().run(ProcessSpec.of("sh", "-c", "sleep 101 & sleep 101; wait")
                .withTimeout(Duration.ofMillis(1500)));
        watcher.join();
        assertThat(r.timedOut()).isTrue();
        assertThat(r.exitCode()).isEqualTo(-1);
        assertThat(r.elapsed()).isLessThan(Duration.ofSeconds(5));
        assertThat(sleepers).hasSize(2);
        await().atMost(Duration.ofSeconds(2)).until(() -> sleepers.stream().noneMatch(ProcessRunnerContract::running));
    }

    @Test
    void interruptKillsTheTreeAndThrows() throws Exception {
        List<Long> sleepers = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = Thread.ofPlatform().start(() -> {
            try {
                runner().run(ProcessSpec.of("sh", "-c", "sleep 102 & sleep 102; wait"));
            } catch (Exception e) {
                thrown.set(e);
            }
        });
        collectSleepers(sleepers, "102");
        assertThat(sleepers).hasSize(2);
        long before = System.nanoTime();
        worker.interrupt();
        worker.join(Duration.ofSeconds(5));
        assertThat(worker.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(4));
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        await().atMost(Duration.ofSeconds(2)).until(() -> sleepers.stream().noneMatch(ProcessRunnerContract::running));
    }

    @Test
    void backgroundJobsLeftBehindEndWithTheProgram() throws Exception {
        List<Long> sleepers = new CopyOnWriteArrayList<>();
        Thread watcher = Thread.ofVirtual().start(() -> collectSleepers(sleepers, "103"));
        ProcessResult r = runner().run(ProcessSpec.of("sh", "-c",
                "sleep 103 & sleep 103 & sleep 0.6; echo parent done").withTimeout(Duration.ofSeconds(10)));
        watcher.join();
        assertThat(r.timedOut()).isFalse();
        assertThat(r.stdout()).isEqualTo("parent done\n");
        assertThat(r.elapsed()).isLessThan(Duration.ofSeconds(6));
        await().atMost(Duration.ofSeconds(2)).until(() -> sleepers.stream().noneMatch(ProcessRunnerContract::running));
    }

    @Test
    void outputIsCappedKeepingTheHead() throws Exception {
        ProcessResult r = runner().run(ProcessSpec.of("sh", "-c", "seq 1 20000").withMaxOutputBytes(1000));
        assertThat(r.truncated()).isTrue();
        assertThat(r.stdout()).startsWith("1\n2\n3\n");
        String[] parts = r.stdout().split("\\[output truncated: ", 2);
        assertThat(parts[0]).hasSizeLessThanOrEqualTo(1001);
        assertThat(parts[1]).startsWith((108894 - 1000) + " more bytes not captured (cap 1000 bytes)]");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void everyLineReachesTheListenerEvenBeyondTheCap() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        runner().run(ProcessSpec.of("sh", "-c", "seq 1 500; echo oops >&2").withMaxOutputBytes(10).onLine(lines::add));
        assertThat(lines).hasSize(501).contains("1", "500", "oops");
    }

    @Test
    void environmentIsTheAllowlistPlusExplicitEntries() throws Exception {
        ProcessResult r = runner().run(ProcessSpec.of("env").withEnv(Map.of("STEP_MODE", "fast")));
        assertThat(r.stdout().lines().map(l -> l.split("=", 2)[0]).toList())
                .containsExactlyInAnyOrder("PATH", "HOME", "STEP_MODE");
        assertThat(r.stdout()).contains("STEP_MODE=fast").doesNotContain("must-not-leak");
    }

    @Test
    void badVariableNamesAreRejected() {
        assertThatThrownBy(() -> runner().run(ProcessSpec.of("true").withEnv(Map.of("lower", "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment variable name 'lower' is not allowed: names must match [A-Z_][A-Z0-9_]*");
    }

    @Test
    void workingDirectoryStaysInsideTheWorkspace(@TempDir Path outside) throws Exception {
        Files.createDirectories(workspace.resolve("sub/dir"));
        Files.createSymbolicLink(workspace.resolve("link"), outside);
        assertThat(runner().run(ProcessSpec.of("pwd").inDirectory("sub/dir")).stdout().strip())
                .isEqualTo(workspace.resolve("sub/dir").toRealPath().toString());
        assertThatThrownBy(() -> runner().run(ProcessSpec.of("pwd").inDirectory("../")))
                .hasMessage("working directory '../' is outside the workspace");
        assertThatThrownBy(() -> runner().run(ProcessSpec.of("pwd").inDirectory("/etc")))
                .hasMessage("working directory '/etc' is outside the workspace");
        assertThatThrownBy(() -> runner().run(ProcessSpec.of("pwd").inDirectory("link")))
                .hasMessage("working directory 'link' is outside the workspace");
        assertThatThrownBy(() -> runner().run(ProcessSpec.of("pwd").inDirectory("missing")))
                .hasMessage("working directory 'missing' does not exist in the workspace");
    }

    @Test
    void stdinIsClosedSoReadersSeeEndOfInput() throws Exception {
        ProcessResult r = runner().run(ProcessSpec.of("cat").withTimeout(Duration.ofSeconds(5)));
        assertThat(r.timedOut()).isFalse();
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void missingProgramIsAClearError() {
        assertThatThrownBy(() -> runner().run(ProcessSpec.of("no-such-program-xyz")))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot run 'no-such-program-xyz': No such file or directory");
    }

    @Test
    void exitCodesArePassedOn() throws Exception {
        assertThat(runner().run(ProcessSpec.of("true")).exitCode()).isZero();
        assertThat(runner().run(ProcessSpec.of("false")).exitCode()).isEqualTo(1);
        assertThat(runner().run(ProcessSpec.of("sh", "-c", "exit 255")).exitCode()).isEqualTo(255);
        assertThat(runner().run(ProcessSpec.of("sh", "-c", "exit 42")).succeeded()).isFalse();
    }

    @Test
    void deathBySignalIs128PlusTheSignal() throws Exception {
        ProcessResult killed = runner().run(ProcessSpec.of("sh", "-c", "echo before; kill -KILL $$; echo after"));
        assertThat(killed.exitCode()).isEqualTo(128 + 9);
        assertThat(killed.stdout()).isEqualTo("before\n");
        assertThat(killed.timedOut()).isFalse();
        assertThat(runner().run(ProcessSpec.of("sh", "-c", "kill -TERM $$")).exitCode()).isEqualTo(128 + 15);
    }

    @Test
    void largeOutputOnBothStreamsDoesNotDeadlock() throws Exception {
        // stderr first: a launcher that read stdout to its end before stderr would block on the full stderr pipe.
        ProcessResult r = runner().run(ProcessSpec.of("sh", "-c",
                "seq 1 200000 >&2; seq 1 300000; seq 200001 400000 >&2")
                .withMaxOutputBytes(16 << 20).withTimeout(Duration.ofSeconds(15)));
        assertThat(r.timedOut()).isFalse();
        assertThat(r.truncated()).isFalse();
        assertThat(r.stdout()).isEqualTo(numbers(1, 300000));
        assertThat(r.stderr()).isEqualTo(numbers(1, 400000));
    }

    @Test
    void workingDirectoryAndEnvironmentReachTheProgram() throws Exception {
        Files.createDirectories(workspace.resolve("sub"));
        ProcessResult r = runner().run(ProcessSpec.of("sh", "-c", "pwd; echo \"$STEP_MODE\"; echo \"$HOME\"")
                .inDirectory("sub").withEnv(Map.of("STEP_MODE", "a b 'c' $x")));
        assertThat(r.stdout()).isEqualTo(workspace.resolve("sub").toRealPath() + "\na b 'c' $x\n/root\n");
    }

    @Test
    void noDescriptorOfTheJvmLeaksIntoTheChild() throws Exception {
        Path open = Files.writeString(workspace.resolve("held-open.txt"), "x");
        try (var held = Files.newInputStream(open); var alsoHeld = new java.io.FileInputStream(open.toFile())) {
            ProcessResult r = runner().run(ProcessSpec.of("ls", "/proc/self/fd"));
            // ls itself holds 3, the directory it lists; 0 is /dev/null, 1 and 2 the pipes.
            assertThat(r.stdout().lines().toList()).containsExactly("0", "1", "2", "3");
        }
        assertThat(runner().run(ProcessSpec.of("readlink", "/proc/self/fd/0")).stdout()).isEqualTo("/dev/null\n");
    }

    @Test
    void nonExecutableFileIsAClearError() throws Exception {
        Path script = Files.writeString(workspace.resolve("script.sh"), "#!/bin/sh\necho hi\n");
        assertThatThrownBy(() -> runner().run(ProcessSpec.of(script.toString())))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot run '" + script + "': Permission denied");
    }

    @Test
    void anExecutableWithoutAShebangLineRunsWithTheShell() throws Exception {
        Files.createDirectories(workspace.resolve("bin"));
        Path script = Files.writeString(workspace.resolve("bin/plain"), "echo \"plain $1 in $(basename \"$PWD\")\"\n");
        Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        // A relative program path is taken from the program's working directory, as execvp in the child does.
        ProcessResult r = runner().run(ProcessSpec.of("../bin/plain", "arg").inDirectory("bin"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).isEqualTo("plain arg in bin\n");
    }

    @Test
    void manyShortProgramsInParallelEachGetTheirOwnOutput() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 25; i++) {
                    String tag = thread + "-" + i;
                    try {
                        ProcessResult r = runner().run(ProcessSpec.of("sh", "-c", "echo " + tag + "; exit " + i));
                        if (!r.stdout().equals(tag + "\n") || r.exitCode() != i) {
                            failures.add(tag + ": " + r);
                        }
                    } catch (Exception e) {
                        failures.add(tag + ": " + e);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
    }

    private static String numbers(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            text.append(i).append('\n');
        }
        return text.toString();
    }

    /** Waits until two "sleep <tag>" processes descend from this JVM and records their PIDs. */
    private static void collectSleepers(List<Long> into, String tag) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            ProcessHandle.current().descendants()
                    .filter(h -> h.info().commandLine().orElse("").endsWith("sleep " + tag))
                    .map(ProcessHandle::pid).filter(pid -> !into.contains(pid)).forEach(into::add);
            return into.size() >= 2;
        });
    }

    /** Running = present in /proc and not a zombie (orphans are not always reaped in containers). */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }
}
