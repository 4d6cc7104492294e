package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.engine.workflow.Diagnostic;
import dev.clio.ops.OpsJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two value-path forms the built-ins need beyond the core language: a selector {@code [field == literal]} that
 * picks a list element (a KPI reading by id, a health check by name) and table rows read by column name.
 */
class ValuePathSelectorsTest {

    private static final RunbookLoader LOADER = RunbookLoader.standard();

    private static List<Diagnostic> loadWith(String call, String value) {
        String text = """
                id: t
                title: T
                severity: info
                steps:
                  - id: s
                    kind: investigation
                    call: %s
                    verdict:
                      - when: {value: "%s", op: '>', than: 1}
                        status: warn
                    otherwise: {status: pass}
                """.formatted(call, value);
        return LOADER.load("t.yaml", text, Runbook.USER).diagnostics();
    }

    @Test
    void selectorParsesIntoAFieldAndItsLiteral() throws Exception {
        ValuePath p = ValuePathParser.parse("readings[id == 'token_efficiency'].value");
        assertThat(p.path()).hasSize(3);
        assertThat(p.path().get(1).isSelector()).isTrue();
        assertThat(p.path().get(1).whereField()).isEqualTo("id");
        assertThat(p.path().get(1).whereValue()).isEqualTo("token_efficiency");
        assertThat(p.leafName()).isEqualTo("value");
        assertThat(ValuePathParser.parse("items[available == false].name").path().get(1).whereValue())
                .isEqualTo(false);
        assertThat(ValuePathParser.parse("steps[attempts == 2].name").path().get(1).whereValue()).isEqualTo(2.0);
    }

    @Test
    void selectorSyntaxErrorsSayWhatIsExpected() {
        assertThatThrownBy(() -> ValuePathParser.parse("readings[id = 'x'].value"))
                .hasMessageContaining("or a selector such as [id == 'cpu_usage']");
        assertThatThrownBy(() -> ValuePathParser.parse("readings[id == 'x'.value"))
                .hasMessageContaining("expected ']'");
        assertThatThrownBy(() -> ValuePathParser.parse("readings[id == x].value"))
                .hasMessageContaining("'quoted string'");
    }

    @Test
    void selectorsAndTheirFieldsAreCheckedAgainstTheResult() {
        assertThat(loadWith("kpi.snapshot", "readings[id == 'cpu_usage'].value")).isEmpty();
        assertThat(loadWith("health", "checks[nme == 'disk_space'].status"))
                .anySatisfy(d -> assertThat(d.message()).contains("did you mean 'name'?"));
        assertThat(loadWith("kpi.snapshot", "readings[idd == 'cpu_usage'].value"))
                .anySatisfy(d -> assertThat(d.message()).contains("no field 'idd'", "did you mean 'id'?"));
        assertThat(loadWith("kpi.snapshot", "readings[id == 'cpu_usage'].valeu"))
                .anySatisfy(d -> assertThat(d.message()).contains("no field 'valeu'"));
        assertThat(loadWith("system.status", "memory_percent[id == 'x']"))
                .anySatisfy(d -> assertThat(d.message()).contains("not a list"));
    }

    @Test
    void tableRowsAreReadByColumnNameAndAMisspeltColumnIsAnError() {
        assertThat(loadWith("db.slow-queries", "max(rows[].mean_ms)")).isEmpty();
        assertThat(loadWith("db.activity", "sum(rows[].connections)")).isEmpty();
        assertThat(loadWith("db.slow-queries", "max(rows[].mean_time)")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("no column 'mean_time'", "mean_ms"));
        assertThat(loadWith("db.locks", "max(rows[].waiting_secs)")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("did you mean 'waiting_seconds'?"));
    }

    @Test
    void selectorReadsTheFirstMatchingElementAndNothingWhenNoneMatches() throws Exception {
        JsonNode result = OpsJson.mapper().readTree("""
                {"readings": [{"id": "a", "value": 1}, {"id": "b", "value": 97.5}, {"id": "b", "value": 3}],
                 "checks": [{"name": "x", "ok": false}]}""");
        assertThat(ValueReader.read(ValuePathParser.parse("readings[id == 'b'].value"), result).asDouble())
                .isEqualTo(97.5);
        assertThat(ValueReader.read(ValuePathParser.parse("readings[id == 'c'].value"), result).isMissingNode())
                .isTrue();
        assertThat(ValueReader.read(ValuePathParser.parse("checks[ok == false].name"), result).asText())
                .isEqualTo("x");
    }

    @Test
    void tableFunctionsReadColumnsAsNumbersWhilePlainPathsKeepTheCells() throws Exception {
        JsonNode table = OpsJson.mapper().readTree("""
                {"title": "t", "columns": ["query", "mean_ms"], "rows": [["q1", "12.5"], ["q2", "1500.25"],
                 ["q3", "n/a"]], "note": ""}""");
        assertThat(ValueReader.read(ValuePathParser.parse("max(rows[].mean_ms)"), table).asDouble())
                .isEqualTo(1500.25);
        assertThat(ValueReader.read(ValuePathParser.parse("sum(rows[].mean_ms)"), table).asDouble())
                .isEqualTo(1512.75);
        assertThat(ValueReader.read(ValuePathParser.parse("any(rows[].query == 'q3')"), table).asBoolean())
                .isTrue();
        assertThat(ValueReader.read(ValuePathParser.parse("count(rows)"), table).asInt()).isEqualTo(3);
        assertThat(ValueReader.read(ValuePathParser.parse("rows[1][1]"), table).asText()).isEqualTo("1500.25");
    }
}
