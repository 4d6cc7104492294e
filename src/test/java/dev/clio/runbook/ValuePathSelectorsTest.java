package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.engine.workflow.Diagnostic;
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
                .hasMessageContaining("expected '=='");
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
}
