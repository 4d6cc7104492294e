package dev.clio.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.ops.Metrics.KpiReading;
import dev.clio.ops.Metrics.KpiSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tiles: both sides of each threshold in each direction, hysteresis, no data vs zero, stale, trend. */
class KpiEvaluatorTest {

    static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");
    final KpiCatalog catalog = KpiCatalog.defaults();
    final KpiEvaluator evaluator = new KpiEvaluator(Duration.ofMinutes(2));

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(textBlock = """
        api_response_time_p95,    199,   OK
        api_response_time_p95,    500,   OK
        api_response_time_p95,    500.1, WARNING
        api_response_time_p95,    1000,  WARNING
        api_response_time_p95,    1001,  CRITICAL
        api_error_rate,           0,     OK
        api_error_rate,           2.01,  WARNING
        api_error_rate,           5.01,  CRITICAL
        workflow_success_rate,    99,    OK
        workflow_success_rate,    95,    OK
        workflow_success_rate,    94.99, WARNING
        workflow_success_rate,    90,    WARNING
        workflow_success_rate,    89.9,  CRITICAL
        service_uptime,           99.5,  OK
        service_uptime,           99.4,  WARNING
        service_uptime,           98.9,  CRITICAL
        memory_usage,             85,    OK
        memory_usage,             86,    WARNING
        memory_usage,             96,    CRITICAL
        cpu_usage,                84,    OK
        cpu_usage,                95.5,  CRITICAL
        disk_usage,               90.5,  WARNING
        token_efficiency,         95,    OK
        token_efficiency,         96,    WARNING
        token_efficiency,         100,   WARNING
        token_efficiency,         100.5, CRITICAL
        workflow_completion_time, 299,   OK
        workflow_completion_time, 301,   WARNING
        workflow_completion_time, 601,   CRITICAL
        artifact_generation_rate, 90,    OK
        artifact_generation_rate, 89,    WARNING
        artifact_generation_rate, 79,    CRITICAL
        failed_auth_rate,         5,     OK
        failed_auth_rate,         10.5,  CRITICAL
        permission_denials,       10.5,  WARNING
        permission_denials,       21,    CRITICAL
        suspicious_activity,      0,     OK
        suspicious_activity,      1,     WARNING
        suspicious_activity,      2,     WARNING
        suspicious_activity,      3,     CRITICAL
        api_key_misuse,           0,     OK
        api_key_misuse,           1,     WARNING
        api_key_misuse,           2,     CRITICAL
        """)
    void eachDirectionOnBothSidesOfEachThreshold(String id, double value, Level expected) {
        assertThat(judge(id, value, null).level()).isEqualTo(expected);
    }

    @Test
    void theReasonSaysWhyWithTheThresholdAndHowLong() {
        KpiTracker tracker = new KpiTracker(catalog);
        tracker.update(snapshot("api_response_time_p95", 620.0, T0), Map.of(), T0);
        Instant later = T0.plus(Duration.ofMinutes(4));
        KpiState s = find(tracker.update(snapshot("api_response_time_p95", 640.0, later), Map.of(), later),
                "api_response_time_p95");
        assertThat(s.reason()).isEqualTo("p95 640 ms > warning 500 ms for 4 min");
        assertThat(s.since()).isEqualTo(T0);
        assertThat(s.ladder()).extracting(Rung::name, Rung::text, Rung::reached).containsExactly(
                org.assertj.core.groups.Tuple.tuple("target", "<200ms", false),
                org.assertj.core.groups.Tuple.tuple("warning", ">500ms", true),
                org.assertj.core.groups.Tuple.tuple("critical", ">1000ms", false));
        assertThat(judge("workflow_success_rate", 89.0, null).reason())
                .isEqualTo("success rate 89% < critical 90%");
        assertThat(judge("memory_usage", 50.0, null).reason()).isEqualTo("memory 50% within warning >85% "
                + "(target <75%)");
    }

    @Test
    void hysteresisHoldsALevelUntilTheValueIsBackByTheMargin() {
        KpiEvaluator.Prior warning = new KpiEvaluator.Prior(Level.WARNING, T0);
        assertThat(judge("api_response_time_p95", 500.0, warning).level()).isEqualTo(Level.WARNING);
        assertThat(judge("api_response_time_p95", 476.0, warning).reason())
                .isEqualTo("p95 476 ms stays warning until <= 475 ms (warning 500 ms, hysteresis 25 ms)");
        assertThat(judge("api_response_time_p95", 475.0, warning).level()).isEqualTo(Level.OK);
        KpiEvaluator.Prior critical = new KpiEvaluator.Prior(Level.CRITICAL, T0);
        assertThat(judge("api_response_time_p95", 990.0, critical).level()).isEqualTo(Level.CRITICAL);
        assertThat(judge("api_response_time_p95", 975.0, critical).level()).isEqualTo(Level.WARNING);
        assertThat(judge("api_response_time_p95", 490.0, critical).level()).isEqualTo(Level.WARNING);
        assertThat(judge("api_response_time_p95", 100.0, critical).level()).isEqualTo(Level.OK);
        KpiEvaluator.Prior low = new KpiEvaluator.Prior(Level.WARNING, T0);
        assertThat(judge("workflow_success_rate", 95.4, low).level()).isEqualTo(Level.WARNING);
        assertThat(judge("workflow_success_rate", 95.5, low).level()).isEqualTo(Level.OK);
        assertThat(judge("workflow_success_rate", 95.4, new KpiEvaluator.Prior(Level.OK, T0)).level())
                .isEqualTo(Level.OK);
    }

