package dev.clio.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.engine.expr.ConditionContext.StepOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhenExpressionTest {

    private final FakeConditionContext ctx = new FakeConditionContext();

    private boolean eval(String text) {
        return WhenExpression.parse(text).evaluate(ctx);
    }

    @Test
    void hasErrorsWithoutKindsAsksForAllKinds() {
        ctx.errorKinds.put("artifacts/diagnostics.json", List.of("type"));
        assertThat(eval("has_errors('artifacts/diagnostics.json')")).isTrue();
        assertThat(ctx.asked).containsExactly("hasErrors:artifacts/diagnostics.json[]");
        assertThat(eval("has_errors('artifacts/other.json')")).isFalse();
    }

    @Test
    void hasErrorsPassesTheKinds() {
        ctx.errorKinds.put("a.json", List.of("type"));
        assertThat(eval("has_errors('a.json', kinds=['lint','format'])")).isFalse();
        assertThat(eval("has_errors(\"a.json\", kinds=['import', 'type', 'logic'])")).isTrue();
        assertThat(ctx.asked)
                .containsExactly("hasErrors:a.json[lint, format]", "hasErrors:a.json[import, type, logic]");
    }

    @Test
    void existsWithBareQuotedAndCallForms() {
        ctx.existing.add("artifacts/x.json");
        assertThat(eval("artifacts/x.json exists")).isTrue();
        assertThat(eval("'artifacts/x.json' exists")).isTrue();
        assertThat(eval("exists('artifacts/x.json')")).isTrue();
        assertThat(eval("artifacts/y.json exists")).isFalse();
    }

    @Test
    void successIsTrueOnlyForASucceededStep() {
        ctx.outcomes.put("1.001", StepOutcome.SUCCEEDED);
        ctx.outcomes.put("1.002", StepOutcome.FAILED);
        assertThat(eval("success(1.001)")).isTrue();
        assertThat(eval("success('1.001')")).isTrue();
        assertThat(eval("success(1.002)")).isFalse();
        assertThat(eval("success(1.003)")).isFalse();
    }

    @Test
    void allPreviousStepsSuccessAsksTheContext() {
        assertThat(eval("all_previous_steps_success")).isFalse();
        ctx.allPrevious = true;
        assertThat(eval("all_previous_steps_success")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "inputs.x == true    | true  | true",
        "inputs.x == true    | 'true' | true",
        "inputs.x == true    | 'TRUE' | true",
        "inputs.x == true    | 'false' | false",
        "inputs.x == false   | 'false' | true",
        "inputs.x != true    | 'false' | true",
        "inputs.x == 3       | '3.0' | true",
        "inputs.x == 3       | 'abc' | false",
        "inputs.x < 10       | '9'   | true",
        "inputs.x <= 9       | '9'   | true",
        "inputs.x > 9        | '9'   | false",
        "inputs.x >= 9       | '9'   | true",
        "inputs.x>=10        | '9'   | false",
        "inputs.x == 'main'  | 'main' | true",
        "inputs.x == \"main\" | 'dev' | false",
        "inputs.x != 'main'  | 'dev' | true",
        "inputs.x < 'b'      | 'a'   | true",
        "inputs.x            | 'true' | true",
        "inputs.x            | 'no'  | false",
    })
    void comparisonsWithInputs(String text, String value, boolean expected) {
        ctx.input("x", value);
        assertThat(eval(text)).isEqualTo(expected);
    }

    @Test
    void booleanAndNumberInputValuesCompareAsValues() {
        ctx.input("flag", Boolean.TRUE).input("count", 5);
        assertThat(eval("inputs.flag == true")).isTrue();
        assertThat(eval("inputs.flag == 'true'")).isTrue();
        assertThat(eval("inputs.count == 5")).isTrue();
        assertThat(eval("inputs.count > 4.5")).isTrue();
    }

    @Test
    void nullTestsPresence() {
        assertThat(eval("inputs.pr_number != null")).isFalse();
        assertThat(eval("inputs.pr_number == null")).isTrue();
        ctx.input("pr_number", null);
        assertThat(eval("inputs.pr_number != null")).isFalse();
        ctx.input("pr_number", "42");
        assertThat(eval("inputs.pr_number != null")).isTrue();
        assertThat(eval("inputs.pr_number < null")).isFalse();
    }

    @Test
    void andBindsTighterThanOr() {
        // false && false || true  ==  (false && false) || true
        assertThat(eval("false && false || true")).isTrue();
        // true || false && false  ==  true || (false && false)
        assertThat(eval("true || false && false")).isTrue();
        assertThat(eval("(true || false) && false")).isFalse();
    }

    @Test
    void notBindsTighterThanAnd() {
        assertThat(eval("!false && false")).isFalse();
        assertThat(eval("!(false && false)")).isTrue();
        assertThat(eval("!!true")).isTrue();
    }

    @Test
    void shortCircuitsLikeAProgrammer() {
        eval("false && inputs.a == true");
        eval("true || inputs.b == true");
        assertThat(ctx.asked).isEmpty();
    }

    @Test
    void reportsReferencedStepsAndInputs() {
        WhenExpression e = WhenExpression.parse(
                "success(1.001) && (inputs.a == true || !success('2.002')) && inputs.b != null && x.json exists");
        assertThat(e.referencedSteps()).containsExactly("1.001", "2.002");
        assertThat(e.referencedInputs()).containsExactly("a", "b");
        assertThat(e.text()).startsWith("success(1.001)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                              | 0",
        "'   '                           | 0",
        "inputs.x ==                     | 11",
        "'inputs.x == true &&   '        | 19",
        "inputs.x == true &&             | 19",
        "has_errors(artifacts/d.json)    | 11",
        "has_errors('a.json', sorts=[])  | 21",
        "has_errors('a.json', kinds=['lint') | 34",
        "success(1.001                   | 13",
        "(inputs.x == true               | 17",
        "inputs.x == true)               | 16",
        "inputs.x = true                 | 9",
        "inputs.x & true                 | 9",
        "inputs.x == 'open               | 12",
        "frobnicate(1)                   | 0",
        "foo                             | 0",
        "inputs.x == true inputs.y       | 17",
        "inputs.x == maybe               | 12",
        "a.json exists exists            | 14",
        "inputs. == true                 | 0",
        "#                               | 0",
    })
    void syntaxErrorsCarryTheOffset(String text, int offset) {
        assertThatThrownBy(() -> WhenExpression.parse(text))
                .isInstanceOfSatisfying(WhenSyntaxException.class, e -> {
                    assertThat(e.offset()).as(e.getMessage()).isEqualTo(offset);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void syntaxErrorMessagesSayWhatToWrite() {
        assertThatThrownBy(() -> WhenExpression.parse("inputs.x = true"))
                .hasMessageContaining("use '==' to compare");
        assertThatThrownBy(() -> WhenExpression.parse("diagnostics.json"))
                .hasMessageContaining("diagnostics.json exists");
        assertThatThrownBy(() -> WhenExpression.parse("check(1)"))
                .hasMessageContaining("unknown function 'check'");
    }

    @Test
    void deepNestingIsASyntaxErrorNotAStackOverflow() {
        String deep = "(".repeat(10_000) + "true" + ")".repeat(10_000);
        assertThatThrownBy(() -> WhenExpression.parse(deep))
                .isInstanceOf(WhenSyntaxException.class)
                .hasMessageContaining("nested too deeply");
        String nots = "!".repeat(10_000) + "true";
        assertThatThrownBy(() -> WhenExpression.parse(nots)).isInstanceOf(WhenSyntaxException.class);
    }
}
