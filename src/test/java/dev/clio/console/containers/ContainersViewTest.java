package dev.clio.console.containers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.TestConsole;
import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.Session;
import dev.clio.console.common.Styles;
import dev.clio.console.common.Theme;
import dev.clio.integrations.docker.EngineEndpoint;
import dev.clio.integrations.docker.TestEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view over a real embedded workspace whose engine is the real Podman one, used as a user would. */
@ExtendWith(ApplicationExtension.class)
class ContainersViewTest {

    @TempDir
    static Path dir;

    private static EngineEndpoint endpoint;
    private static TestEngine.Container web;
    private static TestEngine.Container exited;

    private TestConsole console;
    private ContainersView view;

    @BeforeAll
    static void containers() {
        endpoint = TestEngine.endpoint();
        web = TestEngine.run(endpoint, "clio-view-web", TestEngine.TICKER, "--label",
                "com.docker.compose.project=clio-view");
        exited = TestEngine.run(endpoint, "clio-view-exited", "echo bye; exit 0");
    }

    @AfterAll
    static void remove() {
        for (TestEngine.Container c : new TestEngine.Container[] {web, exited}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        view = new ContainersView(console.context());
        Scene scene = new Scene((Parent) view.node(), 1240, 780);
        scene.getStylesheets().setAll(css(Theme.DARK.stylesheet()), css(Styles.BASE_STYLESHEET));
        console.context().actions().bindShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            view.viewModel().close();
            console.close();
        });
    }

    @Test
    void theTableShowsTheTestContainersWithTheirStates(FxRobot robot) throws Exception {
        connect(robot, "development");
        TableView<ContainerRow> table = awaitRows(robot, 2);
        assertThat(table.getItems()).extracting(ContainerRow::name).containsExactlyInAnyOrder(web.name(),
                exited.name());
        assertThat(table.getColumns()).extracting(c -> c.getText()).contains("Name", "Image", "State", "Health",
                "Status", "Uptime", "Restarts", "CPU %", "Memory used / limit", "Net I/O rx / tx",
                "Block I/O r / w");
        assertThat(table.getFixedCellSize()).isPositive();
        assertThat(view.viewModel().selectedProperty().get()).as("the first row, so the detail is never empty")
                .containsExactly(table.getItems().get(0).name());
        assertThat(lookup("#containers-restart", Button.class).isDisabled()).isFalse();
        robot.interact(() -> table.getSelectionModel().clearSelection());
        assertThat(lookup("#containers-restart", Button.class).isDisabled()).as("nothing selected").isTrue();
        assertThat(table.getItems().get(0).name()).as("by name").isEqualTo(exited.name());
        robot.clickOn("#containers-group");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(0).name()).isEqualTo(web.name());
    }

    @Test
    void restartAsksFirstCancelDoesNothingAndConfirmingRestarts(FxRobot robot) throws Exception {
        Session session = connect(robot, "development");
        select(robot, awaitRows(robot, 2), web.name());
        String startedBefore = web.startedAt();
        robot.clickOn("#containers-restart");
        assertThat(lookup("#confirm-operation", Label.class).getText()).isEqualTo("restart");
        assertThat(lookup("#confirm-targets", Label.class).getText()).isEqualTo(web.name());
        assertThat(lookup("#confirm-connection", Label.class).getText()).isEqualTo(session.target());
        assertThat(lookup("#confirm-environment", Label.class).getText()).isEqualTo("development");
        assertThat(robot.lookup("#confirm-challenge").tryQuery()).isEmpty();
        robot.clickOn("#confirm-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirm-ok").tryQuery()).isEmpty();
        assertThat(web.startedAt()).isEqualTo(startedBefore);
        assertThat(lookup("#containers-result", Label.class).isVisible()).isFalse();
        robot.clickOn("#containers-restart");
        robot.clickOn("#confirm-ok");
        Label result = lookup("#containers-result", Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> result.getText() != null
                && result.getText().contains(" restarted in "));
        assertThat(web.startedAt()).isNotEqualTo(startedBefore);
        assertThat(view.viewModel().selectedProperty().get()).containsExactly(web.name());
        // the detail pane's log pane follows the selected container, stderr marked
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.logPane().viewModel().model().shownTexts()
                .stream().anyMatch(t -> t.startsWith("stderr | err ")));
        assertThat(view.logPane().viewModel().sourceName()).isEqualTo(web.name());
    }

    @Test
    void onProductionTheNameMustBeTypedBeforeTheButtonEnables(FxRobot robot) throws Exception {
        connect(robot, "production");
        select(robot, awaitRows(robot, 2), web.name());
        String startedBefore = web.startedAt();
        robot.clickOn("#containers-restart");
        Button ok = lookup("#confirm-ok", Button.class);
        assertThat(lookup("#confirm-environment", Label.class).getText()).isEqualTo("production");
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn("#confirm-challenge").write(web.name().substring(0, 6));
        assertThat(ok.isDisabled()).isTrue();
        robot.write(web.name().substring(6));
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn("#confirm-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(web.startedAt()).isEqualTo(startedBefore);
    }

    @Test
    void everyActionIsAPaletteActionWithAShortcutAndTheIconsResolve() {
        for (ContainerAction action : ContainerAction.values()) {
            ConsoleAction registered = console.context().actions().find("containers." + action.operation())
                    .orElseThrow();
            assertThat(registered.shortcut()).isEqualTo(action.shortcut());
            assertThat(registered.searchText()).startsWith("Containers: " + action.title());
            assertThat(new FontIcon(action.icon()).getIconCode().getDescription()).isEqualTo(action.icon());
        }
        for (String literal : List.of(ContainersView.PROBLEM_ICON, ContainersView.RETRY_ICON,
                ContainersView.GROUP_ICON, ContainersView.LOCK_ICON, "mdi2p-package-variant-closed")) {
            assertThat(new FontIcon(literal).getIconCode().getDescription()).isEqualTo(literal);
        }
    }

    private Session connect(FxRobot robot, String environment) {
        Session[] session = new Session[1];
        robot.interact(() -> {
            session[0] = console.connect(environment);
            session[0].operations().setConfig("docker_host", endpoint.url());
            view.viewModel().filter("clio-view-");
            view.shown();
        });
        return session[0];
    }

    @SuppressWarnings("unchecked")
    private TableView<ContainerRow> awaitRows(FxRobot robot, int count) throws Exception {
        TableView<ContainerRow> table = lookup("#containers-table", TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            if (table.getItems().size() < count) {
                robot.interact(() -> view.viewModel().refresh());
                return false;
            }
            return true;
        });
        return table;
    }

    private static void select(FxRobot robot, TableView<ContainerRow> table, String name) {
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).name().equals(name)) {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T extends Node> T lookup(String query, Class<T> type) {
        return new FxRobot().lookup(query).queryAs(type);
    }

    private static String css(String resource) {
        return ContainersViewTest.class.getResource(resource).toExternalForm();
    }
}
