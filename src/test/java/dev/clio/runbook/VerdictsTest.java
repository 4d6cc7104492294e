package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.Containers;
import dev.clio.ops.Health;
import dev.clio.ops.OpsJson;
import dev.clio.ops.Resources;
import dev.clio.runbook.VerdictRule.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every verdict rule of the two built-ins, with values on both sides of each threshold. */
class VerdictsTest {

    static Runbook builtin(String name) throws Exception {
        return RunbookLoaderTest.LOADER.load(name, RunbookLoaderTest.builtin(name), Runbook.BUILTIN).runbook()
                .orElseThrow();
    }

    static JsonNode json(Object result) {
        JsonNode tree = OpsJson.mapper().valueToTree(result);
        return tree.isArray() ? OpsJson.mapper().createObjectNode().set("items", tree) : tree;
    }

    static Resources.SystemStatus system(double memoryPercent, long openFiles) {
        return new Resources.SystemStatus(200L << 20, 50L << 20, 512L << 20, openFiles, 1, 2, memoryPercent, 100, 50,
                50, 2, Instant.EPOCH);
    }

    static Containers.Container container(String state) {
        return new Containers.Container("id-" + state, "c-" + state, "img", state, "none", state, Instant.EPOCH,
                null, null, 0, null);
    }

    static Containers.Stats stats(Double memoryPercent) {
        return new Containers.Stats("id", "c", 1.0, 10, 100, memoryPercent, 0, 0, 0, 0, Instant.EPOCH);
    }

    @ParameterizedTest
    @CsvSource({"90.1, FAIL, restart, Memory 90.1 % > 90 %: restart recommended",
            "90, WARN, breakdown, Memory 90 % > 85 %: look at the breakdown",
            "85.1, WARN, breakdown, Memory 85.1 % > 85 %: look at the breakdown",
            "85, PASS, , Memory 85 % is below 85 %"})
    void memoryThresholds(double percent, Verdict verdict, String next, String summary) throws Exception {
        RunbookStep step = builtin("high-memory-usage.yaml").step("memory").orElseThrow();
        Verdicts.Decision d = Verdicts.decide(step, json(system(percent, 10)));
        assertThat(d.verdict()).isEqualTo(verdict);
        assertThat(d.next()).isEqualTo(next);
        assertThat(d.summary()).isEqualTo(summary);
    }

    @ParameterizedTest
    @CsvSource({"1001, WARN", "1000, PASS"})
    void openFiles(long files, Verdict verdict) throws Exception {
        RunbookStep step = builtin("high-memory-usage.yaml").step("breakdown").orElseThrow();
        assertThat(Verdicts.decide(step, json(system(10, files))).verdict()).isEqualTo(verdict);
    }

    @Test
    void containerMemoryUsesTheHighestAndIgnoresContainersWithoutALimit() throws Exception {
        RunbookStep step = builtin("high-memory-usage.yaml").step("containers").orElseThrow();
        assertThat(Verdicts.decide(step, json(List.of(stats(10.0), stats(90.5), stats(null)))).summary())
                .isEqualTo("A container uses 90.5 % of its memory limit: restart recommended");
        assertThat(Verdicts.decide(step, json(List.of(stats(90.0), stats(null)))).verdict()).isEqualTo(Verdict.PASS);
        assertThat(Verdicts.decide(step, json(List.of())).summary()).isEqualTo("Highest container memory use: no value");
    }

    @ParameterizedTest
    @CsvSource({"unhealthy, FAIL, containers", "degraded, WARN, logs", "healthy, PASS, "})
    void healthStatus(String status, Verdict verdict, String next) throws Exception {
        RunbookStep step = builtin("service-down.yaml").step("health").orElseThrow();
        var report = new Health.Report(status, "m", List.of(), Instant.EPOCH);
        Verdicts.Decision d = Verdicts.decide(step, json(report));
        assertThat(d.verdict()).isEqualTo(verdict);
        assertThat(d.next()).isEqualTo(next);
        assertThat(d.summary()).contains("The service is " + status);
    }

    @Test
    void exitedOrRestartingContainers() throws Exception {
        RunbookStep step = builtin("service-down.yaml").step("containers").orElseThrow();
        assertThat(Verdicts.decide(step, json(List.of(container("running"), container("exited")))).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(Verdicts.decide(step, json(List.of(container("running"), container("restarting")))).verdict())
                .isEqualTo(Verdict.WARN);
        assertThat(Verdicts.decide(step, json(List.of(container("running")))).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void logLineCounts() throws Exception {
        Runbook rb = builtin("service-down.yaml");
        var line = new Containers.LogLine(Instant.EPOCH, "stdout", "ERROR boom");
        assertThat(Verdicts.decide(rb.step("errors").orElseThrow(), json(List.of(line))).summary())
                .startsWith("1 ERROR lines");
        assertThat(Verdicts.decide(rb.step("errors").orElseThrow(), json(List.of())).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(Verdicts.decide(rb.step("logs").orElseThrow(), json(List.of())).verdict()).isEqualTo(Verdict.WARN);
        assertThat(Verdicts.decide(rb.step("logs").orElseThrow(), json(List.of(line))).verdict())
                .isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest
    @CsvSource({"95.1, FAIL", "95, PASS"})
    void serviceDownContainerResources(double percent, Verdict verdict) throws Exception {
        RunbookStep step = builtin("service-down.yaml").step("resources").orElseThrow();
        assertThat(Verdicts.decide(step, json(List.of(stats(percent)))).verdict()).isEqualTo(verdict);
    }

    @Test
    void configErrorsFailWarningsPass() throws Exception {
        RunbookStep step = builtin("service-down.yaml").step("config").orElseThrow();
        var error = new Resources.ConfigFinding("error", "k", "bad");
        var warning = new Resources.ConfigFinding("warning", "k", "meh");
        assertThat(Verdicts.decide(step, json(List.of(warning, error))).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(Verdicts.decide(step, json(List.of(warning))).verdict()).isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest
    @CsvSource({"1024, 1.0 KiB", "1536, 1.5 KiB", "10, 10 B", "5368709120, 5.0 GiB"})
    void bytesRenderWithBinaryUnits(long bytes, String shown) {
        assertThat(Verdicts.render(OpsJson.mapper().valueToTree(bytes), "rss_bytes")).isEqualTo(shown);
    }

    @Test
    void unitsFollowTheFieldName() {
        assertThat(Verdicts.render(OpsJson.mapper().valueToTree(12.34), "p95_ms")).isEqualTo("12.3 ms");
        assertThat(Verdicts.render(OpsJson.mapper().valueToTree(7), "uptime_seconds")).isEqualTo("7 s");
        assertThat(Verdicts.render(OpsJson.mapper().valueToTree(7), "count")).isEqualTo("7");
    }
}
