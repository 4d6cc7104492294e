package dev.clio.engine.adapter.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.jna.Function;
import com.sun.jna.Pointer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What only the native launcher does: its own process group, a clean signal state, and how it is chosen. */
@Timeout(20)
class NativeLauncherTest {

    @TempDir
    Path workspace;

    private static final int SIGURG = 23;

    private long orphan = -1;

    @AfterEach
    void killTheOrphanIfATestFailed() {
        if (orphan > 0) {
            ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private ProcessRunner runner() {
        return new ProcessRunner(workspace, Map.of("PATH", System.getenv("PATH")), Duration.ofSeconds(2),
                Launchers.Choice.NATIVE);
    }

    @Test
    void isAvailableOnThisMachineAndIsWhatAutoUses() throws Exception {
        assertThat(Launchers.select(Launchers.Choice.NATIVE).name()).isEqualTo("native (posix_spawn)");
        assertThat(Launchers.describeAuto()).isEqualTo("native (posix_spawn)");
        assertThat(Launchers.select(Launchers.Choice.AUTO)).isSameAs(Launchers.select(Launchers.Choice.NATIVE));
    }

    @Test
    void virtualThreadsGetTheJdkLauncherUnderAuto() throws Exception {
        AtomicReference<String> chosen = new AtomicReference<>();
        Thread.ofVirtual().start(() -> {
            try {
                chosen.set(Launchers.select(Launchers.Choice.AUTO).name());
            } catch (Exception e) {
                chosen.set(e.toString());
            }
        }).join();
        assertThat(chosen.get()).isEqualTo("jdk (ProcessBuilder)");
    }

    @Test
    void withoutTheNativeLauncherAutoFallsBackAndNativeIsAClearError() throws Exception {
        Launchers.Probe mac = Launchers.Probe.of("Mac OS X", "aarch64", () -> {
            throw new AssertionError("not probed on another OS");
        });
        assertThat(mac.reason()).isEqualTo("not Linux (Mac OS X)");
        Launchers.Probe oldGlibc = Launchers.Probe.of("Linux", "amd64", () -> {
            throw new UnsatisfiedLinkError("Error looking up function 'posix_spawn_file_actions_addclosefrom_np'");
        });
        assertThat(Launchers.select(Launchers.Choice.AUTO, oldGlibc, false)).isSameAs(Launchers.JDK);
        assertThatThrownBy(() -> Launchers.select(Launchers.Choice.NATIVE, oldGlibc, false))
                .isInstanceOf(java.io.IOException.class)
                .hasMessage("the native process launcher was requested (clio.process.launcher=native) but is not"
                        + " available: UnsatisfiedLinkError: Error looking up function"
                        + " 'posix_spawn_file_actions_addclosefrom_np'; use auto or jdk");
        assertThat(Launchers.Probe.of("Linux", "riscv64", () -> null).reason())
                .isEqualTo("unsupported architecture riscv64");
    }

    @Test
    void aBadSettingIsAClearError() {
        String before = System.getProperty(Launchers.PROPERTY);
        System.setProperty(Launchers.PROPERTY, "vfork");
        try {
            assertThatThrownBy(() -> new ProcessRunner(workspace).run(ProcessSpec.of("true")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("clio.process.launcher must be auto, native or jdk, got 'vfork'");
            System.setProperty(Launchers.PROPERTY, " JDK ");
            assertThat(Launchers.configured()).isEqualTo(Launchers.Choice.JDK);
        } finally {
            if (before == null) {
                System.clearProperty(Launchers.PROPERTY);
            } else {
                System.setProperty(Launchers.PROPERTY, before);
            }
        }
    }

    @Test
    void theProgramLeadsItsOwnProcessGroup() throws Exception {
        String[] stat = statFields(runner().run(ProcessSpec.of("cat", "/proc/self/stat")).stdout());
        assertThat(stat[4]).as("pgrp").isEqualTo(stat[0]);
        String[] ours = statFields(Files.readString(Path.of("/proc/self/stat")));
        assertThat(stat[4]).isNotEqualTo(ours[4]);
    }

    @Test
    void noSignalIsBlockedOrIgnoredInTheChild() throws Exception {
        // Run from a background job in a script, the JVM itself ignores SIGINT and SIGQUIT; the child must not. The
        // test ignores SIGURG (unused by the JVM) for the duration, so that it checks this wherever it runs.
        Function signal = Function.getFunction("c", "signal");
        Pointer previous = (Pointer) signal.invoke(Pointer.class, new Object[] {SIGURG, new Pointer(1)});
        String status;
        try {
            status = runner().run(ProcessSpec.of("cat", "/proc/self/status")).stdout();
            String ours = Files.readString(Path.of("/proc/self/status"));
            assertThat(mask(ours, "SigIgn") & (1L << (SIGURG - 1))).as("SIGURG ignored here").isNotZero();
        } finally {
            signal.invoke(Pointer.class, new Object[] {SIGURG, previous});
        }
        assertThat(mask(status, "SigBlk")).isZero();
        // glibc's own real-time signals 32 and 33 stay ignored until the new program's libc takes them again.
        assertThat(mask(status, "SigIgn") & 0x7fff_ffffL).as("standard signals 1-31 ignored").isZero();
    }

    @Test
    void timeoutKillsAnOrphanedGrandchildThroughTheProcessGroup() throws Exception {
        // The subshell starts sleep in the background and exits: sleep is re-parented, no longer a descendant.
        ProcessResult r = runner().run(ProcessSpec.of("sh", "-c", "(sleep 104 & echo $! > orphan.pid); sleep 104")
                .withTimeout(Duration.ofMillis(1500)));
        orphan = Long.parseLong(Files.readString(workspace.resolve("orphan.pid")).strip());
        assertThat(r.timedOut()).isTrue();
        assertThat(ProcessHandle.current().descendants().map(ProcessHandle::pid)).doesNotContain(orphan);
        await().atMost(Duration.ofSeconds(3)).until(() -> !running(orphan));
    }

    @Test
    void interruptKillsAnOrphanedGrandchildAndIsNoticedWithinASlice() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = Thread.ofPlatform().start(() -> {
            try {
                runner().run(ProcessSpec.of("sh", "-c", "(sleep 105 & echo $! > orphan.pid); sleep 105"));
            } catch (Exception e) {
                thrown.set(e);
            }
        });
        Path pidFile = workspace.resolve("orphan.pid");
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(pidFile) && Files.size(pidFile) > 1);
        orphan = Long.parseLong(Files.readString(pidFile).strip());
        worker.interrupt();
        worker.join(Duration.ofSeconds(5));
        assertThat(worker.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        await().atMost(Duration.ofSeconds(3)).until(() -> !running(orphan));
    }

    @Test
    void theChildIsReapedSoNoZombieIsLeft() throws Exception {
        ProcessResult r = runner().run(ProcessSpec.of("sh", "-c", "echo $$"));
        long pid = Long.parseLong(r.stdout().strip());
        assertThat(Files.exists(Path.of("/proc/" + pid))).as("zombie of " + pid).isFalse();
    }

    @Test
    void decodesWaitStatusLikeTheJdk() {
        assertThat(NativeChild.decode(0)).isZero();
        assertThat(NativeChild.decode(3 << 8)).isEqualTo(3);
        assertThat(NativeChild.decode(255 << 8)).isEqualTo(255);
        assertThat(NativeChild.decode(9)).isEqualTo(137);
        assertThat(NativeChild.decode(15 | 0x80)).as("core dumped").isEqualTo(143);
    }

    private static long mask(String status, String field) {
        return status.lines().filter(l -> l.startsWith(field + ":")).map(l -> Long.parseUnsignedLong(
                l.substring(field.length() + 1).strip(), 16)).findFirst().orElseThrow();
    }

    private static String[] statFields(String stat) {
        String pid = stat.substring(0, stat.indexOf(' '));
        String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new String[] {pid, "", rest[0], rest[1], rest[2]};
    }

    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
