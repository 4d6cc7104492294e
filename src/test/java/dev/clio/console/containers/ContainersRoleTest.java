package dev.clio.console.containers;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.console.ServedWorkspace;
import dev.clio.console.TestConsole;
import dev.clio.console.common.Session;
import dev.clio.security.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The role a remote key has, asked up front: a real server on loopback over an embedded engine (wired as
 * {@code serve} wires it) and real API keys. No container engine is needed: the role is known before any listing.
 */
class ContainersRoleTest {

    @TempDir
    Path dir;

    private TestConsole console;
    private ServedWorkspace served;
    private ContainersViewModel vm;

    @BeforeEach
    void open() {
        console = TestConsole.embedded(dir, Runnable::run, new ManualClock(Instant.parse("2026-12-01T10:00:00Z")));
        served = new ServedWorkspace(console);
        vm = new ContainersViewModel(console.context());
    }

    @AfterEach
    void close() {
        vm.close();
        console.context().sessions().switchTo(null);
        served.close();
        console.close();
    }

    private Session remote(Role role) {
        return served.remote(role, "console");
    }

    @Test
    void aViewerKeySeesTheActionsDisabledBeforeActing() {
        console.context().sessions().switchTo(remote(Role.VIEWER));
        await().atMost(Duration.ofSeconds(10)).until(() -> vm.actions().disabledReasonProperty().get() != null);
        assertThat(vm.actions().disabledReasonProperty().get()).isEqualTo(ContainersViewModel.VIEWER_REASON);
    }

    @Test
    void aSwitchToAnotherKeyStartsEnabledAndAsksAgain() {
        console.context().sessions().switchTo(remote(Role.VIEWER));
        await().atMost(Duration.ofSeconds(10)).until(() -> vm.actions().disabledReasonProperty().get() != null);
        Session operator = remote(Role.OPERATOR);
        console.context().sessions().switchTo(operator);
        assertThat(vm.actions().disabledReasonProperty().get()).as("the viewer's reason is gone").isNull();
        assertThat(operator.operations().whoami().allows(Role.OPERATOR)).isTrue();
        console.context().sessions().switchTo(remote(Role.VIEWER));
        await().atMost(Duration.ofSeconds(10)).until(() -> vm.actions().disabledReasonProperty().get() != null);
        assertThat(vm.actions().disabledReasonProperty().get()).isEqualTo(ContainersViewModel.VIEWER_REASON);
    }
}
