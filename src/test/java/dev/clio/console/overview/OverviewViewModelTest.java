package dev.clio.console.overview;

import static dev.clio.console.overview.FeedDriver.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.common.KpiFeed;
import dev.clio.kpi.AlertSnapshot;
import dev.clio.kpi.KpiCatalog;
import dev.clio.kpi.Level;
import dev.clio.ops.Metrics.KpiReading;
import dev.clio.ops.Metrics.KpiSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OverviewViewModelTest {

    private final FeedDriver driver = new FeedDriver();
    private final List<String> navigated = new ArrayList<>();
    private final OverviewViewModel vm = new OverviewViewModel(driver.feed, driver.clock, navigated::add);

    private KpiTile tile(String id) {
        return vm.tile(id).orElseThrow();
    }

    @Test
    void everyLevelHasItsOwnValueTextAndStatus() {
        driver.poll(with("api_error_rate", 3.0, "memory_usage", 97.0, "failed_auth_rate", null));

        assertThat(tile("api_response_time_p95").level()).isEqualTo(Level.OK);
        assertThat(tile("api_response_time_p95").valueWithUnit()).isEqualTo("150 ms");
        assertThat(tile("api_error_rate").level()).isEqualTo(Level.WARNING);
        assertThat(tile("api_error_rate").reason()).isEqualTo("error rate 3% > warning 2%");
        assertThat(tile("memory_usage").level()).isEqualTo(Level.CRITICAL);
        assertThat(tile("memory_usage").ladderText()).isEqualTo("ok <75% · warn >85% · ▸ crit >95%");
        KpiTile none = tile("failed_auth_rate");
        assertThat(none.level()).isEqualTo(Level.NO_DATA);
        assertThat(none.value()).isEqualTo("no data");
        assertThat(none.unit()).isEmpty();
        assertThat(none.noteOrEmpty()).isEqualTo("nothing to measure");
        assertThat(tile("suspicious_activity").value()).as("0 is data, not 'no data'").isEqualTo("0");
        assertThat(tile("suspicious_activity").level()).isEqualTo(Level.OK);

        driver.clock.advance(Duration.ofMinutes(4));
        driver.poll(with("api_error_rate", 3.0));
        assertThat(tile("api_error_rate").status()).isEqualTo("warning for 4 min");
        assertThat(tile("api_error_rate").reason()).isEqualTo("error rate 3% > warning 2% for 4 min");
    }

    @Test
    void aSilentSourceTurnsTilesStaleKeepingTheLastValue() {
        driver.poll(with("api_response_time_p95", 620.0));
        driver.clock.advance(Duration.ofSeconds(47));
        driver.silent();

        KpiTile stale = tile("api_response_time_p95");
        assertThat(stale.level()).isEqualTo(Level.STALE);
        assertThat(stale.value()).isEqualTo("620");
        assertThat(stale.status()).isEqualTo("updated 47 s ago");
        assertThat(stale.ladder()).as("the ladder stays, unmarked").hasSize(3).noneMatch(LadderStep::current);
        assertThat(stale.levelKey()).isEqualTo("stale");
    }

    @Test
    void aReadingOlderThanTheLimitIsStale() {
        Instant measured = driver.clock.instant();
        driver.clock.advance(Duration.ofMinutes(3));
        KpiReading old = new KpiReading("cpu_usage", 42.0, "%", measured, null);
        AlertSnapshot snapshot = driver.engine.evaluate(new KpiSnapshot(driver.clock.instant(), List.of(old)), null,
                Map.of(), driver.clock.instant());
        vm.apply(new KpiFeed.Update(snapshot, driver.clock.instant(), null));
        assertThat(tile("cpu_usage").level()).isEqualTo(Level.STALE);
        assertThat(tile("cpu_usage").value()).isEqualTo("42");
        assertThat(tile("cpu_usage").status()).isEqualTo("updated 3 min ago");
        assertThat(tile("cpu_usage").spark()).allMatch(SparkPoint::gap);
    }

    @Test
    void prometheusHistorySeedsTheSparklineBeforeTheCurrentValue() {
        Instant now = driver.clock.instant();
        KpiReading current = new KpiReading("cpu_usage", 50.0, "%", now, null);
        AlertSnapshot snapshot = driver.engine.evaluate(new KpiSnapshot(now, List.of(current)), null, Map.of(), now);
        var history = Map.of("cpu_usage", List.of(
                new dev.clio.ops.prometheus.PrometheusKpis.HistoryPoint(now.minusSeconds(600), 20.0),
                new dev.clio.ops.prometheus.PrometheusKpis.HistoryPoint(now.minusSeconds(300), 30.0),
                // older than the sparkline's 15 minutes: not shown
                new dev.clio.ops.prometheus.PrometheusKpis.HistoryPoint(now.minusSeconds(1200), 99.0)));
        vm.apply(new KpiFeed.Update(snapshot, now, null, history));
        assertThat(tile("cpu_usage").spark()).extracting(SparkPoint::value).containsExactly(20.0, 30.0, 50.0);
        assertThat(tile("cpu_usage").spark().get(0).at()).isEqualTo(now.minusSeconds(600));
    }

    @Test
    void hysteresisKeepsTheLevelSteadyAtTheThreshold() {
        driver.poll(Map.of());
        List<Level> seen = new ArrayList<>();
        for (double v : new double[] {620, 495, 505, 490, 499, 480, 470}) {
            driver.clock.advance(Duration.ofSeconds(1));
            driver.poll(with("api_response_time_p95", v));
            seen.add(tile("api_response_time_p95").level());
            if (v == 495) {
                assertThat(tile("api_response_time_p95").reason()).startsWith("p95 495 ms stays warning until <= 475");
                assertThat(tile("api_response_time_p95").ladderText()).contains("▸ warn >500ms");
                assertThat(tile("api_response_time_p95").noteOrEmpty()).isEqualTo("held at warning until <= 475 ms");
            }
        }
        assertThat(tile("api_response_time_p95").noteOrEmpty()).isEmpty();
        assertThat(seen).containsExactly(Level.WARNING, Level.WARNING, Level.WARNING, Level.WARNING, Level.WARNING,
                Level.WARNING, Level.OK);
        vm.openHistory("api_response_time_p95");
        List<String> changes = vm.historyProperty().get().events().stream().map(HistoryEvent::text)
                .filter(t -> !t.startsWith("alert")).toList();
        assertThat(changes).hasSize(3);
        assertThat(changes.get(0)).startsWith("warning → ok");
        assertThat(changes.get(1)).startsWith("ok → warning: p95 620 ms > warning 500 ms");
        assertThat(changes.get(2)).startsWith("first seen ok");
    }

    @Test
    void theSparklineKeepsFifteenMinutesAtMostAndNeverGrows() {
        driver.run(1000, Map.of());
        List<SparkPoint> spark = tile("memory_usage").spark();
        assertThat(spark).hasSizeLessThanOrEqualTo(OverviewViewModel.SPARK_POINTS);
        assertThat(spark.getFirst().at()).isAfterOrEqualTo(driver.clock.instant().minus(OverviewViewModel.WINDOW));
        assertThat(spark.getLast().at()).isEqualTo(driver.clock.instant());
        assertThat(spark).noneMatch(SparkPoint::gap).allMatch(p -> p.value() == 50.0);
    }

    @Test
    void noDataAndStaleAreGapsInTheSparklineNotZero() {
        driver.run(3, with("api_error_rate", 1.0));
        driver.run(2, with("api_error_rate", null));
        driver.clock.advance(Duration.ofSeconds(1));
        driver.silent();
        driver.run(2, with("api_error_rate", 1.5));

        List<Double> values = tile("api_error_rate").spark().stream().map(SparkPoint::value).toList();
        assertThat(values).hasSize(8);
        assertThat(values.subList(0, 3)).containsOnly(1.0);
        assertThat(values.subList(3, 6)).allMatch(v -> v.isNaN());
        assertThat(values.subList(6, 8)).containsOnly(1.5);
    }

    @Test
    void neverBlankWhileRefreshing() {
        driver.poll(with("api_error_rate", 3.0));
        List<TileSection> before = vm.sectionsProperty().get();
        vm.apply(null);
        driver.feed.set(null);
        assertThat(vm.sectionsProperty().get()).isSameAs(before);
        assertThat(tile("api_error_rate").value()).isEqualTo("3");
    }

    @Test
    void tilesAreGroupedInTheRunbooksTablesInCatalogOrder() {
        driver.poll(Map.of());
        List<TileSection> sections = vm.sectionsProperty().get();
        assertThat(sections).extracting(TileSection::title).containsExactly("System Health", "Business", "Security");
        assertThat(sections).extracting(s -> s.tiles().size()).containsExactly(7, 4, 4);
        assertThat(sections.get(0).tiles()).extracting(KpiTile::id).containsExactly("api_response_time_p95",
                "api_error_rate", "workflow_success_rate", "service_uptime", "memory_usage", "cpu_usage",
                "disk_usage");
        assertThat(sections.get(2).tiles()).extracting(KpiTile::title).containsExactly(
                "Failed Authentication Rate", "Permission Denials", "Suspicious Activity", "API Key Misuse");
    }

    @Test
    void definitionsShowWaitingTilesWithTheirLadderBeforeTheFirstRefresh() {
        vm.definitions(KpiCatalog.defaults().kpis());
        KpiTile p95 = tile("api_response_time_p95");
        assertThat(p95.status()).isEqualTo(TileFormat.WAITING);
        assertThat(p95.value()).isEqualTo("…");
        assertThat(p95.ladderText()).isEqualTo("ok <200ms · warn >500ms · crit >1000ms");
        assertThat(vm.tiles()).hasSize(15);
        driver.poll(Map.of());
        assertThat(tile("api_response_time_p95").status()).isEqualTo("ok for 0 s");
    }

    @Test
    void trendKpisSayWhichWayTheyGo() {
        vm.definitions(KpiCatalog.defaults().kpis());
        driver.poll(Map.of(), Set.of(), Map.of("daily_active_users", List.of(20.0, 18.0, 16.0, 15.0, 12.0)));
        KpiTile users = tile("daily_active_users");
        assertThat(users.level()).isEqualTo(Level.WARNING);
        assertThat(users.trendOrEmpty()).isEqualTo("declining 4 days");
        assertThat(users.valueWithUnit()).isEqualTo("12 users");
        driver.poll(Map.of(), Set.of(), Map.of("daily_active_users", List.of(10.0, 12.0)));
        assertThat(tile("daily_active_users").trendOrEmpty()).isEqualTo("growing");
        driver.poll(Map.of());
        assertThat(tile("daily_active_users").trendOrEmpty()).isEqualTo("no trend yet");
        assertThat(tile("api_error_rate").trendOrEmpty()).isEmpty();
    }

    @Test
    void linkedAlertsMarkTheTileWithCountdowns() {
        driver.poll(with("memory_usage", 97.0));
        driver.run(300, with("memory_usage", 97.0));
        assertThat(tile("memory_usage").marks()).extracting(TileMark::text)
                .contains("Memory Usage critical firing, respond within 10 min");

        driver.engine.acknowledge("memory_usage_critical", "alice", "looking");
        Instant until = driver.clock.instant().plus(Duration.ofMinutes(30));
        driver.engine.silence("high_memory_usage", until, "alice", "known");
        driver.clock.advance(Duration.ofMinutes(1));
        driver.poll(with("memory_usage", 97.0));
        assertThat(tile("memory_usage").marks()).extracting(TileMark::kind, TileMark::text).contains(
                org.assertj.core.groups.Tuple.tuple(TileMark.Kind.ACKNOWLEDGED, "acknowledged by alice 1 min ago"),
                org.assertj.core.groups.Tuple.tuple(TileMark.Kind.SILENCED, "silenced, 29 min left"));
        assertThat(tile("cpu_usage").marks()).isEmpty();
    }

    @Test
    void historyFollowsUpdatesAndLinksToTheRunbooks() {
        driver.poll(with("api_response_time_p95", 620.0));
        vm.openHistory("nope");
        assertThat(vm.historyProperty().get()).isNull();
        vm.openHistory("api_response_time_p95");
        KpiHistory h = vm.historyProperty().get();
        assertThat(h.tile().runbook()).isEqualTo("High Response Time Alert");
        assertThat(h.rules()).contains("High Response Time (warning, after 5 min): pending");
        driver.clock.advance(Duration.ofSeconds(1));
        driver.poll(with("api_response_time_p95", 1200.0));
        assertThat(vm.historyProperty().get().tile().level()).isEqualTo(Level.CRITICAL);
        assertThat(vm.historyProperty().get().events()).extracting(HistoryEvent::text)
                .anyMatch(t -> t.startsWith("alert API Response Time (p95) critical inactive → pending"))
                .noneMatch(t -> t.contains("null"));
        vm.openRunbooks();
        assertThat(navigated).containsExactly("runbooks");
        vm.closeHistory();
        assertThat(vm.historyProperty().get()).isNull();
    }

    @Test
    void theHistorysRunbookLinkAsksForTheKpisRunbookWithItsValue() {
        List<dev.clio.console.common.RunbookRequest> asked = new ArrayList<>();
        OverviewViewModel linked = new OverviewViewModel(driver.feed, driver.clock, navigated::add, asked::add);
        linked.openRunbooks();
        assertThat(navigated).as("no history open: just the view").containsExactly("runbooks");
        driver.poll(with("api_response_time_p95", 1200.0));
        linked.openHistory("api_response_time_p95");
        linked.openRunbooks();
        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.kpiIdOrNull()).isEqualTo("api_response_time_p95");
            assertThat(r.origin()).isEqualTo("KPI " + linked.historyProperty().get().tile().title());
            assertThat(r.context().get(0)).startsWith("Value: " + linked.historyProperty().get().tile().value())
                    .endsWith("(critical)");
        });
    }
}
