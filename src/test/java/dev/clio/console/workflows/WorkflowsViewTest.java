package dev.clio.console.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.console.TestConsole;
import dev.clio.console.common.Styles;
import dev.clio.console.common.Theme;
import dev.clio.engine.workflow.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Workflows view over a real embedded workspace (its sample workflows), used as a user would. */
@ExtendWith(ApplicationExtension.class)
class WorkflowsViewTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path dir;

    private TestConsole console;
    private WorkflowsView view;
    private Path hello;

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        console.connect("development");
        hello = console.workspace().workflows().resolve("HELLO.yaml");
        view = new WorkflowsView(console.context());
        Scene scene = new Scene((Parent) view.node(), 1240, 780);
        scene.getStylesheets().setAll(css(Theme.DARK.stylesheet()), css(Styles.BASE_STYLESHEET));
        console.context().actions().bindShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        view.shown();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.tabs().closeAll();
            view.hidden();
            console.close();
        }).get();
    }

    private static String css(String resource) {
        return WorkflowsViewTest.class.getResource(resource).toExternalForm();
    }

    private WorkflowEditor openHello(FxRobot robot) {
        await().atMost(WAIT).until(() -> visible(robot, "#workflow-file-HELLO-yaml") != null);
        robot.doubleClickOn(visible(robot, "#workflow-file-HELLO-yaml"));
        await().atMost(WAIT).until(() -> view.tabs().current().isPresent());
        WorkflowEditor editor = view.tabs().current().orElseThrow();
        await().atMost(WAIT).until(() -> editor.analysisProperty().get() != null);
        return editor;
    }

    private static Node visible(FxRobot robot, String query) {
        return robot.lookup(query).match(n -> n.isVisible() && n.getScene() != null
                && ((javafx.scene.control.IndexedCell<?>) n).getIndex() >= 0).tryQuery().orElse(null);
    }

    private static void replace(FxRobot robot, WorkflowEditor editor, String from, String to) {
        robot.interact(() -> {
            String text = editor.codeArea().getText();
            int at = text.indexOf(from);
            editor.codeArea().replaceText(at, at + from.length(), to);
        });
    }

    @Test
    void anErrorShowsAtItsLineAndGoesWhenFixedThenSaveWritesTheFile(FxRobot robot) throws Exception {
        WorkflowEditor editor = openHello(robot);
        assertThat(editor.diagnosticsProperty().get()).isEmpty();
        replace(robot, editor, "actor: \"shell\"", "actor: \"shel\"");
        await().atMost(WAIT).until(() -> !editor.diagnosticsProperty().get().isEmpty());
        Diagnostic d = editor.diagnosticsProperty().get().get(0);
        assertThat(d.line()).isEqualTo(9);
        assertThat(d.rule()).isEqualTo("unknown-actor");
        assertThat(editor.dirtyProperty().get()).isTrue();
        // the problems list jumps to the line
        ListView<?> problems = robot.lookup("#workflow-problems").queryAs(ListView.class);
        robot.interact(() -> editor.jumpTo(1, 1));
        robot.clickOn(robot.from(problems).lookup(".list-cell").nth(0).queryAs(Node.class));
        assertThat(editor.caretLineProperty().get()).isEqualTo(9);

        replace(robot, editor, "actor: \"shel\"", "actor: \"shell\"");
        await().atMost(WAIT).until(() -> editor.diagnosticsProperty().get().isEmpty());
        replace(robot, editor, "Say hello", "Say hello again");
        robot.clickOn("#workflow-code").press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        await().atMost(WAIT).until(() -> Files.readString(hello).contains("Say hello again"));
        await().atMost(WAIT).until(() -> !editor.dirtyProperty().get());

        // revert reads the saved file back over an edit
        replace(robot, editor, "Say hello again", "Something else");
        robot.clickOn("#workflows-revert");
        await().atMost(WAIT).until(() -> editor.codeArea().getText().contains("Say hello again"));
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void closingAnEditedTabAsksAndCancelKeepsItWhileDiscardClosesIt(FxRobot robot) {
        WorkflowEditor editor = openHello(robot);
        replace(robot, editor, "Say hello", "Say bye");
        Tab tab = view.tabs().pane().getSelectionModel().getSelectedItem();
        int open = view.tabs().pane().getTabs().size();
        Node closeButton = robot.lookup("#workflow-tab-HELLO-yaml .tab-close-button").query();
        robot.clickOn(closeButton);
        await().atMost(WAIT).until(() -> robot.lookup("#workflow-unsaved").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#workflow-unsaved").queryAs(Node.class)).lookup("Cancel")
                .queryAs(Node.class));
        assertThat(view.tabs().pane().getTabs()).contains(tab).hasSize(open);
        robot.clickOn(closeButton);
        await().atMost(WAIT).until(() -> robot.lookup("#workflow-unsaved").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#workflow-unsaved").queryAs(Node.class)).lookup("Discard changes")
                .queryAs(Node.class));
        await().atMost(WAIT).until(() -> !view.tabs().pane().getTabs().contains(tab));
        assertThat(view.tabs().pane().getTabs()).hasSize(open - 1);
    }

    @Test
    void aFileChangedOnDiskIsOfferedForReload(FxRobot robot) throws Exception {
        WorkflowEditor editor = openHello(robot);
        String outside = Files.readString(hello).replace("Say hello", "Changed outside");
        Files.writeString(hello, outside);
        robot.interact(() -> view.watch().check());
        await().atMost(WAIT).until(() -> robot.lookup("#workflow-reload").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#workflow-reload").queryAs(Button.class));
        await().atMost(WAIT).until(() -> editor.codeArea().getText().equals(outside));
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(robot.lookup("#workflow-disk-banner").tryQuery()).isEmpty();
    }

    @Test
    void theTreeShowsEachFilesValidity(FxRobot robot) throws Exception {
        Files.writeString(console.workspace().workflows().resolve("BROKEN.yaml"), "name: [\n");
        robot.interact(() -> view.viewModel().refresh());
        await().atMost(WAIT).until(() -> view.viewModel().listings().stream().flatMap(l -> l.files().stream())
                .anyMatch(f -> f.display().equals("BROKEN.yaml")));
        FileEntry broken = view.viewModel().listings().get(0).files().stream()
                .filter(f -> f.display().equals("BROKEN.yaml")).findFirst().orElseThrow();
        FileEntry fine = view.viewModel().listings().get(0).files().stream()
                .filter(f -> f.display().equals("HELLO.yaml")).findFirst().orElseThrow();
        assertThat(broken.validity()).isEqualTo(FileEntry.Validity.ERRORS);
        assertThat(fine.validity()).isEqualTo(FileEntry.Validity.VALID);
        await().atMost(WAIT).until(() -> robot.lookup("#workflow-file-BROKEN-yaml").tryQuery().isPresent());
    }
}
