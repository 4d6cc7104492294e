package dev.clio.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.clio.ops.OpsException.Kind;
import dev.clio.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One contract for every Operations implementation: each call's real behaviour on a fresh workspace. Run it against
 * the embedded engine and against the remote client over a real server on loopback.
 */
public abstract class OperationsContract extends RunbookCallsContract {

    private static final List<String> KPI_IDS = List.of("api_response_time_p95", "api_error_rate",
            "workflow_success_rate", "service_uptime", "memory_usage", "cpu_usage", "disk_usage", "daily_active_users",
            "token_efficiency", "workflow_completion_time", "artifact_generation_rate", "failed_auth_rate",
            "permission_denials", "suspicious_activity", "api_key_misuse");

    @Test
    void healthNamesEveryCheckAndAFreshWorkspaceIsHealthy() {
        Health.Report report = viewer().health();
        assertThat(report.checks()).extracting(Health.Check::name).contains("workflow_schemas",
                "artifacts_directory", "execution_store", "system_memory", "disk_space");
        assertThat(report.checks()).filteredOn(c -> Set.of("workflow_schemas", "artifacts_directory",
                "execution_store").contains(c.name())).allSatisfy(c -> assertThat(c.status()).isEqualTo("healthy"));
        assertThat(report.status()).isNotEqualTo("unhealthy");
        assertThat(report.checks()).allSatisfy(c -> assertThat(c.message()).isNotBlank());
    }

    @Test
    void healthIsUnhealthyWhenArtifactsCannotBeWritten() throws IOException {
        Path artifacts = workspace().artifacts();
        try (var files = Files.walk(artifacts)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.writeString(artifacts, "a file where the directory should be");
        Health.Report report = viewer().health();
        assertThat(report.status()).isEqualTo("unhealthy");
        assertThat(report.healthy()).isFalse();
        assertThat(report.checks()).filteredOn(c -> c.name().equals("artifacts_directory")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo("unhealthy"));
    }

    @Test
    void readyAndInfoDescribeTheService() {
        assertThat(viewer().ready().ready()).isTrue();
        Health.Info info = viewer().info();
        assertThat(info.name()).isEqualTo("cli-orchestrator");
        assertThat(info.version()).isNotBlank();
        assertThat(info.uptimeSeconds()).isGreaterThanOrEqualTo(0);
        assertThat(info.environment()).isEqualTo("development");
        assertThat(info.features()).containsKeys("metrics", "cache");
    }

    @Test
    void whoamiNamesTheCallerAndItsRole() {
        for (Role role : Role.values()) {
            Health.Identity me = operations(caller(role)).whoami();
            assertThat(me.role()).as(role.label()).isEqualTo(role);
            assertThat(me.identity()).isEqualTo(caller(role).identity());
            assertThat(me.allows(Role.OPERATOR)).isEqualTo(role != Role.VIEWER);
        }
    }

    @Test
    void metricsSummaryCountsExecutionsAndBreaksDownErrors() {
        assertThat(runToEnd(operator(), "HELLO.yaml").status()).isEqualTo("succeeded");
        assertThat(runToEnd(operator(), "FAILING.yaml").status()).isEqualTo("failed");
        Metrics.Summary summary = viewer().metricsSummary(Duration.ofHours(1));
        assertThat(summary.workflowExecutions()).isEqualTo(2);
        assertThat(summary.successfulExecutions()).isEqualTo(1);
        assertThat(summary.failedExecutions()).isEqualTo(1);
        assertThat(summary.successRate()).isEqualTo(0.5);
        assertThat(summary.averageCompletionSeconds()).isGreaterThan(0);
        assertThat(summary.errors()).containsEntry("workflow_failed", 1L).containsKeys("http_5xx", "http_4xx");
        assertKind(Kind.INVALID_REQUEST, () -> viewer().metricsSummary(Duration.ofDays(400)));
    }

    @Test
    void tokenUsageUsesTheDailyBudgetSetting() {
        Metrics.TokenUsage fresh = viewer().tokenUsage();
        assertThat(fresh.dailyUsage()).isZero();
        assertThat(fresh.budget()).isEqualTo(200_000);
        assertThat(fresh.remaining()).isEqualTo(200_000);
        assertThat(fresh.projectedExhaustion()).isNull();
        admin().setConfig("max_tokens_default", "1000");
        assertThat(viewer().tokenUsage().budget()).isEqualTo(1000);
    }

    @Test
    void kpiSnapshotHasEveryRunbookKpiAndNullMeansNoData() {
        Metrics.KpiSnapshot snapshot = viewer().kpiSnapshot();
        assertThat(snapshot.readings()).extracting(Metrics.KpiReading::id).containsAll(KPI_IDS);
        Map<String, Metrics.KpiReading> byId = snapshot.readings().stream()
                .collect(java.util.stream.Collectors.toMap(Metrics.KpiReading::id, r -> r));
        assertThat(byId.get("workflow_success_rate").value()).isNull();
        assertThat(byId.get("workflow_completion_time").value()).isNull();
        assertThat(byId.get("suspicious_activity").value()).isEqualTo(0.0);
        assertThat(byId.get("disk_usage").value()).isBetween(0.0, 100.0);
        assertThat(byId.get("service_uptime").value()).isEqualTo(100.0);
        assertThat(snapshot.readings()).allSatisfy(r -> assertThat(r.measuredAt()).isNotNull());
        runToEnd(operator(), "HELLO.yaml");
        Map<String, Double> after = new java.util.HashMap<>();
        viewer().kpiSnapshot().readings().forEach(r -> after.put(r.id(), r.value()));
        assertThat(after.get("workflow_success_rate")).isEqualTo(100.0);
        assertThat(after.get("daily_active_users")).isEqualTo(1.0);
        assertThat(after.get("artifact_generation_rate")).isEqualTo(100.0);
    }

    @Test
    void growthHasOneEntryPerUtcDayOldestFirstWithEmptyDaysAsZeros() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        Metrics.Growth fresh = viewer().growth(Operations.DEFAULT_GROWTH_DAYS);
        assertThat(fresh.days()).hasSize(30);
        assertThat(fresh.from()).isEqualTo(today.minusDays(29));
        assertThat(fresh.to()).isEqualTo(today);
        assertThat(fresh.days()).extracting(Metrics.GrowthDay::date)
                .containsExactlyElementsOf(today.minusDays(29).datesUntil(today.plusDays(1)).toList());
        assertThat(fresh.days()).allSatisfy(d -> assertThat(d)
                .isEqualTo(new Metrics.GrowthDay(d.date(), 0, 0, 0, 0, 0)));
        assertThat(viewer().growth(1).days()).singleElement().extracting(Metrics.GrowthDay::date).isEqualTo(today);
        assertThat(viewer().growth(Operations.MAX_GROWTH_DAYS).days()).hasSize(366);
        assertKind(Kind.INVALID_REQUEST, () -> viewer().growth(0));
        assertKind(Kind.INVALID_REQUEST, () -> viewer().growth(367));
    }

