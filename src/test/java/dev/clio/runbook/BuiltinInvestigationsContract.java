package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.integrations.docker.EngineEndpoint;
import dev.clio.integrations.docker.TestEngine;
import dev.clio.ops.Operations;
import dev.clio.ops.Runbooks.StepResult;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.security.Caller;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in's investigations run, in order, over a real engine on a fresh workspace: each answers with a verdict
 * (pass, warn or fail), never {@code none}, a refusal or a failure, except the container steps when no container
 * engine answers, which fail with the engine's own clear sentence. With {@code CLIO_TEST_DOCKER_HOST} naming a live
 * engine, the container steps run against it over a container of this test. Subclasses say how the Operations reach
 * the engine (in process, or through a real server on loopback).
 */
abstract class BuiltinInvestigationsContract {

    private static final Set<String> VERDICTS = Set.of("pass", "warn", "fail");
    private static TestEngine.Container service;

    @TempDir
    Path dir;
    private EmbeddedEngine engine;
    private String dockerHost;

    @BeforeAll
    static void startServiceContainer() {
        liveEngine().ifPresent(e -> {
            service = TestEngine.run(e, "clio-runbook-svc",
                    "trap 'exit 0' TERM; while true; do echo 'ERROR demo failure'; echo ok; sleep 0.2; done");
            // the grep steps read the log: wait for its first ERROR line rather than for a time
            await().atMost(Duration.ofSeconds(20)).until(() -> TestEngine.podman(e, "logs", service.name())
                    .contains("ERROR demo failure"));
        });
    }

    @AfterAll
    static void removeServiceContainer() {
        if (service != null) {
            service.close();
        }
    }

    private static Optional<EngineEndpoint> liveEngine() {
        String url = System.getenv(TestEngine.VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        EngineEndpoint e = new EngineEndpoint(url);
        return TestEngine.answers(e) ? Optional.of(e) : Optional.empty();
    }

    @BeforeEach
    final void open() throws IOException {
        WorkspaceInitializer.initialize(dir.resolve("ws"));
        // an engine socket that does not exist unless a live one is given: the container steps' answer is known
        dockerHost = liveEngine().map(EngineEndpoint::url).orElse("unix://" + dir.resolve("no-engine.sock"));
        engine = open(new Workspace(dir.resolve("ws")), EngineOptions.defaults()
                .withEnvironment(Map.of("CLI_ORCHESTRATOR_DOCKER_HOST", dockerHost)));
        started(engine);
    }

    @AfterEach
    final void close() {
        stopping();
        engine.close();
        closed();
    }

    /** Opens the engine under test; override to use another store. */
    protected EmbeddedEngine open(Workspace ws, EngineOptions options) {
        return EmbeddedEngine.open(ws, options);
    }

    protected void started(EmbeddedEngine e) {
    }

    protected void stopping() {
    }

    protected void closed() {
    }

    /** The Operations of the least role that may read (investigations need no more). */
    protected abstract Operations viewer(EmbeddedEngine e);

    protected final EmbeddedEngine engine() {
        return engine;
    }

    static Stream<String> names() {
        return BuiltinCatalog.names().stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void investigationsAnswerWithVerdicts(String name) {
        Runbook rb = BuiltinCatalog.load(name).runbook().orElseThrow();
        Map<String, String> params = new HashMap<>();
        if (service != null && rb.params().containsKey("container")) {
            params.put("container", service.name());
        }
        RunbookRunner runner = new RunbookRunner(viewer(engine), Optional.empty(), "test", Clock.systemUTC());
        List<StepResult> results = runner.runInvestigations(rb, params);
        assertThat(results).extracting(StepResult::stepId)
                .containsExactlyElementsOf(rb.steps().stream().map(RunbookStep::id).toList());
        int ran = 0;
        for (StepResult r : results) {
            RunbookStep step = rb.step(r.stepId()).orElseThrow();
            if (!step.kind().readOnly(step)) {
                assertThat(r.status()).as("%s/%s is not run by 'run all investigations'", rb.id(), step.id())
                        .isEqualTo("skipped");
                continue;
            }
            ran++;
            if (step.call().startsWith("containers.") && service == null) {
                assertThat(r.status()).as("%s/%s without an engine: %s", rb.id(), step.id(), r.summary())
                        .isEqualTo("failed");
                assertThat(r.summary()).as("%s/%s", rb.id(), step.id()).startsWith("No container engine at "
                        + dockerHost);
                continue;
            }
            assertThat(r.status()).as("%s/%s: %s", rb.id(), step.id(), r.summary()).isEqualTo("ok");
            if (service != null && step.call().equals("containers.logs")) {
                // the service container writes ERROR lines: a grep for them finds some, a plain tail passes
                assertThat(r.verdict()).as("%s/%s: %s", rb.id(), step.id(), r.summary())
                        .isEqualTo(step.with().containsKey("contains") ? step.verdict().get(0).outcome().status()
                                .label() : "pass");
            }
            assertThat(r.verdict()).as("%s/%s: %s", rb.id(), step.id(), r.summary()).isIn(VERDICTS);
            assertThat(r.summary()).as("%s/%s", rb.id(), step.id()).isNotBlank().doesNotContain("{value}", "no value");
        }
        assertThat(ran).as("%s ran investigations", rb.id()).isEqualTo(rb.investigations().size()).isPositive();
    }

    /** Verdicts read table rows by column name: the engine's tables must have exactly TableColumns' columns. */
    @ParameterizedTest
    @MethodSource("tables")
    void tablesHaveTheColumnsVerdictsReadByName(String call) {
        Object table = Calls.byId(call).orElseThrow().invoke().apply(viewer(engine), new CallArgs(Map.of()));
        assertThat(((dev.clio.ops.Resources.Table) table).columns()).containsExactlyElementsOf(TableColumns.of(call));
    }

    static Stream<String> tables() {
        return Stream.of("db.activity", "db.slow-queries", "db.locks");
    }

    /** For subclasses that need the local user (key set-up). */
    protected static Caller setup() {
        return Caller.local("builtin-investigations");
    }
}
