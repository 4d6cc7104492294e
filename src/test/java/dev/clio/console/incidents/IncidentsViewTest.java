package dev.clio.console.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.TestConsole;
import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsolePrefs;
import dev.clio.console.common.Styles;
import dev.clio.console.common.ViewSpec;
import dev.clio.console.shell.MainWindow;
import dev.clio.console.shell.ShellViewModel;
import dev.clio.ops.Incidents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real Incidents view in the real main window (so the status bar is there), over the console's real runtime and
 * an embedded workspace: what a user clicks and types, and what ends up in the store and the report file.
 */
@ExtendWith(ApplicationExtension.class)
class IncidentsViewTest {

    @TempDir
    static Path dir;

    private TestConsole console;

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        console.connect("development");
        List<ViewSpec> views = List.of(new ViewSpec("incidents", "Incidents", "mdi2a-alert-octagon-outline", "",
                IncidentsView::new));
        ShellViewModel vm = new ShellViewModel(views, console.context().settings(),
                ConsolePrefs.load(dir.resolve("p" + System.nanoTime())), Clock.systemUTC(), null);
        MainWindow window = new MainWindow(console.context(), vm);
        Scene scene = new Scene(window.root(), 1280, 760);
        window.attach(scene);
        scene.getStylesheets().setAll(css("/styles/theme-dark.css"), css(Styles.BASE_STYLESHEET));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> console.close());
    }

    @Test
    void declareAddAndEditANoteResolveAndExportWithTheActiveIncidentInTheStatusBar(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#active-incident").queryLabeled().isVisible()).isFalse();
        robot.clickOn("#incidents-declare");
        robot.clickOn("#declare-title").write("Checkout fails");
        robot.interact(() -> severityBox(robot).setValue(Incidents.Severity.HIGH));
        robot.clickOn("#declare-impact").write("no orders since 10:00");
        robot.clickOn("#declare-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#active-incident").startsWith("INC-"));
        String id = console.context().incident().activeId();
        assertThat(text(robot, "#active-incident")).isEqualTo(id + " · high · investigating");
        assertThat(robot.lookup("#active-incident").queryLabeled().isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#incident-title").equals(id
                + " · Checkout fails"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#incident-phase-detection").tryQuery()
                .isPresent());
        assertThat(robot.lookup("#incident-phase-detection").query().getStyleClass())
                .contains(Styles.INCIDENT_PHASE_CURRENT);
        assertThat(text(robot, "#incident-countdown")).startsWith("next update due in ");

        robot.clickOn("#incident-note-text").write("rolled back v2");
        robot.clickOn("#incident-note-add");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows(robot).stream().anyMatch(TimelineRow::note));
        robot.interact(() -> {
            ListView<TimelineRow> list = timeline(robot);
            list.getSelectionModel().select(list.getItems().stream().filter(TimelineRow::note).findFirst()
                    .orElseThrow());
        });
        robot.clickOn("#incident-note-edit");
        robot.interact(() -> robot.lookup("#incident-ask-text").queryAs(TextField.class)
                .setText("rolled back v2 to v1"));
        robot.clickOn("#incident-ask-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows(robot).stream().anyMatch(r -> r.note()
                && r.text().equals("rolled back v2 to v1 (edited 1×)") && r.history().equals("was: rolled back v2")));

        robot.interact(() -> {
            javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "incident-tab-resolution"
                    .equals(t.getId())).findFirst().orElseThrow());
        });
        robot.clickOn("#incident-root-cause").write("a bad release");
        robot.clickOn("#incident-resolution").write("rolled back");
        robot.clickOn("#incident-preventive").write("canary releases");
        robot.clickOn("#incident-resolve");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#incident-status").equals("resolved")
                || !text(robot, "#incidents-problem").isEmpty());
        assertThat(text(robot, "#incidents-problem")).isEmpty();
        assertThat(text(robot, "#incident-status")).isEqualTo("resolved");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#active-incident").endsWith("resolved"));
        assertThat(text(robot, "#incident-follow-ups")).startsWith("Post-mortem due ").contains("☐ ");

        robot.interact(() -> console.context().actions().find("incidents.export").orElseThrow().run().run());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !preview(robot).isEmpty());
        String shown = preview(robot);
        assertThat(shown).contains(id).contains("rolled back v2 to v1").contains("a bad release");
        robot.clickOn("#incident-report-save");
        Path file = console.workspace().incidents().resolve(id + ".md");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(shown);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#incident-report-saved")
                .equals("Saved: " + file));
    }

    @Test
    void statusMovesOnWithAReasonAndThePaletteListsTheCommands(FxRobot robot) throws Exception {
        assertThat(console.context().actions().all()).extracting(ConsoleAction::searchText).contains(
                "Incidents: Declare incident…", "Incidents: Add note", "Incidents: Export report",
                "Incidents: Set active incident");
        Incidents.Incident other = console.context().sessions().current().operations().openIncident(
                new Incidents.OpenRequest("Slow pages", Incidents.Severity.LOW, "", null, null));
        // declared elsewhere (here: straight through Operations): a refresh lists it, and the first one opens
        robot.clickOn("#incidents-refresh");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#incident-title").startsWith(other.id()));
        assertThat(robot.lookup("#active-incident").queryLabeled().isVisible()).isFalse();
        robot.interact(() -> console.context().actions().find("incidents.active").orElseThrow().run().run());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#active-incident")
                .equals(other.id() + " · low · investigating"));
        robot.clickOn("#incident-advance");
        robot.clickOn("#incident-ask-text").write("slow query found");
        robot.clickOn("#incident-ask-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#incident-status").equals("identified"));
        assertThat(robot.lookup("#incident-advance").queryButton().getText()).isEqualTo("Mark monitoring…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows(robot).stream().anyMatch(r ->
                r.kind() == Incidents.EventKind.STATUS && r.text().equals("status investigating → identified: slow "
                        + "query found")));
    }

    @Test
    void everyIconLiteralResolves(FxRobot robot) {
        robot.interact(() -> {
            for (Incidents.EventKind kind : Incidents.EventKind.values()) {
                String literal = TimelineRow.icon(kind);
                assertThat(new FontIcon(literal).getIconCode().getDescription()).isEqualTo(literal);
            }
            for (String literal : List.of("mdi2p-pin", "mdi2p-pin-outline", "mdi2t-target", "mdi2b-backup-restore",
                    "mdi2a-arrow-right-bold-outline", "mdi2n-note-plus-outline", "mdi2e-eye-outline",
                    "mdi2c-content-save-edit-outline", "mdi2c-content-copy", "mdi2r-refresh")) {
                assertThat(new FontIcon(literal).getIconCode().getDescription()).isEqualTo(literal);
            }
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Incidents.Severity> severityBox(FxRobot robot) {
        return robot.lookup("#declare-severity").queryAs(ComboBox.class);
    }

    private static String preview(FxRobot robot) {
        return robot.lookup("#incident-report-text").queryAs(TextArea.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ListView<TimelineRow> timeline(FxRobot robot) {
        return robot.lookup("#incident-timeline").queryAs(ListView.class);
    }

    private static List<TimelineRow> rows(FxRobot robot) {
        return List.copyOf(timeline(robot).getItems());
    }

    private static String css(String resource) {
        return IncidentsViewTest.class.getResource(resource).toExternalForm();
    }
}