    @Test
    void growthCountsTodaysRealExecutionsTheirOutcomesUsersAndTokens() {
        assertThat(runToEnd(operator(), "HELLO.yaml").status()).isEqualTo("succeeded");
        assertThat(runToEnd(operator(), "FAILING.yaml").status()).isEqualTo("failed");
        Workflows.Execution dry = admin().execute(new Workflows.ExecuteRequest("HELLO.yaml", true, null, null, null,
                Map.of()));
        awaitStatus(admin(), dry.executionId(), Set.of("succeeded", "failed"));
        Metrics.GrowthDay today = last(viewer().growth(7));
        assertThat(today.activeUsers()).as("the dry run's caller is not active").isEqualTo(1);
        assertThat(today.executions()).isEqualTo(2);
        assertThat(today.succeeded()).isEqualTo(1);
        assertThat(today.failed()).isEqualTo(1);
        assertThat(today.tokens()).isEqualTo(viewer().history(10).stream().filter(e -> !e.dryRun())
                .mapToLong(Workflows.Execution::tokensUsed).sum());
        runToEnd(admin(), "HELLO.yaml");
        assertThat(last(viewer().growth(7))).extracting(Metrics.GrowthDay::activeUsers, Metrics.GrowthDay::executions)
                .containsExactly(2L, 3L);
    }

    private static Metrics.GrowthDay last(Metrics.Growth growth) {
        return growth.days().get(growth.days().size() - 1);
    }

