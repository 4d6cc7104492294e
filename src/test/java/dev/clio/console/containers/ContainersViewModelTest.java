package dev.clio.console.containers;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.console.TestConsole;
import dev.clio.console.common.ConfirmationRequest;
import dev.clio.console.common.Session;
import dev.clio.console.common.logs.LineQueue;
import dev.clio.console.common.logs.LogLine;
import dev.clio.console.common.logs.LogLineParser;
import dev.clio.console.common.logs.LogSource;
import dev.clio.integrations.docker.EngineEndpoint;
import dev.clio.integrations.docker.TestEngine;
import dev.clio.ops.Incidents;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view model against the real Podman engine: a running ticker in a compose project and an exited container, a
 * workspace whose {@code docker_host} names the engine, and a clock moved by hand. The UI executor runs in place.
 */
class ContainersViewModelTest {

    private static final String PROJECT = "clio-vm-project";
    private static EngineEndpoint endpoint;
    private static TestEngine.Container ticker;
    private static TestEngine.Container exited;

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z"));
    private TestConsole console;
    private ContainersViewModel vm;

    @BeforeAll
    static void containers() {
        endpoint = TestEngine.endpoint();
        ticker = TestEngine.run(endpoint, "clio-vm-ticker", TestEngine.TICKER, "--label",
                "com.docker.compose.project=" + PROJECT);
        exited = TestEngine.run(endpoint, "clio-vm-exited", "echo bye; exit 0");
        await().atMost(Duration.ofSeconds(20)).until(() -> exited.state().equals("exited"));
    }

