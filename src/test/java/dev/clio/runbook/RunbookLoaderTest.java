package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.workflow.Diagnostic;
import dev.clio.engine.workflow.Diagnostic.Severity;
import dev.clio.runbook.RunbookStep.StepKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunbookLoaderTest {

    static final RunbookLoader LOADER = RunbookLoader.standard();

    /** A small valid runbook; tests replace one line of it. */
    static final String VALID = """
            id: mem
            title: Memory
            severity: warning
            response_time: 30m
            alerts: [high_memory_usage]
            kpis: [memory_usage]
            params:
              container: {type: string, default: app, pattern: '^[a-z]+$'}
            steps:
              - id: memory
                kind: investigation
                call: system.status
                verdict:
                  - when: {value: memory_percent, op: '>', than: 90}
                    status: fail
                    say: "Memory {value} > 90"
                    next: restart
                otherwise: {status: pass, say: "fine"}
              - id: restart
                kind: remediation
                call: containers.restart
                with: {container: '${params.container}'}
                effect: restarts
            """;

    static RunbookLoader.Result load(String text) {
        return LOADER.load("rb.yaml", text, Runbook.USER);
    }

    static Diagnostic only(RunbookLoader.Result r, String rule) {
        List<Diagnostic> matching = r.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
        assertThat(matching).as("%s", r.diagnostics()).hasSize(1);
        return matching.get(0);
    }

    static String builtin(String name) throws IOException {
        try (InputStream in = RunbookLoaderTest.class.getResourceAsStream("/dev/clio/runbooks/builtin/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void validRunbookBuildsTheModel() {
        var r = load(VALID);
        assertThat(r.diagnostics()).isEmpty();
        Runbook rb = r.runbook().orElseThrow();
        assertThat(rb.id()).isEqualTo("mem");
        assertThat(rb.severity()).isEqualTo(Runbook.Severity.WARNING);
        assertThat(rb.responseTime()).hasMinutes(30);
        assertThat(rb.params().get("container").defaultValue()).isEqualTo("app");
        assertThat(rb.steps()).extracting(RunbookStep::kind).containsExactly(StepKind.INVESTIGATION,
                StepKind.REMEDIATION);
        VerdictRule rule = rb.steps().get(0).verdict().get(0);
        assertThat(rule.value().path()).extracting(ValuePath.Segment::name).containsExactly("memory_percent");
        assertThat(rule.op()).isEqualTo(VerdictRule.Op.GT);
        assertThat(rule.outcome().next()).isEqualTo("restart");
        assertThat(rb.steps().get(1).isRemediation()).isTrue();
        assertThat(rb.investigations()).extracting(RunbookStep::id).containsExactly("memory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"service-down.yaml", "high-memory-usage.yaml"})
    void builtinsAreCleanAndListedInTheIndex(String name) throws IOException {
        var r = LOADER.load("builtin:" + name, builtin(name), Runbook.BUILTIN);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(name).isEqualTo(r.runbook().orElseThrow().id() + ".yaml");
        assertThat(builtin("index.txt").lines()).contains(name);
    }

    @Test
    void schemaErrorsArePlacedOnTheirLine() {
        var r = load(VALID.replace("severity: warning", "severity: urgent"));
        Diagnostic d = only(r, "schema");
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.message()).contains("critical", "warning", "info");
        assertThat(r.valid()).isFalse();
    }

    @Test
    void unknownTopLevelKeyIsASchemaError() {
        var r = load(VALID.replace("title: Memory", "title: Memory\ntitel: x"));
        assertThat(only(r, "schema").line()).isEqualTo(3);
    }

    @Test
    void unknownCallSuggestsTheClosest() {
        Diagnostic d = only(load(VALID.replace("call: system.status", "call: system.stauts")), "unknown-call");
        assertThat(d.message()).contains("did you mean 'system.status'?");
        assertThat(d.line()).isEqualTo(12);
        assertThat(d.column()).isEqualTo(11);
    }

    @Test
    void streamsAreNotSteps() {
        Diagnostic d = only(load(VALID.replace("call: system.status", "call: logs.stream")), "unknown-call");
        assertThat(d.message()).contains("is a stream", "logs.query");
    }

    @Test
    void remediationCallInAnInvestigationIsAnError() {
        var r = load(VALID.replace("call: system.status", "call: system.gc"));
        Diagnostic d = only(r, "remediation-in-investigation");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message()).contains("kind: remediation");
    }

    @Test
    void unknownArgumentNameSuggests() {
        Diagnostic d = only(load(VALID.replace("with: {container:", "with: {containr:")), "unknown-argument");
        assertThat(d.message()).contains("did you mean 'container'?");
        assertThat(d.line()).isEqualTo(22);
    }

    @Test
    void missingRequiredArgument() {
        var r = load(VALID.replace("    with: {container: '${params.container}'}\n", ""));
        assertThat(only(r, "missing-argument").message()).contains("needs the argument 'container'");
    }

    @Test
    void wrongArgumentType() {
        String text = VALID.replace("call: system.status", "call: metrics.growth\n    with: {days: lots}")
                .replace("memory_percent", "'days[0].executions'");
        assertThat(only(load(text), "bad-argument").message()).contains("'lots' is not a whole number");
    }

    @Test
    void parameterOfTheWrongTypeForAnArgument() {
        String text = VALID.replace("call: system.status", "call: metrics.growth\n    with: {days: '${params.container}'}")
                .replace("memory_percent", "'days[0].executions'");
        assertThat(only(load(text), "argument-type").message()).contains("days is a integer", "params.container");
    }

    @Test
    void unknownParameterReference() {
        Diagnostic d = only(load(VALID.replace("${params.container}", "${params.containr}")), "unknown-param");
        assertThat(d.message()).contains("did you mean 'container'?");
    }

    @Test
    void malformedReference() {
        assertThat(only(load(VALID.replace("${params.container}", "${env.HOME}")), "bad-reference").message())
                .contains("write ${params.NAME}");
    }

    @Test
    void defaultThatBreaksItsPatternOrType() {
        assertThat(only(load(VALID.replace("default: app", "default: App1")), "bad-default").message())
                .contains("does not match", "^[a-z]+$");
        assertThat(only(load(VALID.replace("{type: string, default: app, pattern: '^[a-z]+$'}",
                "{type: integer, default: ten}")), "bad-default").message()).contains("'ten' is not a whole number");
        assertThat(only(load(VALID.replace("default: app,", "default: app, allowed: [web, db],")),
                "default-not-allowed").message()).contains("'app'");
    }

    @Test
    void patternThatDoesNotCompile() {
        assertThat(only(load(VALID.replace("'^[a-z]+$'", "'^[a-z+$'")), "bad-pattern").message())
                .contains("does not compile");
    }

    @Test
    void nextMustNameAStep() {
        Diagnostic d = only(load(VALID.replace("next: restart", "next: restrat")), "unknown-next");
        assertThat(d.message()).contains("did you mean 'restart'?");
        assertThat(d.line()).isEqualTo(17);
        assertThat(load(VALID.replace("next: restart", "next: runbook:service-down")).diagnostics()).isEmpty();
    }

    @Test
    void duplicateStepIds() {
        Diagnostic d = only(load(VALID.replace("- id: restart", "- id: memory")), "duplicate-id");
        assertThat(d.line()).isEqualTo(19);
    }

    @Test
    void valuePathSyntaxErrorPointsAtTheCharacter() {
        Diagnostic d = only(load(VALID.replace("value: memory_percent", "value: 'max(items memory)'")),
                "bad-value-path");
        // the quote is at column 23; the problem is the space after "items" (offset 9 inside the quotes)
        assertThat(d.line()).isEqualTo(14);
        assertThat(d.column()).isEqualTo(23 + 1 + 9);
        assertThat(d.message()).contains("needs a list and a field");
    }

    @Test
    void valuePathFieldMustExistInTheResult() {
        Diagnostic d = only(load(VALID.replace("value: memory_percent", "value: memory_precent")), "unknown-field");
        assertThat(d.message()).contains("did you mean 'memory_percent'?");
    }

    @Test
    void listResultsAreAddressedAsItems() {
        String text = VALID.replace("call: system.status", "call: containers.list");
        assertThat(only(load(text), "unknown-field").message()).contains("start the path with 'items'");
        String ok = text.replace("value: memory_percent, op: '>', than: 90", "value: \"any(items[].state == 'exited')\"");
        assertThat(load(ok).diagnostics()).isEmpty();
        String badField = text.replace("value: memory_percent", "value: 'max(items[].memory)'");
        assertThat(only(load(badField), "unknown-field").message()).contains("no field 'memory'");
    }

    @Test
    void numericComparisonNeedsANumber() {
        assertThat(only(load(VALID.replace("than: 90", "than: high")), "bad-threshold").message())
                .contains("must be a number");
        assertThat(only(load(VALID.replace(", op: '>', than: 90", "")), "incomplete-comparison")).isNotNull();
    }

    @Test
    void fieldsOfAnotherKindAreRefused() {
        Diagnostic d = only(load(VALID.replace("call: system.status", "call: system.status\n    argv: [ls]")),
                "field-not-for-kind");
        assertThat(d.message()).contains("'argv' does not apply to a investigation step");
    }

    @Test
    void unknownKpiAndAlertIds() {
        assertThat(only(load(VALID.replace("kpis: [memory_usage]", "kpis: [memory_usag]")), "unknown-kpi")
                .message()).contains("did you mean 'memory_usage'?");
        assertThat(only(load(VALID.replace("[high_memory_usage]", "[high_mem]")), "unknown-alert")).isNotNull();
    }

    @Test
    void remediationWithoutEffectIsAWarningOnly() {
        var r = load(VALID.replace("    effect: restarts\n", ""));
        assertThat(only(r, "no-effect").severity()).isEqualTo(Severity.WARNING);
        assertThat(r.valid()).isTrue();
    }

    @Test
    void sizeLimitAndBrokenYamlAreDiagnostics() {
        var big = LOADER.load("big.yaml", ("# " + "x".repeat(100) + "\n").repeat(3000), Runbook.USER);
        assertThat(big.valid()).isFalse();
        assertThat(big.diagnostics()).isNotEmpty();
        var broken = load("id: [unclosed\n");
        assertThat(broken.diagnostics()).extracting(Diagnostic::rule).contains("yaml-syntax");
        assertThat(load("- a\n- b\n").diagnostics()).extracting(Diagnostic::rule).containsExactly("not-a-runbook");
    }
}