    @Test
    void adaptersReportAvailabilityAndReasons() {
        List<AdapterState> adapters = viewer().adapters();
        assertThat(adapters).filteredOn(a -> a.name().equals("shell")).singleElement()
                .satisfies(a -> assertThat(a.available()).isTrue());
        assertThat(adapters).filteredOn(a -> !a.available())
                .allSatisfy(a -> assertThat(a.reason()).isNotBlank());
    }

    @Test
    void workflowsAreListedWithTheirValidity() {
        List<Workflows.Summary> list = viewer().workflows();
        assertThat(list).filteredOn(w -> w.file().equals(".ai/workflows/HEALTH_CHECK.yaml")).singleElement()
                .satisfies(w -> {
                    assertThat(w.valid()).isTrue();
                    assertThat(w.steps()).isEqualTo(3);
                    assertThat(w.name()).isEqualTo("Health Check");
                });
        assertThat(list).filteredOn(w -> w.file().endsWith("BROKEN.yaml")).singleElement()
                .satisfies(w -> assertThat(w.valid()).isFalse());
    }

    @Test
    void verifyGivesTheValidatorsDiagnostics() {
        assertThat(viewer().verify("HELLO.yaml").valid()).isTrue();
        Workflows.Verification broken = viewer().verify(".ai/workflows/BROKEN.yaml");
        assertThat(broken.valid()).isFalse();
        assertThat(broken.diagnostics()).anySatisfy(d -> assertThat(d.severity().label()).isEqualTo("error"));
        assertKind(Kind.NOT_FOUND, () -> viewer().verify("NOPE.yaml"));
    }

