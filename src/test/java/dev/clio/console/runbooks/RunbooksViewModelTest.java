package dev.clio.console.runbooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.common.RunbookRequest;
import dev.clio.console.common.Session;
import dev.clio.ops.embedded.EmbeddedOperations;
import dev.clio.testing.ManualClock;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view models over a real embedded engine and real runbook files; IO and UI run inline. */
class RunbooksViewModelTest {

    @TempDir
    Path dir;

    final ManualClock clock = new ManualClock("2026-12-01T10:00:00Z");
    Workspace workspace;
    Session session;
    RunbooksViewModel vm;

    @BeforeEach
    void open() throws Exception {
        WorkspaceInitializer.initialize(dir);
        workspace = new Workspace(dir);
        vm = new RunbooksViewModel(Runnable::run, Runnable::run, clock, RunbooksViewModel::catalogFor, null, null);
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    void connect(String environment) {
        session = new Session("test", environment, "workspace " + dir, EmbeddedOperations.open(workspace), workspace);
        vm.bind(session);
    }

    @Test
    void theListGroupsBySeverityCriticalFirst() {
        connect("development");
        List<RunbookEntry> entries = vm.entries();
        assertThat(entries.get(0)).isEqualTo(RunbookEntry.heading("Critical"));
        int critical = entries.indexOf(entries.stream().filter(e -> "service-down".equals(e.runbookId()))
                .findFirst().orElseThrow());
        int warning = entries.indexOf(RunbookEntry.heading("Warning"));
        int memory = entries.indexOf(entries.stream().filter(e -> "high-memory-usage".equals(e.runbookId()))
                .findFirst().orElseThrow());
        assertThat(critical).isBetween(1, warning - 1);
        assertThat(memory).isGreaterThan(warning);
        assertThat(entries).filteredOn(e -> e.kind() == RunbookEntry.Kind.RUNBOOK)
                .hasSize(vm.snapshotProperty().get().runbooks().size());
    }

    @Test
    void searchMatchesSubstringsOfSymptomsAndFuzzyTitles() {
        connect("development");
        vm.queryProperty().set("killed for memory");
        assertThat(ids()).containsExactly("high-memory-usage");
        vm.queryProperty().set("srvdwn");
        assertThat(ids()).containsExactly("service-down");
        vm.queryProperty().set("zzzz-nothing");
        assertThat(vm.entries()).isEmpty();
        vm.queryProperty().set("");
        assertThat(ids()).contains("service-down", "high-memory-usage");
    }

    @Test
    void anInvalidUserRunbookIsListedWithItsDiagnosticsAndReloadsWhenFixed() throws Exception {
        Path broken = Fixtures.write(dir, "broken.yaml", Fixtures.BROKEN);
        connect("development");
        RunbookEntry invalid = vm.entries().stream().filter(e -> e.kind() == RunbookEntry.Kind.INVALID)
                .findFirst().orElseThrow();
        assertThat(invalid.title()).isEqualTo(broken.toString());
        assertThat(invalid.diagnostics()).anyMatch(d -> d.startsWith(broken + ":6:") && d.contains("error:")
                && d.contains("investigate"));
        assertThat(ids()).as("the built-ins are unaffected").contains("service-down", "high-memory-usage");

        Fixtures.write(dir, "broken.yaml", Fixtures.BROKEN.replace("kind: investigate", "kind: investigation"));
        assertThat(vm.catalog().refresh()).isTrue();
        assertThat(ids()).contains("broken");
        assertThat(vm.entries()).noneMatch(e -> e.kind() == RunbookEntry.Kind.INVALID);
    }

    @Test
    void anAlertOpensTheRunbookThatAnswersItWithItsContext() {
        connect("development");
        RunbookRequest request = RunbookRequest.forAlert("memory_usage_critical", "alert Memory Usage Critical",
                List.of("Firing since 10:00:00"));
        vm.open(request);
        assertThat(vm.panelProperty().get().runbook().id()).isEqualTo("high-memory-usage");
        assertThat(vm.contextProperty().get()).isEqualTo(request);

        vm.open(RunbookRequest.forAlert("no_such_rule", "alert X", List.of()));
        assertThat(vm.problemProperty().get()).isEqualTo("No runbook answers the alert no_such_rule; pick one from "
                + "the list.");
        vm.open(RunbookRequest.forKpi("service_uptime", "KPI Service Uptime", List.of()));
        assertThat(vm.panelProperty().get().runbook().id()).isEqualTo("service-down");
    }

    @Test
    void aRequestBeforeTheCatalogIsReadWaitsForIt() {
        vm.open(RunbookRequest.forAlert("service_down", "alert Service Down", List.of("Firing")));
        assertThat(vm.panelProperty().get()).isNull();
        connect("development");
        assertThat(vm.panelProperty().get().runbook().id()).isEqualTo("service-down");
        assertThat(vm.contextProperty().get().context()).containsExactly("Firing");
    }

    @Test
    void typedParametersAreCheckedAsTypedAndShownResolvedInTheCall() {
        connect("development");
        vm.select("service-down");
        PanelModel panel = vm.panelProperty().get();
        assertThat(panel.step("logs").orElseThrow().call()).isEqualTo("containers.logs container=cli-orchestrator "
                + "tail=100 since= contains=");
        panel.setValue("container", "web-1");
        assertThat(panel.step("logs").orElseThrow().call()).startsWith("containers.logs container=web-1 tail=100");
        assertThat(panel.step("restart").orElseThrow().call()).isEqualTo("containers.restart container=web-1");
        panel.setValue("container", "-rf");
        assertThat(panel.problems().get("container")).isEqualTo("'-rf' does not match the pattern "
                + "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$");
        assertThat(panel.step("restart").orElseThrow().problemOrNull()).contains("container");
        assertThat(panel.step("restart").orElseThrow().runnable()).isFalse();
        assertThat(panel.step("health").orElseThrow().runnable()).as("a step without the parameter").isTrue();
    }

    @Test
    void secretsAreMaskedAndAllowedValuesEnforced() throws Exception {
        Fixtures.write(dir, "gc-check.yaml", Fixtures.DISK);
        connect("development");
        vm.select("gc-check");
        PanelModel panel = vm.panelProperty().get();
        assertThat(panel.step("search").orElseThrow().call()).contains("text=" + PanelModel.MASK)
                .doesNotContain("s3cr3t-value");
        panel.setValue("limit", "30");
        assertThat(panel.problems().get("limit")).isEqualTo("'30' is not one of 10, 20, 50");
        panel.setValue("limit", "abc");
        assertThat(panel.problems().get("limit")).isEqualTo("'abc' is not a whole number");
        panel.setValue("limit", "50");
        assertThat(panel.problems()).doesNotContainKey("limit");
        assertThat(panel.step("search").orElseThrow().call()).contains("limit=50");
    }

    @Test
    void anInvestigationRunsAtOnceWithAVerdictAndIsInTheHistory() throws Exception {
        Fixtures.write(dir, "gc-check.yaml", Fixtures.DISK);
        connect("development");
        vm.select("gc-check");
        PanelModel panel = vm.panelProperty().get();
        panel.run("status");
        var result = panel.step("status").orElseThrow().resultOrNull();
        assertThat(result.status()).isEqualTo("ok");
        assertThat(result.verdict()).isEqualTo("warn");
        assertThat(result.summary()).startsWith("Memory ").endsWith(": collect garbage");
        assertThat(panel.suggestedProperty().get()).isEqualTo("collect");
        assertThat(panel.step("collect").orElseThrow().suggested()).isTrue();
        assertThat(vm.history()).anyMatch(r -> r.runbookId().equals("gc-check") && r.stepId().equals("status")
                && r.verdict().equals("warn"));
        assertThat(vm.history().get(0).params()).containsEntry("token", "[REDACTED]");
    }

    @Test
    void withAnActiveIncidentEachRunLandsInItsTimeline() throws Exception {
        Fixtures.write(dir, "gc-check.yaml", Fixtures.DISK);
        connect("development");
        var incident = session.operations().openIncident(new dev.clio.ops.Incidents.OpenRequest("memory",
                dev.clio.ops.Incidents.Severity.HIGH, null, null, null));
        String[] active = {null};
        vm.recordInto(() -> active[0]);
        vm.select("gc-check");
        vm.panelProperty().get().run("status");
        var kind = dev.clio.ops.Incidents.EventKind.RUNBOOK_STEP;
        assertThat(session.operations().incidentEvents(incident.id(), 0, kind).events()).as("none active").isEmpty();

        active[0] = incident.id();
        vm.panelProperty().get().run("status");
        var steps = session.operations().incidentEvents(incident.id(), 0, kind).events();
        assertThat(steps).singleElement().satisfies(e -> {
            assertThat(e.payload()).containsEntry("runbook", "gc-check").containsEntry("step", "status")
                    .containsEntry("verdict", "warn");
            assertThat(e.payload().get("params").toString()).contains("[REDACTED]").doesNotContain("s3cr3t-value");
        });
    }

    @Test
    void runAllRunsTheInvestigationsInOrderAndLeavesRemediations() throws Exception {
        Fixtures.write(dir, "gc-check.yaml", Fixtures.DISK);
        connect("development");
        vm.select("gc-check");
        PanelModel panel = vm.panelProperty().get();
        boolean[] done = {false};
        panel.runAllInvestigations(() -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(panel.step("status").orElseThrow().resultOrNull()).isNotNull();
        assertThat(panel.step("search").orElseThrow().resultOrNull().status()).isEqualTo("ok");
        assertThat(panel.step("collect").orElseThrow().resultOrNull()).isNull();
        assertThat(vm.history()).extracting(r -> r.stepId()).containsExactlyInAnyOrder("status", "search");
    }

    @Test
    void aConfirmedRemediationRunsAndAProductionDangerousOneNeedsTheTypedName() throws Exception {
        Fixtures.write(dir, "gc-check.yaml", Fixtures.DISK);
        connect("production");
        vm.select("gc-check");
        PanelModel panel = vm.panelProperty().get();
        var request = panel.confirmation("collect");
        assertThat(request.operation()).isEqualTo("system.gc");
        assertThat(request.challengeOrNull()).isEqualTo("gc-check");
        assertThat(request.environment()).isEqualTo("production");
        panel.runRemediation("collect", "wrong", () -> { });
        assertThat(panel.step("collect").orElseThrow().resultOrNull().status()).isEqualTo("refused");
        panel.runRemediation("collect", request.challengeOrNull(), () -> { });
        assertThat(panel.step("collect").orElseThrow().resultOrNull().status()).isEqualTo("ok");
        assertThat(vm.history()).filteredOn(r -> r.stepId().equals("collect")).extracting(r -> r.status())
                .containsExactlyInAnyOrder("refused", "ok");
        assertThat(vm.history()).filteredOn(r -> r.status().equals("ok")).first()
                .satisfies(r -> assertThat(r.confirmation()).isEqualTo("gc-check"));
    }

    @Test
    void aDryRunPreviewsWithoutAConfirmationWhereTheCallHasOne() throws Exception {
        Fixtures.write(dir, "gc-check.yaml", Fixtures.DISK);
        connect("development");
        vm.select("gc-check");
        PanelModel panel = vm.panelProperty().get();
        assertThat(panel.hasPreview("clean")).isTrue();
        assertThat(panel.hasPreview("collect")).isFalse();
        panel.dryRun("clean");
        var result = panel.step("clean").orElseThrow().resultOrNull();
        assertThat(result.status()).isEqualTo("ok");
        assertThat(result.summary()).startsWith("dry run: ");
    }

    @Test
    void aDevelopmentConfirmationAsksNoChallenge() throws Exception {
        Fixtures.write(dir, "gc-check.yaml", Fixtures.DISK);
        connect("development");
        vm.select("gc-check");
        assertThat(vm.panelProperty().get().confirmation("collect").challengeOrNull()).isNull();
    }

    private List<String> ids() {
        return vm.entries().stream().filter(e -> e.kind() == RunbookEntry.Kind.RUNBOOK).map(RunbookEntry::runbookId)
                .toList();
    }
}
