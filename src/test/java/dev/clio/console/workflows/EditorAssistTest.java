package dev.clio.console.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.console.TestConsole;
import dev.clio.console.common.Session;
import dev.clio.console.common.Styles;
import dev.clio.console.common.Theme;
import dev.clio.engine.workflow.assist.WorkflowStructure;
import dev.clio.ops.Workflows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The assistance on a real editor over a real embedded workspace, used with keys and clicks as a user would. */
@ExtendWith(ApplicationExtension.class)
class EditorAssistTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;

    private TestConsole console;
    private Session session;
    private EditorAssist assist;
    private Stage stage;
    private WorkflowEditor editor;
    private final javafx.scene.layout.StackPane host = new javafx.scene.layout.StackPane();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        session = console.connect("development");
        assist = new EditorAssist(console.context());
        Scene scene = new Scene(host, 1200, 720);
        scene.getStylesheets().setAll(css(Theme.LIGHT.stylesheet()), css(Styles.BASE_STYLESHEET));
        console.context().actions().bindShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            if (editor != null) {
                EditorAssist.parts(editor).ifPresent(p -> p.run().dispose());
                editor.close();
            }
            console.close();
        });
    }

    /** Opens {@code text} as the workspace file {@code .ai/workflows/NAME} (written to disk first) in an editor. */
    private WorkflowEditor open(FxRobot robot, String name, String text) throws Exception {
        Path file = console.workspace().workflows().resolve(name);
        Files.writeString(file, text);
        String label = ".ai/workflows/" + name;
        robot.interact(() -> {
            editor = new WorkflowEditor(new EditorDocument(label, new FileLocation.Local(file, label), text),
                    EditorServices.of(console.context()));
            assist.install(editor);
            host.getChildren().setAll(editor.node());
            editor.codeArea().requestFocus();
        });
        await().atMost(WAIT).until(() -> editor.analysisProperty().get() != null);
        return editor;
    }

    private void caretAt(FxRobot robot, int offset) {
        robot.interact(() -> {
            editor.codeArea().requestFocus();
            editor.codeArea().moveTo(offset);
        });
    }

    private void sidePanel(FxRobot robot, String title) {
        TabPane tabs = robot.lookup("#workflow-side-panels").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    private String text() {
        return editor.codeArea().getText();
    }

    @Test
    void aFileTallerThanTheEditorOpensScrollsAndShowsItsStructure(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder(Files.readString(console.workspace().workflows()
                .resolve("PARALLEL_FANOUT.yaml")));
        for (int i = 0; i < 80; i++) {
            text.append("# padding line ").append(i).append('\n');
        }
        // a layout failure on the FX thread is only logged; catch it so the test sees it
        java.util.List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> failures.add(e));
        });
        open(robot, "TALL.yaml", text.toString());
        robot.interact(() -> editor.codeArea().showParagraphAtBottom(editor.codeArea().getParagraphs().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> editor.codeArea().moveTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        assertThat(failures).isEmpty();
        assertThat(editor.diagnosticsProperty().get()).isEmpty();
        assertThat(robot.lookup("#workflow-structure-list").tryQuery()).isPresent();
    }

    @Test
    void ctrlSpaceListsActorsWithAvailabilityAndEnterInsertsOne(FxRobot robot) throws Exception {
        String text = "name: t\nsteps:\n  - id: \"1.001\"\n    name: a\n    actor: vscode_di\n";
        open(robot, "complete.yaml", text);
        caretAt(robot, text.indexOf("vscode_di") + "vscode_di".length());
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        CompletionPopup popup = EditorAssist.parts(editor).orElseThrow().completion();
        await().atMost(WAIT).until(popup::showing);
        ListView<?> list = robot.lookup("#" + CompletionPopup.LIST_ID).queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text()).contains("    actor: vscode_diagnostics\n");
        assertThat(EditorAssist.parts(editor).orElseThrow().completion().showing()).isFalse();
    }

    @Test
    void theActionsAreInThePaletteWithTheirShortcuts(FxRobot robot) {
        var actions = console.context().actions();
        assertThat(actions.find("workflows.complete")).hasValueSatisfying(a -> assertThat(a.shortcut())
                .isEqualTo("Shortcut+Space"));
        assertThat(actions.find("workflows.quick-fix")).hasValueSatisfying(a -> assertThat(a.shortcut())
                .isEqualTo("Shortcut+Period"));
        assertThat(actions.find("workflows.dry-run")).isPresent();
        assertThat(actions.find("workflows.run")).isPresent();
    }

    @Test
    void typingAColonAndSpaceAfterActorOpensTheListByItself(FxRobot robot) throws Exception {
        String text = "name: t\nsteps:\n  - id: \"1.001\"\n    name: a\n    actor\n";
        open(robot, "trigger.yaml", text);
        caretAt(robot, text.indexOf("actor\n") + "actor".length());
        robot.write(": sh");
        await().atMost(WAIT).until(() -> EditorAssist.parts(editor).orElseThrow().completion().showing()
                && EditorAssist.parts(editor).orElseThrow().completion().list().getItems().stream()
                        .anyMatch(c -> c.label().equals("shell")));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text()).contains("    actor: shell\n");
    }

    @Test
    void quickFixReplacesAnUnknownActorWithItsOneCloseMatch(FxRobot robot) throws Exception {
        String text = "name: t\nsteps:\n  - id: \"1.001\"\n    name: a\n    actor: vscode_diagnostic\n";
        open(robot, "fix.yaml", text);
        await().atMost(WAIT).until(() -> editor.diagnosticsProperty().get().stream()
                .anyMatch(d -> d.rule().equals("unknown-actor")));
        caretAt(robot, text.indexOf("vscode_diagnostic"));
        robot.press(KeyCode.CONTROL, KeyCode.PERIOD).release(KeyCode.PERIOD, KeyCode.CONTROL);
        await().atMost(WAIT).until(() -> EditorAssist.parts(editor).orElseThrow().quickFixes().menu().isShowing());
        robot.clickOn("Change to 'vscode_diagnostics'");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text()).contains("    actor: vscode_diagnostics\n");
        await().atMost(WAIT).until(() -> editor.analysisProperty().get().text().equals(text())
                && editor.diagnosticsProperty().get().stream().noneMatch(d -> d.rule().equals("unknown-actor")));
    }

    /** Three roots, then a join; short enough to fit the viewport (see the note in the report on taller texts). */
    private static final String FANOUT = """
            name: "Fan-out"
            steps:
              - {id: "1.001", name: "Kernel", actor: "shell", depends_on: [], with: {argv: ["uname"]}}
              - {id: "1.002", name: "Sleep", actor: "shell", depends_on: [], with: {argv: ["true"]}}
              - id: "1.003"
                name: "Wait one more"
                actor: "shell"
                depends_on: []
                with: {argv: ["true"]}
              - id: "2.001"
                name: "Join"
                actor: "shell"
                depends_on: ["1.001", "1.002", "1.003"]
                with: {argv: ["echo", "joined"]}
            """;

    @Test
    void structureSelectionMovesTheCaretAndTheCaretSelectsItsStep(FxRobot robot) throws Exception {
        String text = FANOUT;
        open(robot, "FANOUT.yaml", text);
        @SuppressWarnings("unchecked")
        ListView<WorkflowStructure.Node> list = robot.lookup("#" + StructurePanel.LIST_ID).queryAs(ListView.class);
        await().atMost(WAIT).until(() -> list.getItems().size() == 4);
        WorkflowStructure.Node join = list.getItems().get(3);
        assertThat(join.id()).isEqualTo("2.001");
        assertThat(join.level()).isEqualTo(1);
        robot.interact(() -> list.getSelectionModel().select(join));
        assertThat(editor.caretLineProperty().get()).isEqualTo(join.line());
        assertThat(text.lines().toList().get(join.line() - 1)).contains("id: \"2.001\"");
        assertThat(list.getItems().get(1).line()).isEqualTo(4);

        int secondStep = text.indexOf("Sleep");
        caretAt(robot, secondStep);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo("1.002");
        assertThat(editor.caretLineProperty().get()).isEqualTo(text.substring(0, secondStep).split("\n").length);
        caretAt(robot, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedItem()).isNull();
    }

    @Test
    void dryRunShowsTheEnginesParallelGroupsAndTheBudget(FxRobot robot) throws Exception {
        String text = FANOUT;
        open(robot, "FANOUT.yaml", text);
        sidePanel(robot, "Dry run");
        robot.clickOn("#" + DryRunPanel.BUTTON_ID);
        VBox groups = robot.lookup("#" + DryRunPanel.GROUPS_ID).queryAs(VBox.class);
        await().atMost(WAIT).until(() -> !groups.getChildren().isEmpty());
        Workflows.Plan plan = session.operations().plan(new Workflows.ExecuteRequest(
                ".ai/workflows/FANOUT.yaml", true, null, null, null, Map.of()));
        assertThat(groups.getChildren()).hasSize(plan.parallelGroups().size());
        List<List<String>> shown = groups.getChildren().stream().map(row -> ((FlowPane) ((HBox) row)
                .getChildren().get(1)).getChildren().stream().map(n -> ((Label) n).getText().split(" ")[0]).toList())
                .toList();
        assertThat(shown).isEqualTo(plan.parallelGroups());
        // the roots run side by side (as many as the engine's parallelism allows), the join alone at the end
        assertThat(shown.get(0)).hasSizeGreaterThan(1).allMatch(id -> id.startsWith("1."));
        assertThat(shown.get(shown.size() - 1)).containsExactly("2.001");
        assertThat(((Label) ((HBox) groups.getChildren().get(0)).getChildren().get(0)).getText()).contains("parallel");
        assertThat(robot.lookup("#" + DryRunPanel.BUDGET_ID).query().isVisible()).isTrue();
        assertThat(robot.lookup("#" + DryRunPanel.STEPS_ID).queryAs(VBox.class).getChildren()).hasSize(4);
        assertThat(history()).noneMatch(e -> !e.dryRun() && e.workflowFile().contains("FANOUT"));
    }

    @Test
    void dryRunAndRunWaitForUnsavedChanges(FxRobot robot) throws Exception {
        String text = Files.readString(console.workspace().workflows().resolve("HELLO.yaml"));
        open(robot, "HELLO.yaml", text);
        robot.interact(() -> editor.codeArea().insertText(0, "# edited\n"));
        Node dry = robot.lookup("#" + DryRunPanel.BUTTON_ID).query();
        Node run = robot.lookup("#" + RunPanel.BUTTON_ID).query();
        assertThat(dry.isDisabled()).isTrue();
        assertThat(run.isDisabled()).isTrue();
        assertThat(((javafx.scene.control.Button) run).getTooltip().getText()).contains("Save your changes first");
    }

    @Test
    void aRealRunOfHelloShowsItsStepsLogAndResultAndLandsInTheHistory(FxRobot robot) throws Exception {
        String text = Files.readString(console.workspace().workflows().resolve("HELLO.yaml"));
        open(robot, "HELLO.yaml", text);
        sidePanel(robot, "Run");
        Node run = robot.lookup("#" + RunPanel.BUTTON_ID).query();
        await().atMost(WAIT).until(() -> !run.isDisabled());
        robot.clickOn(run);
        robot.clickOn("#confirm-ok");
        Label result = robot.lookup("#" + RunPanel.RESULT_ID).queryAs(Label.class);
        await().atMost(WAIT).until(() -> result.getText().startsWith("Succeeded"));
        @SuppressWarnings("unchecked")
        ListView<Workflows.StepState> steps = robot.lookup("#" + RunPanel.STEPS_ID).queryAs(ListView.class);
        assertThat(steps.getItems()).extracting(Workflows.StepState::stepId, Workflows.StepState::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.001", "succeeded"));
        String id = result.getText().replaceAll(".*execution (\\S+) .*", "$1");
        assertThat(history()).anyMatch(e -> e.executionId().equals(id) && e.status().equals("succeeded"));
        assertThat(run.isDisabled()).as("Run is enabled again once the run ended").isFalse();
        RunViewModel vm = runViewModel();
        await().atMost(WAIT).until(() -> vm.log().receivedLines() > 0);
        assertThat(Files.readString(console.workspace().root().resolve("artifacts/hello.txt")))
                .contains("Hello from CLI Orchestrator");
    }

    private RunViewModel runViewModel() throws Exception {
        var field = RunPanel.class.getDeclaredField("vm");
        field.setAccessible(true);
        return (RunViewModel) field.get(EditorAssist.parts(editor).orElseThrow().run());
    }

    private List<Workflows.Execution> history() {
        return session.operations().history(50);
    }

    private static String css(String resource) {
        return EditorAssistTest.class.getResource(resource).toExternalForm();
    }
}
