package dev.clio.console.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.ops.Operations;
import dev.clio.ops.embedded.EmbeddedOperations;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production challenge: the name for one target, the count for several, nothing elsewhere. */
class ConfirmationRequestTest {

    @TempDir
    static Path dir;

    private static Operations operations;

    @BeforeAll
    static void open() throws IOException {
        WorkspaceInitializer.initialize(dir.resolve("ws"));
        operations = EmbeddedOperations.open(new Workspace(dir.resolve("ws")));
    }

    @AfterAll
    static void close() {
        operations.close();
    }

    @Test
    void productionAsksForTheNameOfOneAndTheCountOfSeveral() {
        ConfirmationRequest one = ConfirmationRequest.of("restart", List.of("web-1"), session("production"));
        assertThat(one.challengeOrNull()).isEqualTo("web-1");
        assertThat(one.accepts("web-")).isFalse();
        assertThat(one.accepts(" web-1 ")).isTrue();
        assertThat(one.accepts(null)).isFalse();
        assertThat(one.connection()).isEqualTo("server https://ops.example:8443");
        assertThat(one.environment()).isEqualTo("production");
        ConfirmationRequest three = ConfirmationRequest.of("kill", List.of("a", "b", "c"), session("production"));
        assertThat(three.challengeOrNull()).isEqualTo("3");
        assertThat(three.accepts("a")).isFalse();
        assertThat(three.accepts("3")).isTrue();
        assertThat(three.summary("containers")).isEqualTo("kill 3 containers: a, b, c");
    }

    @Test
    void elsewhereNothingIsTypedAndATargetIsNeeded() {
        ConfirmationRequest staging = ConfirmationRequest.of("stop", List.of("db-1"), session("staging"));
        assertThat(staging.challengeOrNull()).isNull();
        assertThat(staging.accepts("")).isTrue();
        assertThat(staging.summary("containers")).isEqualTo("stop db-1");
        assertThatThrownBy(() -> ConfirmationRequest.of("stop", List.of(), session("staging")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Session session(String environment) {
        return new Session("ops", environment, "server https://ops.example:8443", operations, null);
    }
}
