package dev.clio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.engine.adapter.AdapterResult;
import dev.clio.workspace.Workspace;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactWriteTest {

    @TempDir
    Path dir;

    private RunStepContext context() {
        return new RunStepContext(new Workspace(dir), Clock.systemUTC(), line -> { });
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void writesInsideTheWorkspaceAndReplacesWhole() throws Exception {
        RunStepContext context = context();
        Path written = context.writeArtifact("artifacts/deep/report.json", "{\"a\":1}".getBytes());
        context.writeArtifact("artifacts/deep/report.json", "{}".getBytes());
        assertThat(written).isEqualTo(dir.resolve("artifacts/deep/report.json"));
        assertThat(Files.readString(written)).isEqualTo("{}");
        assertThat(context.written()).containsExactly("artifacts/deep/report.json");
        assertThat(allFiles()).containsExactly(written);
    }

    @Test
    void refusesPathsThatLeaveTheWorkspace() throws Exception {
        RunStepContext context = context();
        assertThatThrownBy(() -> context.writeArtifact("../outside.txt", new byte[1]))
                .hasMessage("artifact path escapes the workspace: ../outside.txt");
        assertThatThrownBy(() -> context.writeArtifact("/etc/passwd", new byte[1]))
                .hasMessageContaining("escapes the workspace");
        Path outside = Files.createTempDirectory("outside");
        Files.createSymbolicLink(dir.resolve("link"), outside);
        assertThatThrownBy(() -> context.writeArtifact("link/x.txt", new byte[1]))
                .hasMessageContaining("through a link");
        assertThatThrownBy(() -> context.writeArtifact("link/sub/dir/x.txt", new byte[1]))
                .hasMessageContaining("through a link");
        try (Stream<Path> left = Files.list(outside)) {
            assertThat(left).isEmpty();
        }
        Files.delete(dir.resolve("link"));
        Files.delete(outside);
    }

    @Test
    void anInterruptedThreadWritesNothing() {
        RunStepContext context = context();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> context.writeArtifact("artifacts/x.json", new byte[10]))
                    .isInstanceOf(InterruptedIOException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(Files.exists(dir.resolve("artifacts/x.json"))).isFalse();
    }

    @Test
    void aStepCancelledWhileWritingLeavesNoTempFileAndNoPartialArtifact() throws Exception {
        byte[] big = new byte[4 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');
        CountDownLatch wrote = new CountDownLatch(3);
        TestAdapter writer = TestAdapter.of("writer", (r, c) -> {
            while (true) {
                c.writeArtifact("artifacts/big.bin", big);
                wrote.countDown();
            }
        });
        try (Harness h = new Harness(dir, writer)) {
            Execution execution = h.runner.start(Flows.workflow().step("1.001", "writer").build(),
                    h.options().build());
            wrote.await();
            execution.cancel();
            assertThat(Harness.await(execution)).isEqualTo(ExecutionStatus.CANCELLED);
        }
        assertThat(allFiles()).containsExactly(dir.resolve("artifacts/big.bin"));
        assertThat(Files.size(dir.resolve("artifacts/big.bin"))).isEqualTo(big.length);
    }

    @Test
    void artifactsWrittenThroughTheContextAreReportedAndStored() {
        InMemoryStore store = new InMemoryStore();
        TestAdapter writer = TestAdapter.of("writer", (r, c) -> {
            c.writeArtifact("artifacts/a.json", "{}".getBytes());
            return AdapterResult.ok("", List.of(), Map.of());
        });
        try (Harness h = new Harness(dir, writer)) {
            ExecutionResult result = h.run(Flows.workflow().step("1.001", "writer").build(),
                    h.options().store(store).build());
            assertThat(result.step("1.001").orElseThrow().artifacts()).containsExactly("artifacts/a.json");
            assertThat(store.calls).contains("artifact 1.001 artifacts/a.json 2");
        }
    }
}
