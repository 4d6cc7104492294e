package dev.clio.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared set-up of the Operations contract: a fresh workspace made by {@link WorkspaceInitializer}, an
 * {@link EmbeddedEngine} over it, and Operations for callers of each role. Subclasses say how an Operations instance
 * reaches the engine ({@link #operations(Caller)}); a remote subclass starts a server over {@link #engine()} in
 * {@link #engineStarted()} and closes it in {@link #engineStopping()}. The tests are in {@link OperationsContract}.
 */
public abstract class OperationsContractBase {

    /** An unknown setting variable: validate must report it as a warning, and nothing may crash on it. */
    protected static final String UNKNOWN_VARIABLE = "CLI_ORCHESTRATOR_NOT_A_SETTING";
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Workspace workspace;
    private EmbeddedEngine engine;
    private Path outside;

    @BeforeEach
    final void openWorkspace() throws IOException {
        WorkspaceInitializer.initialize(dir.resolve("ws"));
        workspace = new Workspace(dir.resolve("ws"));
        outside = Files.createDirectories(dir.resolve("outside"));
        for (String fixture : List.of("SLEEPY.yaml", "FAILING.yaml", "BROKEN.yaml")) {
            copyFixture(fixture, workspace.workflows().resolve(fixture));
        }
        engine = openEngine(workspace);
        engineStarted();
    }

    @AfterEach
    final void closeEngine() {
        engineStopping();
        engine.close();
        engineClosed();
    }

    /** The engine under test; override to open it differently. */
    protected EmbeddedEngine openEngine(Workspace ws) {
        return EmbeddedEngine.open(ws, EngineOptions.defaults().withEnvironment(Map.of(UNKNOWN_VARIABLE, "1")));
    }

    /** Called once the engine is open, before each test (a remote subclass starts its server here). */
    protected void engineStarted() {
    }

    /** Called before the engine closes, after each test. */
    protected void engineStopping() {
    }

    /** Called after the engine closed (drop a database here). */
    protected void engineClosed() {
    }

    /** Operations bound to this caller, however the implementation under test makes them. */
    protected abstract Operations operations(Caller caller);

    /** The caller of a role; a remote subclass may map it to a real API key. */
    protected Caller caller(Role role) {
        return role == Role.ADMIN ? Caller.local("contract-admin") : Caller.key("clio_" + role.label(), role,
                "127.0.0.1");
    }

    /** The store's dialect as {@code dbStatus} names it. */
    protected String expectedDialect() {
        return "sqlite";
    }

    /** The audit actor a call made by this caller is recorded with. */
    protected String actorOf(Caller caller) {
        return caller.identity();
    }

    protected final EmbeddedEngine engine() {
        return engine;
    }

    protected final Workspace workspace() {
        return workspace;
    }

    protected final Path outside() {
        return outside;
    }

    final Operations admin() {
        return operations(caller(Role.ADMIN));
    }

    final Operations operator() {
        return operations(caller(Role.OPERATOR));
    }

    final Operations viewer() {
        return operations(caller(Role.VIEWER));
    }

    static void copyFixture(String name, Path target) {
        try (InputStream in = OperationsContractBase.class.getResourceAsStream("/ops/" + name)) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Workflows.ExecuteRequest request(String file) {
        return new Workflows.ExecuteRequest(file, false, null, null, null, Map.of());
    }

    /** Starts a workflow and waits for it to end; returns the final execution. */
    final Workflows.Execution runToEnd(Operations ops, String file) {
        Workflows.Execution started = ops.execute(request(file));
        return awaitStatus(ops, started.executionId(), Set.of("succeeded", "failed", "cancelled", "interrupted"));
    }

    static Workflows.Execution awaitStatus(Operations ops, String id, Set<String> statuses) {
        return await().atMost(RUN_TIMEOUT).pollInterval(Duration.ofMillis(50)).until(() -> ops.execution(id),
                e -> statuses.contains(e.status()));
    }

    static void assertKind(OpsException.Kind kind, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(OpsException.class)
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(kind))
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\n"));
    }

    static List<Resources.LogEntry> collector() {
        return new CopyOnWriteArrayList<>();
    }
}
