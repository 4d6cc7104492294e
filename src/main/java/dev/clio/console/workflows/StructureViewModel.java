package dev.clio.console.workflows;

import dev.clio.console.common.Background;
import dev.clio.engine.adapter.AdapterCatalog;
import dev.clio.engine.workflow.assist.WorkflowStructure;
import dev.clio.engine.workflow.assist.WorkflowStructure.Node;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The structure panel's state: the steps and graph of the latest analysed text (built off the UI thread from the
 * validator's model) and the step under the caret. UI thread only.
 */
final class StructureViewModel {

    private final ReadOnlyObjectWrapper<WorkflowStructure> structure =
            new ReadOnlyObjectWrapper<>(this, "structure", WorkflowStructure.EMPTY);
    private final ReadOnlyStringWrapper caretStep = new ReadOnlyStringWrapper(this, "caretStep");
    private final AdapterCatalog catalog;
    private final Executor io;
    private final Executor ui;
    private long latest;
    private int caretLine = 1;

    StructureViewModel(AdapterCatalog catalog, Executor io, Executor ui) {
        this.catalog = catalog;
        this.io = io;
        this.ui = ui;
    }

    // Properties

    ReadOnlyObjectProperty<WorkflowStructure> structureProperty() {
        return structure.getReadOnlyProperty();
    }

    /** The id of the step whose lines hold the caret, or null. */
    ReadOnlyStringProperty caretStepProperty() {
        return caretStep.getReadOnlyProperty();
    }

    // Commands

    /** A new analysis of the editor's text; a result for an older one than the latest asked is dropped. */
    void analysed(EditorAnalysis analysis) {
        if (analysis == null) {
            return;
        }
        long version = analysis.version();
        latest = Math.max(latest, version);
        Background.call(() -> WorkflowStructure.of(analysis.text(), analysis.result(), catalog)).onSuccess(s -> {
            if (version >= latest) {
                structure.set(s);
                caretMoved(caretLine);
            }
        }).onError(problem -> { }).runOn(io, ui);
    }

    void caretMoved(int line) {
        caretLine = line;
        caretStep.set(structure.get().stepAtLine(line).map(Node::id).orElse(null));
    }

    /** The first line of a step, to move the caret there. */
    Optional<Integer> lineOf(String stepId) {
        return structure.get().node(stepId).map(Node::line);
    }
}