    @Test
    void aValueWobblingOnTheThresholdDoesNotFlicker() {
        KpiTracker tracker = new KpiTracker(catalog);
        List<Level> levels = new java.util.ArrayList<>();
        double[] wobble = {499, 501, 499, 500, 501, 490, 499, 480, 474, 499, 500};
        for (int i = 0; i < wobble.length; i++) {
            Instant at = T0.plusSeconds(15L * i);
            levels.add(find(tracker.update(snapshot("api_response_time_p95", wobble[i], at), Map.of(), at),
                    "api_response_time_p95").level());
        }
        assertThat(levels).containsExactly(Level.OK, Level.WARNING, Level.WARNING, Level.WARNING, Level.WARNING,
                Level.WARNING, Level.WARNING, Level.WARNING, Level.OK, Level.OK, Level.OK);
    }

    @Test
    void noDataIsNotZero() {
        KpiState none = judge("api_error_rate", null, null);
        assertThat(none.level()).isEqualTo(Level.NO_DATA);
        assertThat(none.display()).isEqualTo("no data");
        assertThat(none.reason()).isEqualTo("no data: the note");
        KpiState zero = judge("api_error_rate", 0.0, null);
        assertThat(zero.level()).isEqualTo(Level.OK);
        assertThat(zero.display()).isEqualTo("0%");
        KpiState missing = evaluator.evaluate(def("cpu_usage"), null, null, T0, null);
        assertThat(missing.level()).isEqualTo(Level.NO_DATA);
        assertThat(missing.reason()).contains("does not report cpu_usage");
    }

    @Test
    void anOldReadingIsStaleAndKeepsItsLastValue() {
        KpiReading old = new KpiReading("memory_usage", 97.0, "%", T0.minus(Duration.ofMinutes(3)), "");
        KpiState s = evaluator.evaluate(def("memory_usage"), old, null, T0, null);
        assertThat(s.level()).isEqualTo(Level.STALE);
        assertThat(s.value()).isEqualTo(97.0);
        assertThat(s.reason()).isEqualTo("stale: last measured 3 min ago (limit 2 min); last value 97%");
        KpiReading fresh = new KpiReading("memory_usage", 97.0, "%", T0.minus(Duration.ofMinutes(2)), "");
        assertThat(evaluator.evaluate(def("memory_usage"), fresh, null, T0, null).level()).isEqualTo(Level.CRITICAL);
    }

    @Test
    void aSourceThatStopsAnsweringTurnsEveryTileStaleAndBackWithItsHysteresis() {
        KpiTracker tracker = new KpiTracker(catalog);
        tracker.update(snapshot("memory_usage", 90.0, T0), Map.of(), T0);
        Instant t1 = T0.plusSeconds(15);
        KpiState stale = find(tracker.update(null, Map.of(), t1), "memory_usage");
        assertThat(stale.level()).isEqualTo(Level.STALE);
        assertThat(stale.value()).isEqualTo(90.0);
        assertThat(stale.reason()).isEqualTo("stale: the source did not answer; last value 90%");
        Instant t2 = T0.plusSeconds(30);
        KpiState back = find(tracker.update(snapshot("memory_usage", 84.0, t2), Map.of(), t2), "memory_usage");
        assertThat(back.level()).as("84 is within the 2-point hysteresis of 85").isEqualTo(Level.WARNING);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
        5, 6;                        OK
        7, 7;                        OK
        10, 9, 8;                    OK
        10, 9, 8, 7;                 WARNING
        12, 8, 9, 8, 7, 6;           WARNING
        20, 19, 18, 17, 16, 15, 14;  WARNING
        20, 19, 18, 17, 16, 15, 14, 13; CRITICAL
        """)
    void dailyActiveUsersAreJudgedOnTheirTrend(String series, Level expected) {
        List<Double> days = Arrays.stream(series.split(",")).map(String::strip).map(Double::valueOf).toList();
        KpiReading today = new KpiReading("daily_active_users", 4.0, "users", T0, "");
        KpiState s = evaluator.evaluate(def("daily_active_users"), today, null, T0, days);
        assertThat(s.level()).isEqualTo(expected);
        assertThat(s.value()).isEqualTo(4.0);
    }

    @Test
    void aTrendSaysHowManyDaysAndNeedsASeries() {
        KpiReading today = new KpiReading("daily_active_users", 4.0, "users", T0, "");
        KpiState s = evaluator.evaluate(def("daily_active_users"), today, null, T0, List.of(12.0, 10.0, 9.0, 7.0));
        assertThat(s.reason()).isEqualTo("daily active users 12 → 10 → 9 → 7 users: declining 3 days, warning at "
                + "Declining 3 days");
        assertThat(evaluator.evaluate(def("daily_active_users"), today, null, T0, List.of(3.0, 5.0)).reason())
                .endsWith("growing");
        assertThat(evaluator.evaluate(def("daily_active_users"), today, null, T0, Arrays.asList(9.0, null, 7.0))
                .level()).as("a day without data ends the streak").isEqualTo(Level.OK);
        KpiState noSeries = evaluator.evaluate(def("daily_active_users"), today, null, T0, null);
        assertThat(noSeries.level()).isEqualTo(Level.NO_DATA);
        assertThat(noSeries.reason()).contains("needs the daily series").endsWith("today 4 users");
    }

    private KpiState judge(String id, Double value, KpiEvaluator.Prior prior) {
        KpiReading r = new KpiReading(id, value, def(id).unit(), T0, "the note");
        return evaluator.evaluate(def(id), r, prior, T0, null);
    }

    private KpiDefinition def(String id) {
        return catalog.kpi(id).orElseThrow();
    }

    static KpiSnapshot snapshot(String id, Double value, Instant at) {
        String unit = KpiCatalog.defaults().kpi(id).orElseThrow().unit();
        return new KpiSnapshot(at, List.of(new KpiReading(id, value, unit, at, "")));
    }

    static KpiState find(List<KpiState> states, String id) {
        return states.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
