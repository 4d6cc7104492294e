package dev.clio.ops;

import static dev.clio.ops.OperationsContractBase.assertKind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.ops.OpsException.Kind;
import dev.clio.ops.Runbooks.CommandRequest;
import dev.clio.ops.Runbooks.RunRecord;
import dev.clio.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The runbook calls of the Operations contract (run by every {@link OperationsContract} subclass: SQLite,
 * PostgreSQL, remote): the shared run history and command steps resolved from the serving side's own catalog.
 */
public abstract class RunbookCallsContract extends IncidentsContract {

    static final String USER_RUNBOOK = """
            id: probe
            title: Probe
            severity: info
            params:
              word: {type: string, default: hello}
            steps:
              - id: echo
                kind: command
                argv: [echo, --, '${params.word}']
                read_only: true
              - id: touch
                kind: command
                argv: [touch, --, made-by-runbook]
                effect: creates a file
            """;

    static RunRecord run(String status, Map<String, String> params, List<String> secrets) {
        return new RunRecord("client-id", java.time.Instant.EPOCH, "mallory", "admin", "service-down", "health",
                "investigation", status, "pass", "The service is healthy", params, secrets, null, "embedded", null,
                new Runbooks.Digest(List.of("{"), List.of("}"), 9, "ab12"), 12);
    }

    @Test
    void theServingSidesUserRunbooksAreListedAndLoadLikeItsOwn() throws IOException {
        assertThat(viewer().runbookSources()).isEmpty();
        Files.createDirectories(workspace().runbooks());
        Files.writeString(workspace().runbooks().resolve("probe.yaml"), USER_RUNBOOK);
        Files.writeString(workspace().runbooks().resolve("broken.yaml"), "id: broken\nsteps: [\n");
        assertThat(viewer().runbookSources()).extracting(Runbooks.Source::file)
                .containsExactly("broken.yaml", "probe.yaml");

        var catalog = dev.clio.runbook.RunbookCatalog.forServer(viewer());
        assertThat(catalog.snapshot().runbook("probe")).as("a user runbook of the serving side").isPresent();
        assertThat(catalog.snapshot().runbook("service-down")).as("the built-ins as well").isPresent();
        assertThat(catalog.snapshot().diagnostics()).anyMatch(d -> d.file().equals("server:broken.yaml"));

        Files.delete(workspace().runbooks().resolve("probe.yaml"));
        assertThat(catalog.refresh()).isTrue();
        assertThat(catalog.snapshot().runbook("probe")).isEmpty();
    }

    @Test
    void recordedRunsAreListedNewestFirstWithTheServerStampingWhoAndWhen() {
        RunRecord first = viewer().recordRunbookRun(run("ok", Map.of("container", "web"), List.of()));
        RunRecord second = viewer().recordRunbookRun(run("refused", Map.of("password", "hunter2", "word", "pw1"),
                List.of("word")));
        assertThat(first.id()).isNotEqualTo("client-id");
        assertThat(first.operator()).isEqualTo(actorOf(caller(Role.VIEWER)));
        assertThat(first.role()).isEqualTo("viewer");
        assertThat(first.at()).isAfter(java.time.Instant.EPOCH);
        assertThat(second.params()).containsEntry("password", "[REDACTED]").containsEntry("word", "[REDACTED]");

        List<RunRecord> runs = viewer().runbookRuns(10);
        assertThat(runs).extracting(RunRecord::id).containsSubsequence(second.id(), first.id());
        RunRecord stored = runs.stream().filter(r -> r.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(stored.params()).containsEntry("container", "web");
        assertThat(stored.digest().sha256()).isEqualTo("ab12");
        assertThat(stored.durationMs()).isEqualTo(12);
        assertThat(viewer().audit(new Resources.AuditQuery(null, null, "runbooks.run", null, 10)))
                .extracting(Resources.AuditEntry::result).contains("ok", "refused");
    }

    @Test
    void badRunsAndLimitsAreInvalidRequests() {
        assertKind(Kind.INVALID_REQUEST, () -> viewer().recordRunbookRun(run("maybe", Map.of(), List.of())));
        assertKind(Kind.INVALID_REQUEST, () -> viewer().runbookRuns(0));
        assertKind(Kind.INVALID_REQUEST, () -> viewer().runbookRuns(1001));
    }

    @Test
    void commandStepsRunFromTheServingSidesOwnCatalog() throws IOException {
        Files.createDirectories(workspace().runbooks());
        Files.writeString(workspace().runbooks().resolve("probe.yaml"), USER_RUNBOOK);

        Runbooks.StepResult r = admin().runbookCommand(new CommandRequest("probe", "echo",
                Map.of("word", "a;b $(id) | c"), null));
        assertThat(r.status()).as(r.summary()).isEqualTo("ok");
        assertThat(r.display().text()).contains("a;b $(id) | c");

        Runbooks.StepResult refused = admin().runbookCommand(new CommandRequest("probe", "touch", Map.of(), null));
        assertThat(refused.status()).isEqualTo("refused");
        assertThat(workspace().root().resolve("made-by-runbook")).doesNotExist();

        assertKind(Kind.FORBIDDEN, () -> operator().runbookCommand(new CommandRequest("probe", "echo", Map.of(),
                null)));
        assertKind(Kind.NOT_FOUND, () -> admin().runbookCommand(new CommandRequest("nope", "echo", Map.of(), null)));
        Runbooks.StepResult dash = admin().runbookCommand(new CommandRequest("probe", "echo",
                Map.of("word", "--help"), null));
        assertThat(dash.status()).isEqualTo("refused");
        assertThat(dash.summary()).contains("starts with '-'");
    }
}
