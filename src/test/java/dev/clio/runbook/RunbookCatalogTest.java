package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.common.concurrent.Threads;
import dev.clio.engine.workflow.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunbookCatalogTest {

    @TempDir
    Path dir;

    static String userRunbook(String id, String title) {
        return """
                id: %s
                title: %s
                severity: info
                steps:
                  - id: health
                    kind: investigation
                    call: health
                """.formatted(id, title);
    }

    @Test
    void builtinsComeFromTheIndexInOrder() {
        CatalogSnapshot s = RunbookCatalog.builtinsOnly().snapshot();
        assertThat(s.runbooks()).extracting(Runbook::id).startsWith("service-down", "high-memory-usage");
        assertThat(s.runbooks()).allSatisfy(r -> assertThat(r.source()).isEqualTo(Runbook.BUILTIN));
        assertThat(s.diagnostics()).isEmpty();
        assertThat(s.runbooks()).extracting(Runbook::id).hasSize(CatalogReader.index().size());
    }

    @Test
    void userRunbooksAppearChangeBreakAndGoAway() throws Exception {
        RunbookCatalog catalog = RunbookCatalog.forWorkspace(dir);
        var seen = new CopyOnWriteArrayList<CatalogSnapshot>();
        catalog.onChange(seen::add);
        int builtins = catalog.snapshot().runbooks().size();
        assertThat(catalog.refresh()).isFalse();

        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, userRunbook("mine", "Mine"));
        assertThat(catalog.refresh()).isTrue();
        assertThat(catalog.snapshot().runbook("mine")).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo("Mine");
            assertThat(r.source()).isEqualTo(Runbook.USER);
        });

        Files.writeString(file, userRunbook("mine", "Mine, renamed"));
        assertThat(catalog.refresh()).isTrue();
        assertThat(catalog.snapshot().runbook("mine").orElseThrow().title()).isEqualTo("Mine, renamed");

        Files.writeString(file, userRunbook("mine", "Mine").replace("call: health", "call: helth"));
        assertThat(catalog.refresh()).isTrue();
        assertThat(catalog.snapshot().runbook("mine")).isEmpty();
        assertThat(catalog.snapshot().diagnostics(file.toString())).extracting(Diagnostic::toLine)
                .containsExactly(file + ":7:11: error: unknown call 'helth'; did you mean 'health'? calls are "
                        + "Operation ids such as health, system.status, containers.restart [unknown-call]");
        assertThat(catalog.snapshot().runbooks()).hasSize(builtins);

        Files.delete(file);
        assertThat(catalog.refresh()).isTrue();
        assertThat(catalog.snapshot().diagnostics()).isEmpty();
        assertThat(seen).hasSize(4);
    }

    @Test
    void aUserRunbookCannotReplaceABuiltin() throws Exception {
        Files.writeString(dir.resolve("evil.yaml"), userRunbook("service-down", "Not the real one"));
        CatalogSnapshot s = RunbookCatalog.forWorkspace(dir).snapshot();
        assertThat(s.runbook("service-down").orElseThrow().source()).isEqualTo(Runbook.BUILTIN);
        assertThat(s.diagnostics()).extracting(Diagnostic::rule).containsExactly("duplicate-runbook");
        assertThat(s.diagnostics().get(0).message()).contains("a built-in runbook, which wins");
    }

    @Test
    void linksToUnknownRunbooksKeepTheUserRunbookOut() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), userRunbook("a", "A").replace("call: health",
                "call: health\n    next: runbook:service-down"));
        Files.writeString(dir.resolve("b.yaml"), userRunbook("b", "B").replace("call: health",
                "call: health\n    next: runbook:nowhere"));
        CatalogSnapshot s = RunbookCatalog.forWorkspace(dir).snapshot();
        assertThat(s.runbook("a")).isPresent();
        assertThat(s.runbook("b")).isEmpty();
        assertThat(s.diagnostics()).extracting(Diagnostic::rule).containsExactly("unknown-runbook");
    }

    @Test
    void garbageFilesNeverBreakTheBuiltins() throws Exception {
        Files.write(dir.resolve("bin.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Files.writeString(dir.resolve("huge.yaml"), "x: " + "y".repeat(RunbookLoader.MAX_BYTES + 10));
        Files.createDirectory(dir.resolve("dir.yaml"));
        Files.writeString(dir.resolve("notes.txt"), "not a runbook");
        CatalogSnapshot s = RunbookCatalog.forWorkspace(dir).snapshot();
        assertThat(s.runbook("service-down")).isPresent();
        assertThat(s.diagnostics()).extracting(Diagnostic::file).containsOnly(dir.resolve("bin.yaml").toString(),
                dir.resolve("huge.yaml").toString());
    }

    @Test
    void watchPollsOnTheScheduler() throws Exception {
        RunbookCatalog catalog = RunbookCatalog.forWorkspace(dir);
        var changed = new java.util.concurrent.CountDownLatch(1);
        catalog.onChange(s -> changed.countDown());
        var scheduler = Threads.scheduler("runbook-catalog-test", 1);
        try {
            var task = catalog.watch(scheduler, Duration.ofMillis(20));
            Files.writeString(dir.resolve("w.yaml"), userRunbook("w", "W"));
            assertThat(changed.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(catalog.snapshot().runbook("w")).isPresent();
            task.cancel(false);
        } finally {
            scheduler.shutdownNow();
        }
    }
}