    @AfterAll
    static void remove() {
        for (TestEngine.Container c : new TestEngine.Container[] {ticker, exited}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @BeforeEach
    void open() {
        console = TestConsole.embedded(dir, Runnable::run, clock);
        vm = new ContainersViewModel(console.context());
    }

    @AfterEach
    void close() {
        vm.close();
        console.close();
    }

    @Test
    void listsRunningAndStoppedContainersWithStatsOfTheRunningOnes() {
        connect(endpoint);
        ContainerRow running = awaitRow(ticker.name(), r -> r.statsOrNull() != null);
        assertThat(running.state()).isEqualTo("running");
        assertThat(running.memoryUsed()).isPositive();
        assertThat(running.memoryText()).contains(" / ").contains("%");
        assertThat(running.uptimeSeconds()).isNotNull();
        assertThat(running.project()).isEqualTo(PROJECT);
        ContainerRow stopped = awaitRow(exited.name(), r -> true);
        assertThat(stopped.state()).isEqualTo("exited");
        assertThat(stopped.statsOrNull()).isNull();
        assertThat(stopped.cpuText()).isEmpty();
        assertThat(stopped.project()).isEqualTo(ContainerRow.NO_PROJECT);
        assertThat(vm.problemProperty().get()).isNull();
        assertThat(vm.updatedProperty().get()).isEqualTo("updated 0 s ago");
        clock.advance(Duration.ofSeconds(12));
        vm.tick();
        assertThat(vm.updatedProperty().get()).isEqualTo("updated 12 s ago");
    }

    @Test
    void textAndStateFiltersAndGroupingByProject() {
        connect(endpoint);
        awaitRow(exited.name(), r -> true);
        awaitRow(ticker.name(), r -> true);
        vm.filter("clio-vm-");
        assertThat(names()).contains(ticker.name(), exited.name()).allMatch(n -> n.startsWith("clio-vm-"));
        vm.stateFilter("exited");
        assertThat(names()).contains(exited.name()).doesNotContain(ticker.name());
        vm.stateFilter("running");
        assertThat(names()).contains(ticker.name()).doesNotContain(exited.name());
        vm.stateFilter(ContainersViewModel.ALL_STATES);
        vm.filter(PROJECT.toUpperCase());
        assertThat(names()).containsExactly(ticker.name());
        vm.filter("clio-vm-");
        vm.grouped(true);
        // grouped, containers of a project come before those of none, whatever their names
        List<String> grouped = names();
        assertThat(grouped.indexOf(ticker.name())).isLessThan(grouped.indexOf(exited.name()));
        assertThat(vm.rowsProperty().get().get(0).project()).isNotEqualTo(ContainerRow.NO_PROJECT);
    }

    @Test
    void selectionSurvivesPollsAndTheHistoryGrowsSampleBySample() {
        connect(endpoint);
        awaitRow(ticker.name(), r -> r.statsOrNull() != null);
        vm.select(List.of(ticker.name()));
        int before = vm.detailsProperty().get().history().size();
        vm.refresh();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> vm.detailsProperty().get().history().size() > before);
        assertThat(vm.selectedProperty().get()).containsExactly(ticker.name());
        assertThat(vm.detailsProperty().get().row().name()).isEqualTo(ticker.name());
        assertThat(vm.logSourceProperty().get()).as("hidden: no log stream held open").isNull();
        vm.shown();
        assertThat(vm.logSourceProperty().get().name()).isEqualTo(ticker.name());
        vm.hidden();
        assertThat(vm.logSourceProperty().get()).isNull();
    }

    @Test
    void theLogSourceDeliversTheTailThenNewLinesWithStderrMarked() {
        Session session = connect(endpoint);
        ContainerRow row = awaitRow(ticker.name(), r -> true);
        ContainerLogSource source = new ContainerLogSource(ticker.name(), row.container().startedAt(), session,
                console.context().io(), 10);
        LineQueue queue = new LineQueue(1000, new LogLineParser(ZoneOffset.UTC), clock);
        List<LogLine> seen = new ArrayList<>();
        try (LogSource.Feed feed = source.start(queue)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                seen.addAll(queue.drain(1000));
                return seen.size() >= 14;
            });
        }
        assertThat(seen).allSatisfy(l -> assertThat(l.source()).isEqualTo(ticker.name()));
        assertThat(seen).anyMatch(l -> l.text().startsWith("line "));
        assertThat(seen).anyMatch(l -> l.text().startsWith(ContainerLogSource.STDERR_MARK + "err "));
        assertThat(seen).as("the engine's timestamps, not the test clock's")
                .allSatisfy(l -> assertThat(l.time()).isNotEqualTo(clock.instant()));
        assertThat(queue.takeProblem()).isNull();
    }

    @Test
    void aContainerWithoutLogIsASentenceOnTheQueue() {
        Session session = connect(endpoint);
        awaitRow(ticker.name(), r -> true);
        ContainerLogSource missing = new ContainerLogSource("clio-no-such-container", null, session,
                console.context().io(), 10);
        LineQueue queue = new LineQueue(100, new LogLineParser(ZoneOffset.UTC), clock);
        String[] problem = new String[1];
        try (LogSource.Feed feed = missing.start(queue)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> (problem[0] = queue.takeProblem()) != null);
        }
        assertThat(problem[0]).startsWith("The log of clio-no-such-container is not available: No container named "
                + "clio-no-such-container at ");
    }

    @Test
    void aConfirmedRestartRestartsAndIsRecordedAsAnEvent() {
        Session session = connect(endpoint);
        awaitRow(ticker.name(), r -> true);
        String startedBefore = ticker.startedAt();
        vm.select(List.of(ticker.name()));
        ConfirmationRequest request = vm.request(ContainerAction.RESTART);
        assertThat(request.operation()).isEqualTo("restart");
        assertThat(request.targets()).containsExactly(ticker.name());
        assertThat(request.connection()).isEqualTo(session.target());
        assertThat(request.environment()).isEqualTo("development");
        assertThat(request.challengeOrNull()).isNull();
        vm.perform(ContainerAction.RESTART, request);
        await().atMost(Duration.ofSeconds(30)).until(() -> !vm.actions().busyProperty().get());
        assertThat(vm.actions().resultProperty().get()).startsWith("restart: " + ticker.name() + " restarted in ");
        assertThat(vm.actions().failedProperty().get()).isFalse();
        assertThat(ticker.startedAt()).isNotEqualTo(startedBefore);
        assertThat(vm.detailsProperty().get().events()).extracting(ContainerEvent::text)
                .anyMatch(t -> t.startsWith("restart: "));
    }

    @Test
    void aRestartDuringAnActiveIncidentLandsInItsTimeline() {
        Session session = connect(endpoint);
        awaitRow(ticker.name(), r -> true);
        Incidents.Incident incident = session.operations().openIncident(new Incidents.OpenRequest("ticker stuck",
                Incidents.Severity.HIGH, "", null, null));
        console.context().incident().activate(incident);
        vm.select(List.of(ticker.name()));
        vm.perform(ContainerAction.RESTART, vm.request(ContainerAction.RESTART));
        await().atMost(Duration.ofSeconds(30)).until(() -> !session.operations()
                .incidentEvents(incident.id(), 0, Incidents.EventKind.CONTAINER_ACTION).events().isEmpty());
        Incidents.Event entry = session.operations().incidentEvents(incident.id(), 0,
                Incidents.EventKind.CONTAINER_ACTION).events().get(0);
        assertThat(entry.payload()).containsEntry("action", "restart").containsEntry("container", ticker.name())
                .containsEntry("containers", List.of(ticker.name())).containsEntry("result", "ok")
                .containsKey("duration_ms");
        assertThat((List<?>) entry.payload().get("details")).singleElement().asString()
                .startsWith("restart: " + ticker.name() + " restarted in ");
    }

    @Test
    void aProductionSessionAsksForTheNameOrTheCount() {
        connectAs("production", endpoint);
        awaitRow(exited.name(), r -> true);
        vm.select(List.of(exited.name()));
        ConfirmationRequest one = vm.request(ContainerAction.STOP);
        assertThat(one.challengeOrNull()).isEqualTo(exited.name());
        assertThat(one.accepts("")).isFalse();
        assertThat(one.accepts(exited.name())).isTrue();
        vm.select(List.of(exited.name(), ticker.name()));
        assertThat(vm.request(ContainerAction.KILL).challengeOrNull()).isEqualTo("2");
    }

    @Test
    void aViewerKeyIsRefusedAndTheActionsAreDisabledWithTheReason() {
        EmbeddedEngine engine = EmbeddedEngine.open(console.workspace());
        engine.operations(Caller.local("setup")).setConfig("docker_host", endpoint.url());
        // a server from before whoami: the role is not known up front, so the FORBIDDEN answer disables the actions
        Session viewer = new Session("viewer", "staging", "workspace " + console.workspace().root(),
                withoutWhoami(engine.operations(Caller.key("clio_vw", Role.VIEWER, "test"))), console.workspace());
        try {
            console.context().sessions().switchTo(viewer);
            awaitRow(ticker.name(), r -> true);
            String startedBefore = ticker.startedAt();
            vm.select(List.of(ticker.name()));
            vm.perform(ContainerAction.RESTART, vm.request(ContainerAction.RESTART));
            await().atMost(Duration.ofSeconds(20)).until(() -> vm.actions().disabledReasonProperty().get() != null);
            assertThat(vm.actions().disabledReasonProperty().get()).contains("role does not allow");
            assertThat(ticker.startedAt()).isEqualTo(startedBefore);
        } finally {
            console.context().sessions().switchTo(null);
            engine.close();
        }
    }

    @Test
    void anEmbeddedViewerSeesTheActionsDisabledUpFront() {
        EmbeddedEngine engine = EmbeddedEngine.open(console.workspace());
        Session viewer = new Session("viewer", "staging", "workspace " + console.workspace().root(),
                engine.operations(Caller.key("clio_vw", Role.VIEWER, "test")), console.workspace());
        try {
            console.context().sessions().switchTo(viewer);
            await().atMost(Duration.ofSeconds(20)).until(() -> vm.actions().disabledReasonProperty().get() != null);
            assertThat(vm.actions().disabledReasonProperty().get()).isEqualTo(ContainersViewModel.VIEWER_REASON);
        } finally {
            console.context().sessions().switchTo(null);
            engine.close();
        }
    }

    /** The same Operations, answering whoami as a server without that route does. */
    private static Operations withoutWhoami(Operations real) {
        return (Operations) Proxy.newProxyInstance(Operations.class.getClassLoader(), new Class<?>[] {Operations.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("whoami")) {
                        throw OpsException.notFound("no route GET /api/v1/whoami");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void anEngineThatGoesAwayIsOneSentenceAndTheViewRecoversWhenItComesBack() throws Exception {
        try (PodmanService service = new PodmanService(dir)) {
            service.start();
            connect(service.endpoint());
            vm.shown();
            awaitRow(ticker.name(), r -> true);
            service.stop();
            await().atMost(Duration.ofSeconds(20)).until(() -> vm.problemProperty().get() != null);
            assertThat(vm.problemProperty().get())
                    .startsWith("No container engine at " + service.endpoint().url() + ": ");
            assertThat(vm.rowsProperty().get()).as("the last rows stay").isNotEmpty();
            service.start();
            await().atMost(Duration.ofSeconds(40)).until(() -> vm.problemProperty().get() == null);
            awaitRow(ticker.name(), r -> true);
        }
    }

    @Test
    void theBackoffDoublesUpToItsCeiling() {
        assertThat(List.of(1, 2, 3, 4, 5, 9).stream().map(ContainersViewModel::backoff).map(Duration::toSeconds))
                .containsExactly(3L, 6L, 12L, 24L, 30L, 30L);
    }

    private Session connect(EngineEndpoint engine) {
        return connectAs("development", engine);
    }

    private Session connectAs(String environment, EngineEndpoint engine) {
        Session session = console.connect(environment);
        session.operations().setConfig("docker_host", engine.url());
        vm.refresh();
        return session;
    }

    private ContainerRow awaitRow(String name, Predicate<ContainerRow> ready) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (vm.rowsProperty().get().stream().noneMatch(r -> r.name().equals(name) && ready.test(r))) {
                vm.refresh();
                return false;
            }
            return true;
        });
        return vm.rowsProperty().get().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> names() {
        return vm.rowsProperty().get().stream().map(ContainerRow::name).toList();
    }
}
