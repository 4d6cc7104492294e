package dev.clio.console.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.cli.CliRun;
import dev.clio.console.TestConsole;
import dev.clio.engine.workflow.Diagnostic;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For a set of files (valid, and each kind of error) the editor's live diagnostics are exactly what
 * {@code cli-orchestrator verify} prints for them: same codes, lines, columns and messages, compared through the one
 * formatting code ({@link Diagnostic#toLine()}).
 */
@ExtendWith(ApplicationExtension.class)
class EditorMatchesVerifyTest {

    static final List<String> FIXTURES = List.of("valid.yaml", "yaml-syntax.yaml", "not-a-workflow.yaml",
            "schema.yaml", "unknown-actor.yaml", "step-ids.yaml", "dependencies.yaml", "when.yaml",
            "templates.yaml", "paths.yaml");

    @TempDir
    Path dir;

    private TestConsole console;

    @Start
    void start(Stage stage) {
        // no window needed: the editor runs on the FX thread and the console's executors
    }

    @AfterEach
    void close() {
        if (console != null) {
            console.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid.yaml", "yaml-syntax.yaml", "not-a-workflow.yaml", "schema.yaml",
        "unknown-actor.yaml", "step-ids.yaml", "dependencies.yaml", "when.yaml", "templates.yaml", "paths.yaml"})
    void theEditorSaysWhatVerifyPrints(String fixture) throws Exception {
        Path file = copy(fixture);
        List<String> cli = CliRun.run("verify", file.toString()).lines()
                .filter(l -> l.startsWith(file.toString() + ":")).toList();
        List<String> editor = editorLines(file);
        assertThat(editor).isEqualTo(cli);
        if (fixture.equals("valid.yaml")) {
            assertThat(editor).isEmpty();
        } else {
            assertThat(editor).as("the fixture %s must show a problem", fixture).isNotEmpty();
        }
    }

    @Test
    void theFixturesCoverTheValidatorsRules() throws Exception {
        Set<String> rules = new TreeSet<>();
        for (String fixture : FIXTURES) {
            Path file = copy(fixture);
            for (String line : CliRun.run("verify", file.toString()).lines().toList()) {
                int open = line.lastIndexOf(" [");
                if (line.startsWith(file.toString()) && open > 0) {
                    rules.add(line.substring(open + 2, line.length() - 1));
                }
            }
        }
        assertThat(rules.size()).as("distinct rules: %s", rules).isGreaterThanOrEqualTo(8);
    }

    private List<String> editorLines(Path file) throws Exception {
        console = console == null ? TestConsole.embedded(dir.resolve("console")) : console;
        String text = Files.readString(file);
        AtomicReference<WorkflowEditor> editor = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> editor.set(new WorkflowEditor(new EditorDocument(file.toString(),
                new FileLocation.Local(file, file.toString()), text), EditorServices.of(console.context())))).get();
        await().atMost(Duration.ofSeconds(10)).until(() -> editor.get().analysisProperty().get() != null);
        List<String> lines = WaitForAsyncUtils.asyncFx(() -> editor.get().diagnosticsProperty().get().stream()
                .map(Diagnostic::toLine).toList()).get();
        WaitForAsyncUtils.asyncFx(() -> editor.get().close()).get();
        return lines;
    }

    private Path copy(String fixture) throws Exception {
        Path target = dir.resolve("files").resolve(fixture);
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream("verify/" + fixture)) {
            Files.write(target, in.readAllBytes());
        }
        return target;
    }
}
