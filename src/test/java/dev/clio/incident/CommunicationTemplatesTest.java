package dev.clio.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.ops.Incidents.Communication;
import dev.clio.ops.Incidents.Incident;
import dev.clio.ops.Incidents.OpenRequest;
import dev.clio.ops.Incidents.ResolveRequest;
import dev.clio.ops.Incidents.Severity;
import dev.clio.ops.OpsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's templates filled from live incident data, and a workspace's own templates. */
class CommunicationTemplatesTest {

    @TempDir
    Path dir;
    IncidentFixture f;
    Path workspaceFile;

    @BeforeEach
    void open() {
        f = new IncidentFixture(dir);
        workspaceFile = dir.resolve("config").resolve(CommunicationTemplates.WORKSPACE_FILE);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSeedsTemplatesAreFilledFromTheIncidentAsItIsNow() {
        Incident i = f.service.open(new OpenRequest("API down", Severity.CRITICAL, "no API call succeeds", null,
                null), "local:alice");
        f.clock.advance(Duration.ofMinutes(10));
        List<Communication> filled = new CommunicationTemplates(workspaceFile).fill(f.service.get(i.id()),
                f.clock.instant());
        assertThat(filled).extracting(Communication::templateId).containsExactly("initial", "resolution");
        assertThat(filled.get(0).text()).isEqualTo("""
                🚨 INCIDENT: CLI Orchestrator Service Issues
                Severity: Critical
                Start Time: 2026-12-02 05:32:27 UTC
                Impact: no API call succeeds
                Current Status: Investigating
                Next Update: In 20 minutes (by 2026-12-02 06:02:27 UTC)
                Incident ID: INC-20261202053227""");
        f.clock.advance(Duration.ofMinutes(65));
        Incident resolved = f.service.resolve(i.id(), new ResolveRequest("disk full", "logs rotated",
                "alert at 80%"), "local:bob");
        Communication resolution = new CommunicationTemplates(workspaceFile).fill(resolved, "resolution",
                f.clock.instant());
        assertThat(resolution.text()).contains("Resolution Time: 2026-12-02 06:47:27 UTC")
                .contains("Duration: 1h 15m 00s").contains("Root Cause: disk full")
                .contains("Resolution: logs rotated").contains("Post-Mortem: Scheduled, due 2026-12-09");
    }

    @Test
    void aWorkspaceAddsItsOwnTemplateAndReplacesOneById() throws IOException {
        Files.createDirectories(workspaceFile.getParent());
        Files.writeString(workspaceFile, """
                templates:
                  - id: status-page
                    name: Status page update
                    text: "{title}: {status}, next update {next_update}"
                  - id: initial
                    name: Short initial
                    text: "{id} {severity}"
                """);
        Incident i = f.service.open(new OpenRequest("Slow", Severity.MEDIUM, null, null, null), "a");
        List<Communication> filled = new CommunicationTemplates(workspaceFile).fill(i, f.clock.instant());
        assertThat(filled).extracting(Communication::templateId).containsExactly("initial", "resolution",
                "status-page");
        assertThat(filled.get(0).text()).isEqualTo("INC-20261202053227 Medium");
        assertThat(filled.get(2).text()).startsWith("Slow: Investigating, next update In 30 minutes");
    }

    @Test
    void anUnknownPlaceholderIsReportedWithItsFileAndLine() throws IOException {
        Files.createDirectories(workspaceFile.getParent());
        Files.writeString(workspaceFile, "templates:\n  - id: x\n    text: |\n      ok {id}\n      bad {owner}\n");
        Incident i = f.service.open(new OpenRequest("Slow", Severity.MEDIUM, null, null, null), "a");
        assertThatThrownBy(() -> new CommunicationTemplates(workspaceFile).fill(i, f.clock.instant()))
                .isInstanceOf(OpsException.class)
                .hasMessageStartingWith(workspaceFile + ":5: template 'x' uses {owner}, which is not one of");
        Files.writeString(workspaceFile, "templates: [ {id: x\n");
        assertThatThrownBy(() -> new CommunicationTemplates(workspaceFile).fill(i, f.clock.instant()))
                .hasMessageContaining(workspaceFile + ":").hasMessageContaining("not a template file");
        assertThatThrownBy(() -> new CommunicationTemplates(null).fill(i, "nope", f.clock.instant()))
                .hasMessage("no communication template 'nope'; known: initial, resolution");
    }
}