    @Test
    void aWorkflowsSourceIsItsTextAndSavingValidatesFirst() throws IOException {
        Workflows.Source hello = viewer().workflowSource("HELLO.yaml");
        assertThat(hello.file()).isEqualTo(".ai/workflows/HELLO.yaml");
        assertThat(hello.text()).isEqualTo(Files.readString(workspace().workflows().resolve("HELLO.yaml")));
        String changed = hello.text().replace("Say hello", "Say hello, saved");
        Workflows.Verification saved = operator().saveWorkflow("HELLO.yaml", changed);
        assertThat(saved.valid()).isTrue();
        assertThat(Files.readString(workspace().workflows().resolve("HELLO.yaml"))).isEqualTo(changed);
        operator().saveWorkflow("team/NEW.yaml", changed);
        assertThat(viewer().workflowSource("team/NEW.yaml").text()).isEqualTo(changed);
        // an invalid text is refused with its diagnostics and nothing is written
        assertThatThrownBy(() -> operator().saveWorkflow("HELLO.yaml", changed.replace("\"shell\"", "\"shel\"")))
                .isInstanceOf(OpsException.class)
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(Kind.INVALID_REQUEST))
                .hasMessageContaining("unknown-actor");
        assertThat(Files.readString(workspace().workflows().resolve("HELLO.yaml"))).isEqualTo(changed);
        // a viewer may read but not save
        assertKind(Kind.FORBIDDEN, () -> viewer().saveWorkflow("HELLO.yaml", changed));
    }

    @Test
    void savingAWorkflowNeverWritesOutsideItsFolder() throws IOException {
        String valid = viewer().workflowSource("HELLO.yaml").text();
        Files.createSymbolicLink(workspace().workflows().resolve("escape"), outside());
        Files.createSymbolicLink(workspace().workflows().resolve("LINK.yaml"), outside().resolve("target.yaml"));
        for (String hostile : List.of("../../x.yaml", "../x.yaml", "/tmp/x.yaml", "escape/x.yaml", "LINK.yaml",
                "..\\x.yaml", "HELLO.txt", "%2e%2e/x.yaml")) {
            assertThatThrownBy(() -> operator().saveWorkflow(hostile, valid)).as(hostile)
                    .isInstanceOf(OpsException.class)
                    .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(Kind.INVALID_REQUEST));
        }
        assertThat(outside().resolve("x.yaml")).doesNotExist();
        assertThat(outside().resolve("target.yaml")).doesNotExist();
        assertThat(workspace().root().resolve("x.yaml")).doesNotExist();
    }

    @Test
    void verifyNeverReadsOutsideTheWorkspace() throws IOException {
        copyFixture("OUTSIDE.yaml", outside().resolve("OUTSIDE.yaml"));
        Files.createSymbolicLink(workspace().workflows().resolve("LINKED.yaml"), outside().resolve("OUTSIDE.yaml"));
        Files.createSymbolicLink(workspace().root().resolve("escape"), outside());
        for (String hostile : List.of("../../etc/passwd", "../outside/OUTSIDE.yaml", "/etc/passwd",
                "..%2F..%2Fetc%2Fpasswd", "%2e%2e/%2e%2e/etc/passwd", "LINKED.yaml", "escape/OUTSIDE.yaml",
                "..\\..\\etc\\passwd")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> viewer().verify(hostile))
                    .as(hostile).isInstanceOf(OpsException.class)
                    .satisfies(e -> assertThat(((OpsException) e).kind()).isIn(Kind.INVALID_REQUEST, Kind.NOT_FOUND));
        }
        assertKind(Kind.INVALID_REQUEST, () -> operator().execute(request("LINKED.yaml")));
    }

    @Test
    void executeReturnsAtOnceAndHistoryShowsTheFinishedRun() {
        Workflows.Execution started = operator().execute(request("HELLO.yaml"));
        assertThat(started.executionId()).startsWith("exec_");
        assertThat(started.status()).isIn("running", "succeeded");
        assertThat(started.workflowName()).isEqualTo("Hello");
        Workflows.Execution done = awaitStatus(viewer(), started.executionId(), Set.of("succeeded", "failed"));
        assertThat(done.status()).isEqualTo("succeeded");
        assertThat(done.steps()).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo("succeeded"));
        assertThat(done.endedAt()).isNotNull();
        assertThat(viewer().history(10)).extracting(Workflows.Execution::executionId)
                .contains(started.executionId());
        assertThat(workspace().artifacts().resolve("hello.txt")).content().contains("Hello from CLI Orchestrator");
    }

    @Test
    void dryRunExecutesNothingAndPlanShowsTheGroups() {
        Workflows.Execution dry = operator().execute(new Workflows.ExecuteRequest("HELLO.yaml", true, null, null,
                null, Map.of()));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.status()).isEqualTo("succeeded");
        assertThat(workspace().artifacts().resolve("hello.txt")).doesNotExist();
        Workflows.Plan plan = viewer().plan(request("HEALTH_CHECK.yaml"));
        assertThat(plan.steps()).hasSize(3);
        assertThat(plan.parallelGroups().stream().flatMap(List::stream))
                .containsExactlyInAnyOrder("1.001", "1.002", "1.003");
        assertThat(plan.withinBudget()).isTrue();
    }

    @Test
    void cancelStopsARunningExecution() {
        Workflows.Execution started = operator().execute(request("SLEEPY.yaml"));
        awaitStatus(viewer(), started.executionId(), Set.of("running"));
        Workflows.Execution cancelled = operator().cancel(started.executionId());
        assertThat(awaitStatus(viewer(), cancelled.executionId(), Set.of("cancelled", "failed")).status())
                .isEqualTo("cancelled");
        assertKind(Kind.CONFLICT, () -> operator().cancel(started.executionId()));
        assertKind(Kind.CONFLICT, () -> operator().resume(started.executionId()));
        assertKind(Kind.NOT_FOUND, () -> viewer().execution("exec_000000000000"));
    }

    @Test
    void healthCheckStatusVerifiesAndPlansHealthCheckYaml() {
        Workflows.HealthCheck check = viewer().healthCheckStatus();
        assertThat(check.verification().valid()).isTrue();
        assertThat(check.plan().steps()).extracting(Workflows.PlannedStep::stepId)
                .containsExactly("1.001", "1.002", "1.003");
        assertThat(check.status()).isIn("healthy", "degraded");
        assertThat(viewer().history(10)).isEmpty();
    }

    @Test
    void logsAreFilteredByEventLevelWorkflowAndText() throws IOException {
        runToEnd(operator(), "HELLO.yaml");
        runToEnd(operator(), "FAILING.yaml");
        Files.writeString(workspace().engineLog(), "not json at all\n{\"broken\":\n", StandardOpenOption.APPEND);
        List<Resources.LogEntry> started = viewer().logs(new Resources.LogQuery(Duration.ofMinutes(10), null,
                "workflow_execution_started", null, null, 100));
        assertThat(started).hasSize(2).allSatisfy(e -> assertThat(e.event()).isEqualTo("workflow_execution_started"));
        List<Resources.LogEntry> errors = viewer().logs(new Resources.LogQuery(Duration.ofMinutes(10), "ERROR", null,
                null, null, 100));
        assertThat(errors).isNotEmpty().allSatisfy(e -> {
            assertThat(e.level()).isEqualTo("ERROR");
            assertThat(e.workflowName()).isEqualTo("Failing");
        });
        assertThat(viewer().logs(new Resources.LogQuery(null, null, null, "Hello", null, 100)))
                .isNotEmpty().allSatisfy(e -> assertThat(e.workflowName()).isEqualTo("Hello"));
        assertThat(viewer().logs(new Resources.LogQuery(null, null, null, null, "fail at once", 100)))
                .isNotEmpty().allSatisfy(e -> assertThat(e.raw().toLowerCase()).contains("fail at once"));
        assertThat(viewer().logs(new Resources.LogQuery(null, null, null, null, null, 3))).hasSize(3);
    }

    @Test
    void streamLogsDeliversNewMatchingLinesUntilClosed() {
        List<Resources.LogEntry> seen = collector();
        try (Operations.Subscription ignored = viewer().streamLogs(new Resources.LogQuery(null, null,
                "workflow_completed", null, null, 0), seen::add)) {
            runToEnd(operator(), "HELLO.yaml");
            await().atMost(Duration.ofSeconds(10)).until(() -> !seen.isEmpty());
        }
        assertThat(seen).allSatisfy(e -> assertThat(e.event()).isEqualTo("workflow_completed"));
        int count = seen.size();
        runToEnd(operator(), "HELLO.yaml");
        await().pollDelay(Duration.ofMillis(600)).until(() -> true);
        assertThat(seen).hasSize(count);
    }

    @Test
    void configShowsRedactsSetsPersistsAndAudits() throws IOException {
        Map<String, Resources.ConfigEntry> shown = new java.util.HashMap<>();
        viewer().config().forEach(e -> shown.put(e.key(), e));
        assertThat(shown.get("max_tokens_default").value()).isEqualTo("200000");
        assertThat(shown.get("jwt_secret").secret()).isTrue();
        assertThat(shown.get("jwt_secret").value()).doesNotContain("cli-orchestrator-dev-secret");
        Resources.ActionResult set = admin().setConfig("max_tokens_default", "12345");
        assertThat(set.ok()).isTrue();
        assertThat(admin().config()).filteredOn(e -> e.key().equals("max_tokens_default")).singleElement()
                .satisfies(e -> {
                    assertThat(e.value()).isEqualTo("12345");
                    assertThat(e.source()).isEqualTo("file");
                });
        assertThat(Files.readString(workspace().config().resolve("orchestrator.yaml"))).contains("12345");
        assertThat(viewer().audit(new Resources.AuditQuery(null, null, "config.set", null, 10)))
                .anySatisfy(a -> {
                    assertThat(a.actor()).isEqualTo(actorOf(caller(Role.ADMIN)));
                    assertThat(a.result()).isEqualTo("ok");
                });
        assertKind(Kind.INVALID_REQUEST, () -> admin().setConfig("max_tokens_default", "lots"));
        assertKind(Kind.INVALID_REQUEST, () -> admin().setConfig("no_such_key", "1"));
    }

    @Test
    void validateConfigReportsUnknownVariablesAsWarnings() {
        assertThat(viewer().validateConfig()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo("warning");
            assertThat(f.key()).contains(UNKNOWN_VARIABLE);
        }).noneSatisfy(f -> assertThat(f.severity()).isEqualTo("error"));
    }

    @Test
    void remediationsAreRefusedForAViewerAndChangeNothing() throws IOException {
        Path tmp = Files.writeString(workspace().artifacts().resolve("left.tmp"), "x");
        assertKind(Kind.FORBIDDEN, () -> viewer().cleanArtifacts(false));
        assertKind(Kind.FORBIDDEN, () -> viewer().execute(request("HELLO.yaml")));
        assertKind(Kind.FORBIDDEN, () -> viewer().runGc());
        assertKind(Kind.FORBIDDEN, () -> viewer().dbVacuum());
        assertKind(Kind.FORBIDDEN, () -> viewer().dbCreateIndexes());
        assertKind(Kind.FORBIDDEN, () -> operator().setConfig("max_tokens_default", "1"));
        assertThat(tmp).exists();
        assertThat(viewer().history(10)).isEmpty();
        assertThat(viewer().tokenUsage().budget()).isEqualTo(200_000);
    }

    @Test
    void cleanRemovesExactlyTmpAndEmptyFilesAndNothingOutside() throws IOException {
        Path artifacts = workspace().artifacts();
        Files.createDirectories(artifacts.resolve("sub"));
        Files.writeString(artifacts.resolve("a.tmp"), "partial");
        Files.createFile(artifacts.resolve("empty.txt"));
        Files.writeString(artifacts.resolve("keep.json"), "{}");
        Files.writeString(artifacts.resolve("sub/b.tmp"), "partial");
        Path victim = Files.writeString(outside().resolve("victim.tmp"), "must survive");
        Path emptyVictim = Files.createFile(outside().resolve("empty-victim.txt"));
        Files.createSymbolicLink(artifacts.resolve("link.tmp"), victim);
        Files.createSymbolicLink(artifacts.resolve("linked-dir"), outside());
        Set<String> expected = Set.of("artifacts/a.tmp", "artifacts/empty.txt", "artifacts/sub/b.tmp");

        Resources.CleanResult dry = operator().cleanArtifacts(true);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.removed()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(artifacts.resolve("a.tmp")).exists();

        Resources.CleanResult done = operator().cleanArtifacts(false);
        assertThat(done.removed()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(done.bytesFreed()).isEqualTo(14);
        assertThat(artifacts.resolve("a.tmp")).doesNotExist();
        assertThat(artifacts.resolve("keep.json")).exists();
        assertThat(victim).hasContent("must survive");
        assertThat(emptyVictim).exists();
        assertThat(viewer().artifacts()).extracting(Resources.ArtifactInfo::path)
                .contains("artifacts/keep.json").noneMatch(p -> p.contains("link"));
        assertThat(viewer().audit(new Resources.AuditQuery(null, null, "artifacts.clean", null, 10)))
                .anySatisfy(a -> assertThat(a.actor()).isEqualTo(actorOf(caller(Role.OPERATOR))));
    }

    @Test
    void aSymlinkedArtifactsDirectoryIsRefused() throws IOException {
        Path victim = Files.writeString(outside().resolve("victim.tmp"), "must survive");
        Path artifacts = workspace().artifacts();
        try (var files = Files.walk(artifacts)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.createSymbolicLink(artifacts, outside());
        assertKind(Kind.INVALID_REQUEST, () -> operator().cleanArtifacts(false));
        assertThat(victim).exists();
    }

    @Test
    void systemReportsProcessAndVolumeFigures() {
        Resources.SystemStatus s = viewer().system();
        assertThat(s.rssBytes()).isPositive();
        assertThat(s.heapUsedBytes()).isPositive();
        assertThat(s.openFiles()).isPositive();
        assertThat(s.diskTotalBytes()).isGreaterThanOrEqualTo(s.diskUsedBytes()).isPositive();
        assertThat(s.diskPercent()).isBetween(0.0, 100.0);
        assertThat(s.memoryPercent()).isBetween(0.0, 100.0);
        assertThat(s.cores()).isPositive();
        assertThat(operator().runGc().ok()).isTrue();
    }

    @Test
    void databaseCallsAnswerWhatTheStoreCan() {
        Resources.DbStatus status = viewer().dbStatus();
        assertThat(status.reachable()).isTrue();
        assertThat(status.dialect()).isEqualTo(expectedDialect());
        assertThat(viewer().dbActivity().note()).isNotBlank();
        assertThat(viewer().dbSlowQueries().note()).isNotBlank();
        assertThat(viewer().dbLocks().rows()).isEmpty();
        assertThat(operator().dbCreateIndexes().ok()).isTrue();
        assertThat(operator().dbVacuum().ok()).isTrue();
        assertThat(viewer().audit(new Resources.AuditQuery(null, null, "db.", null, 10)))
                .extracting(Resources.AuditEntry::action).contains("db.create-indexes", "db.vacuum");
    }
}
