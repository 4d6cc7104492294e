package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.clio.ops.Resources;
import dev.clio.runbook.ValuePath.Function;
import dev.clio.runbook.VerdictRule.Op;
import dev.clio.runbook.VerdictRule.Outcome;
import dev.clio.runbook.VerdictRule.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each verdict rule of each built-in, read from the YAML, fed with a value just on its side of the threshold and one
 * just on the other side (synthetic results built from the rule's own value path): the rule decides on the one side
 * only, and in its step the rules before it do not shadow it.
 */
class BuiltinVerdictRulesTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** The verdict nobody writes: marks "this rule did not match". */
    private static final Outcome NO_MATCH = new Outcome(Verdict.NONE, "no match", "no-match");

    record Case(Runbook runbook, RunbookStep step, int index) {
        VerdictRule rule() {
            return step.verdict().get(index);
        }

        boolean table() {
            return Calls.byId(step.call()).map(c -> c.resultType() == Resources.Table.class).orElse(false);
        }
    }

    static Stream<Arguments> rules() {
        List<Arguments> out = new ArrayList<>();
        for (Runbook rb : BuiltinCatalog.all()) {
            for (RunbookStep s : rb.steps()) {
                for (int i = 0; i < s.verdict().size(); i++) {
                    VerdictRule r = s.verdict().get(i);
                    String label = rb.id() + "/" + s.id() + " rule " + i + ": " + r.value().text()
                            + (r.op() == null ? "" : " " + r.op().symbol() + " " + r.than());
                    out.add(Arguments.of(Named.of(label, new Case(rb, s, i))));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void ruleDecidesOnItsSideOfTheThresholdOnly(Case c) {
        VerdictRule rule = c.rule();
        RunbookStep alone = withRules(c.step(), List.of(rule));
        JsonNode inside = SyntheticResults.where(rule.value(), value(rule, true), c.table());
        JsonNode outside = SyntheticResults.where(rule.value(), value(rule, false), c.table());

        Verdicts.Decision hit = Verdicts.decide(alone, inside);
        assertThat(hit.verdict()).as("on its side, %s", inside).isEqualTo(rule.outcome().status());
        assertThat(hit.next()).isEqualTo(rule.outcome().next() != null ? rule.outcome().next() : c.step().next());
        assertThat(hit.summary()).doesNotContain("{value}", "{than}", "no value");

        Verdicts.Decision miss = Verdicts.decide(alone, outside);
        assertThat(miss.verdict()).as("on the other side, %s", outside).isEqualTo(Verdict.NONE);
        assertThat(miss.next()).isEqualTo("no-match");
    }

    @ParameterizedTest
    @MethodSource("rules")
    void earlierRulesOfTheStepDoNotShadowIt(Case c) {
        VerdictRule rule = c.rule();
        RunbookStep upTo = withRules(c.step(), c.step().verdict().subList(0, c.index() + 1));
        Verdicts.Decision d = Verdicts.decide(upTo, SyntheticResults.where(rule.value(), value(rule, true),
                c.table()));
        assertThat(d.verdict()).isEqualTo(rule.outcome().status());
        assertThat(d.summary()).isEqualTo(Verdicts.decide(withRules(c.step(), List.of(rule)),
                SyntheticResults.where(rule.value(), value(rule, true), c.table())).summary());
    }

    /**
     * Every numeric threshold is a number of the seed: a KPI's warning or critical value (kpis.yaml), an alert rule's
     * threshold (alerts.yaml), a capacity trigger (capacity.yaml) or one of the few the seed's procedures state; a
     * threshold of 0 is a presence check ("no rows", "nothing remaining").
     */
    @ParameterizedTest
    @MethodSource("rules")
    void numericThresholdsAreTheSeedsNumbers(Case c) {
        VerdictRule rule = c.rule();
        if (rule.than() == null || !rule.than().isNumber() || rule.than().asDouble() == 0) {
            return;
        }
        List<Double> allowed = SeedThresholds.forPath(c.step().call(), rule.value().text());
        assertThat(allowed).as("%s reads a value with no seed threshold: add its source to SeedThresholds",
                rule.value().text()).isNotEmpty();
        assertThat(allowed).as("threshold of %s/%s %s", c.runbook().id(), c.step().id(), rule.value().text())
                .anySatisfy(a -> assertThat(a).isCloseTo(rule.than().asDouble(), org.assertj.core.data.Offset
                        .offset(1e-9)));
    }

    private static RunbookStep withRules(RunbookStep s, List<VerdictRule> rules) {
        return new RunbookStep(s.id(), s.title(), s.why(), s.kind(), s.call(), s.with(), rules, NO_MATCH, s.next(),
                s.effect(), s.dangerous(), s.instructions(), s.command());
    }

    /**
     * The value the path must read for the rule to match (inside) or not (outside): at the threshold or a step past
     * it, whichever side the comparison puts it. any/all(...) get the element's field; count(...) a whole number.
     */
    private static JsonNode value(VerdictRule rule, boolean inside) {
        ValuePath p = rule.value();
        if (p.isBoolean()) {
            JsonNode lit = SyntheticResults.literal(p.literal());
            JsonNode field = side(p.op(), lit, inside, false);
            if (rule.op() != null) {
                throw new AssertionError("compare any/all(...) by itself, without op and than: " + p.text());
            }
            return field;
        }
        return side(rule.op(), rule.than(), inside, p.function() == Function.COUNT);
    }

    private static JsonNode side(Op op, JsonNode than, boolean inside, boolean whole) {
        if (than.isNumber()) {
            BigDecimal t = than.decimalValue();
            BigDecimal step = whole ? BigDecimal.ONE : t.abs().max(BigDecimal.ONE).movePointLeft(6);
            BigDecimal v = switch (op) {
                case GT -> inside ? t.add(step) : t;
                case GE -> inside ? t : t.subtract(step);
                case LT -> inside ? t.subtract(step) : t;
                case LE -> inside ? t : t.add(step);
                case EQ -> inside ? t : t.add(step);
                case NE -> inside ? t.add(step) : t;
                default -> throw new AssertionError(op + " does not compare numbers");
            };
            return F.numberNode(v);
        }
        if (than.isBoolean()) {
            boolean b = than.booleanValue();
            return F.booleanNode(switch (op) {
                case EQ -> inside == b;
                case NE -> inside != b;
                default -> throw new AssertionError(op + " does not compare booleans");
            });
        }
        String t = than.asText();
        return switch (op) {
            case EQ, CONTAINS -> F.textNode(inside ? t : t + "-other");
            case NE -> F.textNode(inside ? t + "-other" : t);
            case MATCHES -> inside ? F.textNode(sample(t)) : F.nullNode();
            default -> throw new AssertionError(op + " does not compare text");
        };
    }

    /** A text the pattern matches; the built-ins' patterns are simple enough for one of these. */
    private static String sample(String pattern) {
        for (String s : List.of("x", "2026-12-02T10:00:00Z", "1", "a-b")) {
            if (Pattern.compile(pattern).matcher(s).matches()) {
                return s;
            }
        }
        throw new AssertionError("add a sample text that matches " + pattern);
    }
}
