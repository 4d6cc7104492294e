package dev.clio.console.workflows;

import dev.clio.console.common.Styles;
import dev.clio.engine.workflow.Diagnostic;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * One workflow in a RichTextFX {@link CodeArea}: YAML highlighting and the one validator's diagnostics (computed off
 * the UI thread after a pause in typing, applied in one style change), line numbers with severity markers, the
 * current-line highlight, indentation keys, comment toggle, find and replace, go to line, undo and redo, and a problems
 * list. UI thread only.
 *
 * <h2>Extension point</h2>
 * Other editor features (completion, hover documentation, quick fixes, structure, dry run) hook in without changing
 * this class:
 * <ul>
 *   <li>{@link #codeArea()} — the text area itself, for popups, input maps and edits;</li>
 *   <li>{@link #document()} — the current text and where it came from;</li>
 *   <li>{@link #analysisProperty()} / {@link #diagnosticsProperty()} — the latest validation of the current text
 *       (the {@code ValidationResult} includes the {@code Workflow} model whenever one could be built);</li>
 *   <li>{@link #caretLineProperty()} — the caret's 1-based line, to follow the cursor;</li>
 *   <li>{@link #addSidePanel(String, Node)} — a titled panel in the tab pane beside the text;</li>
 *   <li>{@link #jumpTo(int, int)} — move the caret to a 1-based line and column and show it.</li>
 * </ul>
 */
public final class WorkflowEditor {

    private final CodeArea area = new CodeArea();
    private final ReadOnlyObjectWrapper<EditorAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<List<Diagnostic>> diagnostics =
            new ReadOnlyObjectWrapper<>(this, "diagnostics", List.of());
    private final ReadOnlyIntegerWrapper caretLine = new ReadOnlyIntegerWrapper(this, "caretLine", 1);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyObjectWrapper<FileLocation> location = new ReadOnlyObjectWrapper<>(this, "location");
    private final LiveAnalysis live;
    private final EditorGutter gutter;
    private final ProblemsList problems;
    private final FindBar findBar;
    private final TabPane sidePanels = new TabPane();
    private final SplitPane split;
    private final VBox top = new VBox();
    private final BorderPane root = new BorderPane();
    private final javafx.scene.control.Tooltip readOnlyTip = new javafx.scene.control.Tooltip();
    private String savedText;

    public WorkflowEditor(EditorDocument document, EditorServices services) {
        name.set(document.name());
        location.set(document.location());
        live = new LiveAnalysis(new Analyzer(services.validator()), services, area::getText, name::get, this::apply);
        area.setId("workflow-code");
        area.getStyleClass().add(Styles.WORKFLOW_EDITOR);
        gutter = new EditorGutter(area);
        area.replaceText(document.text());
        area.setUndoManager(UndoUtils.plainTextUndoManager(area));
        area.moveTo(0);
        savedText = document.text();
        EditorKeys.install(area);
        EditorHover.install(area, diagnostics);
        area.plainTextChanges().filter(c -> !c.isIdentity()).subscribe(c -> edited());
        area.currentParagraphProperty().addListener((obs, old, now) -> {
            caretLine.set(now + 1);
            currentLine(old, now);
        });
        problems = new ProblemsList(diagnostics, this::jumpTo);
        findBar = new FindBar(area);
        sidePanels.setId("workflow-side-panels");
        sidePanels.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox editorColumn = new VBox(top, findBar.node(), new VirtualizedScrollPane<>(area));
        VBox.setVgrow(editorColumn.getChildren().get(2), Priority.ALWAYS);
        SplitPane vertical = new SplitPane(editorColumn, problems.node());
        vertical.setOrientation(javafx.geometry.Orientation.VERTICAL);
        vertical.setDividerPositions(0.8);
        split = new SplitPane(vertical);
        root.setCenter(split);
        currentLine(null, 0);
        live.now();
    }

    // Properties

    public Node node() {
        return root;
    }

    public CodeArea codeArea() {
        return area;
    }

    /** The current text, the name and where it is saved (a snapshot). */
    public EditorDocument document() {
        return new EditorDocument(name.get(), location.get(), area.getText());
    }

    public ReadOnlyObjectProperty<EditorAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** The one validator's diagnostics for the text as of the latest analysis (after the typing pause). */
    public ReadOnlyObjectProperty<List<Diagnostic>> diagnosticsProperty() {
        return diagnostics.getReadOnlyProperty();
    }

    /** The caret's line, 1-based. */
    public ReadOnlyIntegerProperty caretLineProperty() {
        return caretLine.getReadOnlyProperty();
    }

    /** True while the text differs from what was last opened, saved or reloaded. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FileLocation> locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** The text as last opened, saved or reloaded. */
    public String savedText() {
        return savedText;
    }

    ProblemsList problems() {
        return problems;
    }

    FindBar findBar() {
        return findBar;
    }

    // Commands

    /** Adds a titled panel beside the text (the side pane appears with its first panel); returns its tab. */
    public Tab addSidePanel(String title, Node content) {
        Tab tab = new Tab(title, content);
        sidePanels.getTabs().add(tab);
        if (!split.getItems().contains(sidePanels)) {
            split.getItems().add(sidePanels);
            split.setDividerPositions(0.7);
        }
        return tab;
    }

    /** Moves the caret to a 1-based line and column (clamped into the text) and scrolls it into view. */
    public void jumpTo(int line, int column) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        int col = Math.max(0, Math.min(column - 1, area.getParagraphLength(paragraph)));
        area.moveTo(paragraph, col);
        area.showParagraphAtCenter(paragraph);
        area.requestFocus();
    }

    /** Sets the text area read-only (viewer key, no server call); the reason is the area's tooltip. */
    public void readOnly(String reasonOrNull) {
        area.setEditable(reasonOrNull == null);
        if (reasonOrNull == null) {
            javafx.scene.control.Tooltip.uninstall(area, readOnlyTip);
        } else {
            readOnlyTip.setText(reasonOrNull);
            javafx.scene.control.Tooltip.install(area, readOnlyTip);
        }
    }

    /** Shows {@code node} above the text (e.g. "changed on disk"), or nothing for null. */
    public void banner(Node nodeOrNull) {
        top.getChildren().setAll(nodeOrNull == null ? List.of() : List.of(nodeOrNull));
    }

    /** The text was saved (perhaps under a new name): it is the new clean state. */
    public void saved(String newName, FileLocation newLocation, String text) {
        name.set(newName);
        location.set(newLocation);
        savedText = text;
        dirty.set(!area.getText().equals(text));
        live.now();
    }

    /** Replaces the whole text (reload, revert) as one undoable change; it becomes the clean state. */
    public void replaceAll(String text) {
        if (!area.getText().equals(text)) {
            area.replaceText(text);
        }
        savedText = text;
        dirty.set(false);
        live.now();
    }

    public void showFind(boolean replace) {
        findBar.show(replace);
    }

    /** Asks for a line number and jumps to it. */
    public void goToLine() {
        GoToLine.ask(area, this::jumpTo);
    }

    /** Stops analysing (the tab closed). */
    public void close() {
        live.close();
    }

    long textVersion() {
        return live.version();
    }

    /**
     * The current-line highlight as a paragraph style class. (RichTextFX's own line highlighter trips a Flowless
     * layout bug on long texts: NoSuchElementException in CellListManager on the first layout.)
     */
    private void currentLine(Integer old, Integer now) {
        int paragraphs = area.getParagraphs().size();
        if (old != null && old < paragraphs && !old.equals(now)) {
            area.setParagraphStyle(old, List.of());
        }
        if (now != null && now < paragraphs) {
            area.setParagraphStyle(now, List.of(Styles.CURRENT_LINE));
        }
    }

    private void edited() {
        dirty.set(!area.getText().equals(savedText));
        live.edited();
    }

    private void apply(EditorAnalysis result) {
        if (result.text().length() == area.getLength()) {
            area.setStyleSpans(0, result.spans());
        }
        gutter.update(result.lineSeverity(), result.diagnostics());
        analysis.set(result);
        diagnostics.set(result.diagnostics());
    }
}
