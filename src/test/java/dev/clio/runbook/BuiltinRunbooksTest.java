package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.kpi.AlertRule;
import dev.clio.kpi.KpiCatalog;
import dev.clio.runbook.RunbookStep.StepKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in runbooks load cleanly, cover the seed's procedures and link only to things that exist. */
class BuiltinRunbooksTest {

    /** The seed's procedures (issue 7): one built-in each. */
    private static final List<String> SEED_PROCEDURES = List.of("service-down", "high-error-rate",
            "workflow-execution-failures", "high-response-time", "high-memory-usage",
            "workflow-schema-validation-failed", "adapter-not-available", "token-budget-exceeded",
            "slow-workflow-execution", "high-database-load", "capacity-scaling", "incident-response");

    static Stream<String> names() {
        return BuiltinCatalog.names().stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void loadsWithoutAnyDiagnostic(String name) {
        RunbookLoader.Result r = BuiltinCatalog.load(name);
        assertThat(r.diagnostics()).as(name).isEmpty();
        assertThat(name).isEqualTo(r.runbook().orElseThrow().id() + ".yaml");
    }

    @Test
    void everySeedProcedureHasExactlyOneBuiltin() {
        assertThat(BuiltinCatalog.all()).extracting(Runbook::id).containsExactlyInAnyOrderElementsOf(SEED_PROCEDURES);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyInvestigationHasAVerdictAndEveryManualStepSaysWhatToDo(String name) {
        Runbook rb = BuiltinCatalog.load(name).runbook().orElseThrow();
        for (RunbookStep s : rb.steps()) {
            if (s.kind() == StepKind.INVESTIGATION) {
                assertThat(s.verdict()).as("%s/%s has verdict rules", rb.id(), s.id()).isNotEmpty();
                assertThat(s.otherwise()).as("%s/%s has an otherwise", rb.id(), s.id()).isNotNull();
            }
            if (s.kind() == StepKind.MANUAL) {
                assertThat(s.instructions()).as("%s/%s", rb.id(), s.id()).hasSizeGreaterThan(40);
            }
            assertThat(s.why()).as("%s/%s says why (the seed command it maps)", rb.id(), s.id()).isNotBlank();
        }
        assertThat(rb.investigations()).as("%s has investigations", rb.id()).isNotEmpty();
    }

    /**
     * {@code otherwise} shows the first rule's value as {value}; a presence check there ("count(rows) == 0") before a
     * rule on another value would show the count where the sentence means that value, so measured rules come first.
     */
    @ParameterizedTest
    @MethodSource("names")
    void otherwiseValueIsTheMeasuredOneNotAPresenceCheck(String name) {
        Runbook rb = BuiltinCatalog.load(name).runbook().orElseThrow();
        for (RunbookStep s : rb.steps()) {
            if (s.otherwise() == null || s.otherwise().say() == null || !s.otherwise().say().contains("{value}")) {
                continue;
            }
            VerdictRule first = s.verdict().get(0);
            boolean presence = first.op() == VerdictRule.Op.EQ && first.than() != null && first.than().isNumber()
                    && first.than().asDouble() == 0 && s.verdict().stream()
                            .anyMatch(r -> !r.value().text().equals(first.value().text()));
            assertThat(presence).as("%s/%s: otherwise says {value} but the first rule is %s == 0", rb.id(), s.id(),
                    first.value().text()).isFalse();
        }
    }

    @Test
    void runbookLinksNameBuiltins() {
        Set<String> ids = BuiltinCatalog.all().stream().map(Runbook::id).collect(Collectors.toSet());
        for (Runbook rb : BuiltinCatalog.all()) {
            for (RunbookStep s : rb.steps()) {
                Stream.concat(Stream.of(s.next()), s.verdict().stream().map(v -> v.outcome().next()))
                        .filter(n -> n != null && n.startsWith("runbook:"))
                        .forEach(n -> assertThat(ids).as("%s/%s links %s", rb.id(), s.id(), n)
                                .contains(n.substring("runbook:".length())));
            }
        }
    }

    /** Each alert rule is answered by one built-in, and rules naming the same seed procedure land on the same one. */
    @Test
    void everyAlertRuleIsAnsweredByTheBuiltinOfTheProcedureItNames() {
        KpiCatalog catalog = KpiCatalog.defaults();
        Map<String, Set<String>> builtinsByProcedure = new HashMap<>();
        for (AlertRule rule : catalog.rules()) {
            List<String> answering = BuiltinCatalog.all().stream().filter(r -> r.alerts().contains(rule.id()))
                    .map(Runbook::id).toList();
            assertThat(answering).as("built-ins answering alert %s", rule.id()).hasSize(1);
            builtinsByProcedure.computeIfAbsent(rule.runbook(), k -> new HashSet<>()).add(answering.get(0));
        }
        assertThat(builtinsByProcedure).allSatisfy((procedure, builtins) -> assertThat(builtins)
                .as("built-ins of the alerts linked to '%s'", procedure).hasSize(1));
    }
}
