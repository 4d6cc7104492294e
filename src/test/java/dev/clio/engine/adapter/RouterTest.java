package dev.clio.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final FakeAdapter fixers = FakeAdapter.deterministic("code_fixers", true);
    private final FakeAdapter diagnostics = FakeAdapter.deterministic("vscode_diagnostics", false);
    private final FakeAdapter editor = FakeAdapter.ai("ai_editor", "code_fixers", true, 8000);
    private final FakeAdapter analyst = FakeAdapter.ai("ai_analyst", "vscode_diagnostics", true, 2000);
    private final Router router = new Router(AdapterRegistry.of(fixers, diagnostics, editor, analyst));

    @Test
    void deterministicActorRunsItselfForNoTokens() {
        RoutingDecision d = router.route(Steps.request("code_fixers", Map.of()), true);
        assertThat(d.adapterName()).isEqualTo("code_fixers");
        assertThat(d.type()).isEqualTo(AdapterType.DETERMINISTIC);
        assertThat(d.estimatedTokens()).isZero();
        assertThat(d.available()).isTrue();
        assertThat(d.reasoning()).isEqualTo("Deterministic tool: fake code_fixers");
    }

    @Test
    void aiActorRoutesToAnAvailableAlternativeWhenPolicyPrefersDeterministic() {
        RoutingDecision d = router.route(Steps.request("ai_editor", Map.of()), true);
        assertThat(d.actor()).isEqualTo("ai_editor");
        assertThat(d.adapterName()).isEqualTo("code_fixers");
        assertThat(d.type()).isEqualTo(AdapterType.DETERMINISTIC);
        assertThat(d.estimatedTokens()).isZero();
        assertThat(d.reasoning()).isEqualTo("Policy prefers deterministic - using code_fixers instead of ai_editor");
    }

    @Test
    void aiActorKeepsItselfWhenTheAlternativeIsUnavailable() {
        RoutingDecision d = router.route(Steps.request("ai_analyst", Map.of()), true);
        assertThat(d.adapterName()).isEqualTo("ai_analyst");
        assertThat(d.type()).isEqualTo(AdapterType.AI);
        assertThat(d.estimatedTokens()).isEqualTo(2000);
    }

    @Test
    void aiActorKeepsItselfWhenThePolicyAllowsAi() {
        RoutingDecision d = router.route(Steps.request("ai_editor", Map.of()), false);
        assertThat(d.adapterName()).isEqualTo("ai_editor");
        assertThat(d.estimatedTokens()).isEqualTo(8000);
        assertThat(d.available()).isTrue();
    }

    @Test
    void unavailableActorIsReportedWithItsReasonNotSilentlyReplaced() {
        RoutingDecision d = router.route(Steps.request("vscode_diagnostics", Map.of()), true);
        assertThat(d.available()).isFalse();
        assertThat(d.unavailableMessage())
                .isEqualTo("adapter not available: vscode_diagnostics (vscode_diagnostics not found on PATH)");
    }

    @Test
    void unknownActorIsUnavailable() {
        RoutingDecision d = router.route(Steps.request("mock_ai", Map.of()), true);
        assertThat(d.available()).isFalse();
        assertThat(d.adapterName()).isEqualTo("mock_ai");
        assertThat(d.unavailableMessage()).startsWith("adapter not available: mock_ai (unknown adapter");
    }

    @Test
    void unavailableAiActorWithoutAlternativeIsUnavailable() {
        Router noKey = new Router(AdapterRegistry.of(FakeAdapter.ai("ai_editor", "code_fixers", false, 10)));
        RoutingDecision d = noKey.route(Steps.request("ai_editor", Map.of()), true);
        assertThat(d.available()).isFalse();
        assertThat(d.unavailableReason()).isEqualTo("no API key");
    }
}
