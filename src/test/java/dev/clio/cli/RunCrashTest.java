package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.store.DatabaseConfig;
import dev.clio.store.ExecutionRecord;
import dev.clio.store.JdbcExecutionStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code run} process killed with SIGKILL leaves its execution interrupted on the next start. */
class RunCrashTest {

    @TempDir
    Path dir;

    @Test
    void aKilledRunIsMarkedInterruptedByTheNextRun() throws Exception {
        Path workflows = Files.createDirectories(dir.resolve(".ai/workflows"));
        for (String name : List.of("slow.yaml", "parallel.yaml")) {
            try (InputStream in = getClass().getResourceAsStream("/run/" + name)) {
                Files.copy(in, workflows.resolve(name));
            }
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "slow.yaml", "--workspace", dir.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        Path pidFile = dir.resolve("sleeper.pid");
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(pidFile) && Files.size(pidFile) > 0);
            child.destroyForcibly().waitFor();
        } finally {
            child.destroyForcibly();
            if (Files.exists(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                        .ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        MainTest.Captured next = MainTest.Captured.run("run", "parallel.yaml", "--workspace", dir.toString());
        assertThat(next.code()).as(next.err()).isZero();
        assertThat(next.err()).contains("note: 1 execution(s) of a process that died are now marked interrupted");
        DatabaseConfig config = DatabaseConfig.sqlite(dir.resolve("orchestrator.db"));
        try (JdbcExecutionStore store = JdbcExecutionStore.open(config)) {
            assertThat(store.recentExecutions(10)).extracting(ExecutionRecord::workflowName, ExecutionRecord::status)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Slow", "interrupted"),
                            org.assertj.core.groups.Tuple.tuple("Parallel lint and types", "succeeded"));
        }
    }
}
