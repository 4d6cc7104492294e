package dev.clio.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.common.concurrent.Threads;
import dev.clio.config.Environment;
import dev.clio.connections.Connection;
import dev.clio.connections.ConnectionFactory;
import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.ConnectionStore;
import dev.clio.console.common.KpiFeed;
import dev.clio.console.common.KpiSource;
import dev.clio.console.common.Session;
import java.util.concurrent.CopyOnWriteArrayList;
import dev.clio.integrations.prometheus.PromSample;
import dev.clio.integrations.prometheus.PromSeries;
import dev.clio.integrations.prometheus.PrometheusGateway;
import dev.clio.kpi.KpiCatalog;
import dev.clio.kpi.KpiDefinition;
import dev.clio.ops.Metrics;
import dev.clio.ops.Operations;
import dev.clio.ops.Workflows;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.ops.prometheus.PrometheusKpis;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.server.ApiServer;
import dev.clio.server.ServerOptions;
import dev.clio.server.ServerSecurity;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's Prometheus data source against a real Prometheus on a loopback port, scraping (every second, with a
 * viewer key as Bearer credentials) a real ApiServer over an embedded engine: the KPIs' promql over the server's real
 * metric names, instant and range queries, and every fallback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusDataSourceTest {

    private static final String SUMMARY = "/api/v1/metrics/summary";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern METRIC = Pattern.compile("([a-z_:][a-z0-9_:]*)\\{job=");

    @TempDir
    static Path dir;
    private EmbeddedEngine engine;
    private SecurityGate gate;
    private ApiServer server;
    private PrometheusProcess prometheus;
    private PrometheusGateway gateway;
    private String viewer;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        WorkspaceInitializer.initialize(dir.resolve("ws"));
        Workspace ws = new Workspace(dir.resolve("ws"));
        gate = ServerSecurity.open(ws.security());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        dev.clio.ops.RequestStats stats = new dev.clio.ops.RequestStats();
        engine = EmbeddedEngine.open(ws, EngineOptions.defaults().sharedWithServer(registry, stats, gate));
        // not public: Prometheus must authenticate, as against a server reachable from the network
        server = ApiServer.start(engine::operations, ServerOptions.builder(gate).port(0).registry(registry)
                .stats(stats).publicMetrics(false).build());
        viewer = gate.keys().create(Role.VIEWER, Duration.ofHours(1), "prometheus", Caller.local("test")).secret();
        prometheus = PrometheusProcess.start(dir.resolve("prometheus"), server.port(), viewer);
        gateway = PrometheusGateway.connect(prometheus.url(), Duration.ofSeconds(10));
        await().atMost(WAIT).until(() -> value("up{job=\"cli-orchestrator\"}"), v -> v != null && v == 1.0);
    }

    @AfterAll
    void stop() {
        if (prometheus != null) {
            prometheus.close();
        }
        if (server != null) {
            server.stop();
        }
        if (gate != null) {
            gate.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void every_metric_the_kpis_query_is_scraped_from_the_real_server() throws Exception {
        runHello();
        runHello();
        Set<String> names = new TreeSet<>();
        for (KpiDefinition kpi : KpiCatalog.defaults().kpis()) {
            if (kpi.promqlOrNull() != null) {
                Matcher m = METRIC.matcher(kpi.promqlOrNull().instant());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        // artifacts_generated_total appears with the first artifact; HELLO reports none
        names.remove("artifacts_generated_total");
        names.remove("tokens_used_total");
        assertThat(names).contains("http_server_requests_seconds_bucket", "system_memory_total_bytes",
                "workspace_disk_usable_bytes", "tokens_daily_budget", "auth_attempts_total",
                "security_key_misuse_incidents", "workflow_executions_total", "up");
        for (String name : names) {
            await(name + " in Prometheus").atMost(WAIT).until(
                    () -> gateway.query("count(" + name + "{job=\"cli-orchestrator\"})", Instant.now()),
                    r -> !r.isEmpty());
        }
    }

    @Test
    void the_kpis_come_from_prometheus_fleet_wide_with_no_data_where_there_is_none() throws Exception {
        // Prometheus cannot see the first increment of a series born between two scrapes: let it see one first
        call(SUMMARY, viewer);
        await().atMost(WAIT).until(() -> gateway.query("http_server_requests_seconds_count{route=\"" + SUMMARY
                + "\"}", Instant.now()), s -> !s.isEmpty());
        for (int i = 0; i < 3; i++) {
            call(SUMMARY, viewer);
        }
        call(SUMMARY, "clio_not_a_key_at_all");
        Metrics.KpiSnapshot own = engine.operations(Caller.local("test")).kpiSnapshot();
        PrometheusKpis kpis = new PrometheusKpis(gateway, KpiCatalog.defaults(), Clock.systemUTC());
        Map<String, Metrics.KpiReading> r = await().atMost(WAIT).until(() -> byId(kpis.read(own).snapshot()),
                m -> m.get("failed_auth_rate").value() != null && m.get("api_response_time_p95").value() != null);
        assertThat(kpis.read(own).problemOrNull()).isNull();
        assertThat(r.get("service_uptime").value()).isEqualTo(100.0);
        assertThat(r.get("api_error_rate").value()).as("requests without 5xx are 0 %, not no data").isEqualTo(0.0);
        assertThat(r.get("failed_auth_rate").value()).isBetween(0.0, 100.0).isNotEqualTo(0.0);
        assertThat(r.get("memory_usage").value()).isBetween(1.0, 100.0);
        assertThat(r.get("disk_usage").value()).isBetween(0.0, 100.0);
        assertThat(r.get("suspicious_activity").value()).isNotNull();
        assertThat(r.get("memory_usage").note()).contains("fleet-wide, from Prometheus (" + prometheus.url());
        assertThat(r.get("artifact_generation_rate").value()).as("no artifact metric yet").isNull();
        assertThat(r.get("artifact_generation_rate").note()).startsWith("no data in Prometheus");
        assertThat(r.get("daily_active_users").note()).startsWith("this server only (no Prometheus form)");
        assertThat(r.get("daily_active_users").value()).isEqualTo(own.readings().stream()
                .filter(k -> k.id().equals("daily_active_users")).findFirst().orElseThrow().value());
        assertThat(r.keySet()).containsExactlyElementsOf(KpiCatalog.defaults().kpis().stream()
                .map(KpiDefinition::id).toList());
    }

    @Test
    void a_counter_born_with_its_first_run_needs_a_second_run_before_the_rate_is_known() throws Exception {
        PrometheusKpis kpis = new PrometheusKpis(gateway, KpiCatalog.defaults(), Clock.systemUTC());
        runHello();
        await().atMost(WAIT).until(() -> gateway.query("workflow_executions_total", Instant.now()),
                s -> !s.isEmpty());
        runHello();
        Metrics.KpiReading rate = await().atMost(WAIT).until(
                () -> byId(kpis.read(null).snapshot()).get("workflow_success_rate"),
                k -> k.value() != null);
        assertThat(rate.value()).isEqualTo(100.0);
        assertThat(byId(kpis.read(null).snapshot()).get("daily_active_users").note())
                .isEqualTo("no Prometheus form, and the server did not answer");
    }

    @Test
    void the_range_query_gives_the_sparkline_history() throws Exception {
        Instant from = Instant.now();
        await().atMost(WAIT).until(() -> new PrometheusKpis(gateway, KpiCatalog.defaults(), Clock.systemUTC())
                .history(from.minusSeconds(30), Instant.now(), Duration.ofSeconds(1)).getOrDefault("memory_usage",
                        List.of()), points -> points.size() >= 3);
        Instant to = Instant.now();
        List<PromSeries> up = gateway.queryRange("up", to.minusSeconds(2), to, Duration.ofSeconds(1));
        assertThat(up).hasSize(1);
        assertThat(up.get(0).points()).allSatisfy(p -> assertThat(p.value()).isEqualTo(1.0));
        assertThat(up.get(0).points().get(0).at()).isBefore(up.get(0).points().get(up.get(0).points().size() - 1)
                .at());
    }

    @Test
    void a_workspace_can_override_a_kpis_promql_and_a_bad_one_names_the_error() throws Exception {
        Path ws = dir.resolve("override");
        WorkspaceInitializer.initialize(ws);
        Files.writeString(new Workspace(ws).root().resolve("config/kpis.yaml"), """
                kpis:
                  - id: cpu_usage
                    promql: 'no_such_metric{job="cli-orchestrator"}'
                  - id: disk_usage
                    promql: 'sum(up{job="cli-orchestrator"}'
                  - id: memory_usage
                    promql: {instant: 'vector(42)', range: 'vector(43)'}
                """);
        KpiCatalog catalog = KpiCatalog.load(new Workspace(ws));
        Map<String, Metrics.KpiReading> r = byId(new PrometheusKpis(gateway, catalog, Clock.systemUTC())
                .read(null).snapshot());
        assertThat(r.get("cpu_usage").value()).isNull();
        assertThat(r.get("cpu_usage").note()).isEqualTo("no data in Prometheus (" + gateway.url() + ")");
        assertThat(r.get("disk_usage").value()).isNull();
        assertThat(r.get("disk_usage").note()).contains("could not evaluate the query").doesNotContain("\n");
        assertThat(r.get("memory_usage").value()).isEqualTo(42.0);
        assertThat(new PrometheusKpis(gateway, catalog, Clock.systemUTC())
                .history(Instant.now().minusSeconds(3), Instant.now(), Duration.ofSeconds(1)).get("memory_usage"))
                .isNotEmpty().allSatisfy(p -> assertThat(p.value()).isEqualTo(43.0));
    }

    @Test
    void the_consoles_source_reads_prometheus_and_seeds_the_sparklines_once() throws Exception {
        Metrics.KpiSnapshot own = engine.operations(Caller.local("test")).kpiSnapshot();
        KpiSource source = KpiSource.of(prometheus.url(), KpiCatalog.defaults(), Clock.systemUTC());
        assertThat(source.prometheus()).isTrue();
        KpiSource.Read first = source.read(own);
        assertThat(first.problemOrNull()).isNull();
        assertThat(first.snapshot().readings()).filteredOn(r -> r.id().equals("service_uptime")).singleElement()
                .satisfies(r -> assertThat(r.note()).startsWith("fleet-wide, from Prometheus"));
        assertThat(first.history()).containsKey("memory_usage");
        assertThat(first.history().get("memory_usage")).allSatisfy(p -> assertThat(p.value()).isBetween(0.0, 100.0));
        assertThat(source.read(own).history()).as("fetched once per bind").isEmpty();

        KpiSource plain = KpiSource.of((URI) null, KpiCatalog.defaults(), Clock.systemUTC());
        assertThat(plain.prometheus()).isFalse();
        assertThat(plain.read(own).snapshot()).isSameAs(own);
    }

    @Test
    void a_connection_naming_prometheus_feeds_the_consoles_tiles_and_sparklines() throws Exception {
        Path ws = dir.resolve("console-ws");
        WorkspaceInitializer.initialize(ws);
        ConnectionProfile profile = ConnectionProfile.embedded("fleet", ws, Environment.DEVELOPMENT)
                .withPrometheus(prometheus.url());
        var scheduler = Threads.scheduler("test-feed", 1);
        try (Connection connection = new ConnectionFactory(new ConnectionStore(dir.resolve("config"))).open(profile);
                KpiFeed feed = new KpiFeed(scheduler, Runnable::run, Clock.systemUTC(), s -> Map.of())) {
            List<KpiFeed.Update> updates = new CopyOnWriteArrayList<>();
            feed.latestProperty().addListener((obs, old, now) -> updates.add(now));
            feed.bind(Session.of(connection));
            KpiFeed.Update first = await().atMost(WAIT).until(() -> updates.isEmpty() ? null : updates.get(0),
                    u -> u != null);
            assertThat(first.problemOrNull()).isNull();
            assertThat(first.snapshot().kpis()).filteredOn(k -> k.id().equals("service_uptime")).singleElement()
                    .satisfies(k -> {
                        assertThat(k.value()).isEqualTo(100.0);
                        assertThat(k.note()).startsWith("fleet-wide, from Prometheus (" + prometheus.url());
                    });
            assertThat(first.history()).containsKey("memory_usage");
            feed.refreshNow();
            KpiFeed.Update second = await().atMost(WAIT).until(() -> updates.size() < 2 ? null : updates.get(1),
                    u -> u != null);
            assertThat(second.history()).as("history only with the first update").isEmpty();
        } finally {
            Threads.shutdown(scheduler, 2_000);
        }
    }

    @Test
    void prometheus_down_falls_back_to_the_servers_own_kpis_with_a_sentence() throws Exception {
        int closed = PrometheusProcess.freePort();
        PrometheusGateway down = PrometheusGateway.connect(URI.create("http://127.0.0.1:" + closed),
                Duration.ofSeconds(5));
        Metrics.KpiSnapshot own = engine.operations(Caller.local("test")).kpiSnapshot();
        PrometheusKpis.Result result = new PrometheusKpis(down, KpiCatalog.defaults(), Clock.systemUTC()).read(own);
        assertThat(result.snapshot()).isSameAs(own);
        assertThat(new PrometheusKpis(down, KpiCatalog.defaults(), Clock.systemUTC()).history(Instant.now()
                .minusSeconds(60), Instant.now(), Duration.ofSeconds(15))).as("no history, no exception").isEmpty();
        assertThat(result.problemOrNull()).isEqualTo("Prometheus at http://127.0.0.1:" + closed + "/ does not "
                + "answer (connection refused): is it running, and is the URL right?; showing this server's own "
                + "KPIs instead");
    }

    @Test
    void an_instant_query_reads_vectors_scalars_and_nan() throws Exception {
        List<PromSample> vector = gateway.query("up{job=\"cli-orchestrator\"}", Instant.now());
        assertThat(vector).singleElement().satisfies(s -> {
            assertThat(s.labels()).containsEntry("job", "cli-orchestrator")
                    .containsEntry("instance", "127.0.0.1:" + server.port());
            assertThat(s.value()).isEqualTo(1.0);
        });
        assertThat(gateway.query("scalar(vector(2.5))", Instant.now())).singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualTo(2.5));
        assertThat(gateway.query("vector(0) / vector(0)", Instant.now())).singleElement()
                .satisfies(s -> assertThat(s.value()).isNaN());
        assertThat(gateway.query("nothing_here", Instant.now())).isEmpty();
    }

    private void runHello() {
        Operations ops = engine.operations(Caller.local("test"));
        Workflows.Execution e = ops.execute(new Workflows.ExecuteRequest("HELLO.yaml", false, null, null, null,
                Map.of()));
        await().atMost(WAIT).until(() -> ops.execution(e.executionId()).status(),
                s -> Set.of("succeeded", "failed").contains(s));
    }

    private void call(String path, String key) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("X-API-Key", key).build(), HttpResponse.BodyHandlers.discarding());
    }

    private Double value(String promql) throws Exception {
        List<PromSample> r = gateway.query(promql, Instant.now());
        return r.isEmpty() ? null : r.get(0).value();
    }

    private static Map<String, Metrics.KpiReading> byId(Metrics.KpiSnapshot s) {
        return s.readings().stream().collect(Collectors.toMap(Metrics.KpiReading::id, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
