package dev.clio.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.ops.Metrics;
import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import dev.clio.ops.Workflows;
import dev.clio.security.KeyInfo;
import dev.clio.security.KeyStatus;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator against its real server on loopback, running the real sample workflows. */
class DemoLoadTest {

    /** Fast enough to see every kind of traffic within seconds, with no burst (it would block the address). */
    static final DemoLoadSettings FAST = new DemoLoadSettings(20, Duration.ofMillis(200), Duration.ofMillis(200),
            Duration.ofMillis(300), Duration.ZERO, 3);

    @TempDir
    Path dir;

    @Test
    void producesSuccessesFailuresFailedAuthsAndForbiddenActionsThatTheKpisReflect() {
        try (DemoEngine engine = DemoEngine.open(DemoWorkspace.ensure(dir.resolve("demo")), Map.of());
                DemoLoad load = new DemoLoad(engine, FAST)) {
            load.start();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                DemoLoadStats s = load.stats();
                assertThat(s.executionsSucceeded()).as("succeeded").isPositive();
                assertThat(s.executionsFailed()).as("failed").isPositive();
                assertThat(s.budgetExceeded()).as("over budget").isPositive();
                assertThat(s.unauthorized()).as("401").isGreaterThanOrEqualTo(2);
                assertThat(s.forbidden()).as("403").isPositive();
                assertThat(s.serverErrors()).as("503 of the second stream").isPositive();
                assertThat(s.logLines()).as("log tail").isPositive();
            });
            DemoLoadStats s = load.stats();
            assertThat(s.rateLimited()).as("quiet failures never block the address").isZero();
            assertThat(s.lastError()).as("nothing failed that was not meant to").isNull();
            assertThat(s.baseUrl()).startsWith("http://127.0.0.1:");

            Operations console = engine.operations();
            // the request window caches its sums for a second: wait for one that includes the 503s
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Map<String, Double> kpis = console.kpiSnapshot().readings().stream().filter(r -> r.value() != null)
                        .collect(Collectors.toMap(Metrics.KpiReading::id, Metrics.KpiReading::value));
                assertThat(kpis.get("api_response_time_p95")).isPositive();
                assertThat(kpis.get("api_error_rate")).isPositive();
                assertThat(kpis.get("workflow_success_rate")).isStrictlyBetween(0.0, 100.0);
                assertThat(kpis.get("failed_auth_rate")).isPositive();
                assertThat(kpis.get("permission_denials")).isPositive();
                assertThat(kpis.get("api_key_misuse")).as("revoked key used, forbidden action")
                        .isGreaterThanOrEqualTo(2);
                assertThat(kpis.get("token_efficiency")).as("no AI call is made, so no token is spent").isZero();
            });

            String operator = load.identities().get(0);
            load.stop();
            assertThat(console.audit(new Resources.AuditQuery(null, operator, "workflows.execute", null, 1000)))
                    .as("each execute audited once, by the server").hasSize((int) load.stats().executionsStarted());
            List<Workflows.Execution> history = console.history(50);
            assertThat(history).isNotEmpty().allSatisfy(e -> assertThat(e.userId()).isEqualTo(operator));
            assertThat(history).anySatisfy(e -> assertThat(e.error()).startsWith("Token budget exceeded"));
            assertThat(engine.demoIdentities()).containsAll(load.identities());
            List<Resources.AuditEntry> executes = console.audit(new Resources.AuditQuery(null, operator,
                    "workflows.execute", null, 10));
            assertThat(executes).isNotEmpty().allSatisfy(a -> assertThat(a.parameters().get("inputs"))
                    .isEqualTo(Map.of(DemoLabels.INPUT, "true")));
        }
    }

    @Test
    void stopEndsItsThreadsRevokesItsKeysAndClosesTheServerAndItCanStartAgain() throws IOException {
        try (DemoEngine engine = DemoEngine.open(DemoWorkspace.ensure(dir.resolve("demo")), Map.of());
                DemoLoad load = new DemoLoad(engine, FAST)) {
            load.start();
            load.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> load.stats().executionsStarted() >= 4);
            int port = java.net.URI.create(load.stats().baseUrl()).getPort();
            List<String> identities = load.identities();

            Instant before = Instant.now();
            load.stop();
            Duration took = Duration.between(before, Instant.now());

            // the brief's bound, not a benchmark: a stop measures about 0.5 s here
            assertThat(took).as("stop returns within 2 s").isLessThan(Duration.ofSeconds(2));
            assertThat(load.isRunning()).isFalse();
            assertThat(demoThreads()).isEmpty();
            assertThat(refused(port)).as("the server no longer listens").isTrue();
            List<KeyInfo> keys = engine.engine().gate().keys().list();
            assertThat(keys).hasSize(3).allSatisfy(k -> {
                assertThat(identities).contains("key:" + k.prefix());
                assertThat(k.description()).startsWith(DemoLabels.KEY_DESCRIPTION_PREFIX);
                assertThat(k.status(Instant.now())).isEqualTo(KeyStatus.REVOKED);
            });
            assertThat(engine.operations().history(50)).noneMatch(e -> "running".equals(e.status()));
            long requests = load.stats().requests();
            assertThat(requests).as("the last session's stats stay readable").isPositive();

            load.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> load.stats().ok() > 0);
            assertThat(load.identities()).doesNotContainAnyElementsOf(identities);
            load.stop();
            assertThat(demoThreads()).isEmpty();
        }
    }

    @Test
    void aBurstOfWrongKeysIsSuspiciousActivityAndGetsTheAddressBlocked() {
        DemoLoadSettings burst = FAST.withSecurityIntervals(Duration.ofMinutes(10), Duration.ofMinutes(10),
                Duration.ofMillis(500));
        try (DemoEngine engine = DemoEngine.open(DemoWorkspace.ensure(dir.resolve("demo")), Map.of());
                DemoLoad load = new DemoLoad(engine, burst)) {
            load.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> load.stats().rateLimited() > 0);
            Map<String, Double> kpis = engine.operations().kpiSnapshot().readings().stream()
                    .filter(r -> r.value() != null)
                    .collect(Collectors.toMap(Metrics.KpiReading::id, Metrics.KpiReading::value));
            assertThat(kpis.get("suspicious_activity")).isGreaterThanOrEqualTo(1);
            assertThat(load.stats().unauthorized()).isGreaterThanOrEqualTo(DemoTraffic.BURST);
        }
    }

    static List<String> demoThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(DemoSession.THREAD_NAME)).toList();
    }

    private static boolean refused(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
