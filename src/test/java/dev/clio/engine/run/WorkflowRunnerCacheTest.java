package dev.clio.engine.run;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.run.Flows.StepBuilder;
import dev.clio.engine.workflow.Workflow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowRunnerCacheTest {

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z"));
    private TestAdapter counter;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(dir.resolve("src/pkg"));
        Files.writeString(dir.resolve("src/a.py"), "x = 1\n");
        Files.writeString(dir.resolve("src/pkg/b.py"), "y = 2\n");
        counter = TestAdapter.of("count", (r, c) -> {
            String text = "files=" + r.files() + " call";
            c.writeArtifact("artifacts/count.txt", text.getBytes(StandardCharsets.UTF_8));
            return new AdapterResult(true, 0, List.of("artifacts/count.txt"), text, null, Map.of());
        });
    }

    private Workflow cached() {
        return Flows.workflow().policy(null, true, true, null)
                .add(StepBuilder.of("1.001", "count").with("files", "src/**/*.py")).build();
    }

    private ExecutionResult run(Harness h) {
        return h.run(cached(), h.options().clock(clock).build());
    }

    @Test
    void anUnchangedStepIsServedFromTheCache() {
        try (Harness h = new Harness(dir, counter)) {
            assertThat(run(h).step("1.001").orElseThrow().cacheHit()).isFalse();
            StepResult second = run(h).step("1.001").orElseThrow();
            assertThat(second.cacheHit()).isTrue();
            assertThat(second.artifacts()).containsExactly("artifacts/count.txt");
            assertThat(counter.calls.get()).isEqualTo(1);
            assertThat(h.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(RunEvent.StepFinished.class,
                    f -> assertThat(f.cacheHit()).isTrue()));
        }
    }

    @Test
    void changingTheContentOfAnInputFileMissesEvenInASubdirectory() throws Exception {
        try (Harness h = new Harness(dir, counter)) {
            run(h);
            Files.writeString(dir.resolve("src/pkg/b.py"), "y = 3\n");
            assertThat(run(h).step("1.001").orElseThrow().cacheHit()).isFalse();
            Files.writeString(dir.resolve("src/a.py"), "x = 2\n");
            assertThat(run(h).step("1.001").orElseThrow().cacheHit()).isFalse();
            assertThat(counter.calls.get()).isEqualTo(3);
        }
    }

    @Test
    void entriesExpireAfterTheTtl() {
        try (Harness h = new Harness(dir, counter)) {
            run(h);
            clock.advance(Duration.ofSeconds(3599));
            assertThat(run(h).step("1.001").orElseThrow().cacheHit()).isTrue();
            clock.advance(Duration.ofSeconds(2));
            assertThat(run(h).step("1.001").orElseThrow().cacheHit()).isFalse();
        }
    }

    @Test
    void aHitPutsBackADeletedArtifact() throws Exception {
        try (Harness h = new Harness(dir, counter)) {
            run(h);
            String original = Files.readString(dir.resolve("artifacts/count.txt"));
            Files.delete(dir.resolve("artifacts/count.txt"));
            assertThat(run(h).step("1.001").orElseThrow().cacheHit()).isTrue();
            assertThat(Files.readString(dir.resolve("artifacts/count.txt"))).isEqualTo(original);
            try (var cache = Files.list(dir.resolve("cache"))) {
                assertThat(cache.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".json"))
                        .noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }

    @Test
    void theCacheEnabledSettingSwitchesCachingOffForEveryWorkflow() {
        try (Harness h = new Harness(dir, counter)) {
            RunOptions off = h.options().clock(clock).settings(RunSettings.defaults().withCache(false,
                    Duration.ofHours(1))).build();
            h.run(cached(), off);
            assertThat(h.run(cached(), off).step("1.001").orElseThrow().cacheHit()).isFalse();
            assertThat(counter.calls.get()).isEqualTo(2);
        }
    }

    @Test
    void withoutEnableCachingEveryRunExecutes() {
        try (Harness h = new Harness(dir, counter)) {
            Workflow plain = Flows.workflow().add(StepBuilder.of("1.001", "count").with("files", "src/**/*.py"))
                    .build();
            h.run(plain);
            h.run(plain);
            assertThat(counter.calls.get()).isEqualTo(2);
            assertThat(Files.exists(dir.resolve("cache"))).isFalse();
        }
    }
}
