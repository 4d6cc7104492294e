package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.OpsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuePathTest {

    static final JsonNode DOC = read("""
            {"a": {"b": 3}, "items": [{"s": "up", "n": 1}, {"s": "exited", "n": 5}, {"s": "up"}],
             "rows": [["x", "1"], ["y", "2"]], "flag": true}""");

    static JsonNode read(String json) {
        try {
            return OpsJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String eval(String path) throws ValuePath.ParseException {
        JsonNode v = ValueReader.read(ValuePathParser.parse(path), DOC);
        return v.isMissingNode() ? "missing" : v.asText();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a.b|3", "items[1].s|exited", "rows[1][0]|y", "count(items)|3",
            "count(rows)|2", "max(items[].n)|5.0", "min(items[].n)|1.0", "sum(items[].n)|6.0",
            "any(items[].s == 'exited')|true", "all(items[].s == 'up')|false", "any(items[].n >= 5)|true",
            "all(items[].n > 0)|false", "a.c|missing", "items[9].s|missing", "count(a)|missing",
            "max(rows[].x)|missing", "flag|true"})
    void evaluates(String path, String expected) throws Exception {
        assertThat(eval(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'' |0|expected a field name", "a..b|2|expected a field name",
            "count(items|11|expected ')'", "max(items)|9|needs a list and a field", "avg(items[].n)|0|unknown function",
            "items[x]|6|expected a list index", "items[].n|5|only allowed inside", "a b|2|unexpected",
            "any(items[].s = 'x')|14|expected a comparison", "any(items[].s == 'x)|17|unterminated",
            "any(items[].n > big)|16|expected a number", "9a|0|cannot start with a digit"})
    void refusesWithTheOffset(String path, int offset, String message) {
        assertThatThrownBy(() -> ValuePathParser.parse(path.strip())).isInstanceOfSatisfying(
                ValuePath.ParseException.class, e -> {
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.offset()).isEqualTo(offset);
                });
    }

    @Test
    void unitLeafIsTheLastField() throws Exception {
        assertThat(ValuePathParser.parse("max(items[].memory_percent)").leafName()).isEqualTo("memory_percent");
        assertThat(ValuePathParser.parse("count(items)").leafName()).isEmpty();
        assertThat(ValuePathParser.parse("latency.p95_ms").leafName()).isEqualTo("p95_ms");
    }
}
