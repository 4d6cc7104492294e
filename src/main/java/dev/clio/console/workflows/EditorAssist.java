package dev.clio.console.workflows;

import dev.clio.console.common.Background;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.Session;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.workflow.assist.Completions;
import dev.clio.engine.workflow.assist.Hovers;
import dev.clio.engine.workflow.assist.Vocabulary;
import dev.clio.ops.AdapterState;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Editor assistance for every workflow editor: completion (Ctrl+Space, and after trigger characters), hover
 * documentation, quick fixes (Ctrl+.), and the Structure, Dry run and Run side panels. The actors' availability
 * comes from the session's {@code Operations.adapters()}, asked once per connection.
 */
public final class EditorAssist {

    private final ConsoleContext context;
    private Vocabulary vocabulary = Vocabulary.builtin();
    private WorkflowEditor current;

    /** What one editor got: kept for the palette's actions and for tests. */
    record Parts(CompletionPopup completion, QuickFixMenu quickFixes, StructurePanel structure, DryRunPanel dryRun,
            RunPanel run) {
    }

    public EditorAssist(ConsoleContext context) {
        this.context = context;
        refreshVocabulary(context.sessions().current());
        context.sessions().currentProperty().addListener((obs, old, now) -> refreshVocabulary(now));
        registerActions();
    }

    /** Adds the assistance to every editor the view opens. */
    public static void attach(WorkflowsView view, ConsoleContext context) {
        EditorAssist assist = new EditorAssist(context);
        view.onEditorOpened(assist::install);
    }

    public void install(WorkflowEditor editor) {
        var area = editor.codeArea();
        var completion = new CompletionPopup(area, () -> new Completions(vocabulary), context.io(), context.ui());
        DocHover.install(area, editor.diagnosticsProperty(), () -> new Hovers(vocabulary));
        var fixes = new QuickFixMenu(editor);
        var structure = new StructurePanel(new StructureViewModel(BuiltinAdapterSpecs.catalog(), context.io(),
                context.ui()), editor);
        var dryRun = new DryRunPanel(new DryRunViewModel(context.sessions(), context.io(), context.ui()), editor,
                context.sessions());
        var run = new RunPanel(new RunViewModel(context.sessions(), context.scheduler(), context.io(), context.ui(),
                context.clock()), editor, context.sessions());
        editor.addSidePanel("Structure", structure.node());
        editor.addSidePanel("Dry run", dryRun.node());
        editor.addSidePanel("Run", run.node());
        // Kept on the editor's node, so a closed tab takes its parts with it.
        editor.node().getProperties().put(Parts.class, new Parts(completion, fixes, structure, dryRun, run));
        current = editor;
        area.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                current = editor;
            }
        });
    }

    static Optional<Parts> parts(WorkflowEditor editor) {
        return Optional.ofNullable((Parts) editor.node().getProperties().get(Parts.class));
    }

    private Optional<Parts> currentParts() {
        return current == null || current.node().getScene() == null ? Optional.empty()
                : parts(current);
    }

    private void registerActions() {
        var actions = context.actions();
        actions.register(WorkflowsView.action("complete", "Complete at the cursor", "Shortcut+Space",
                "Keys, actors, step ids, inputs and when functions valid at the cursor",
                () -> currentParts().ifPresent(p -> p.completion().open())));
        actions.register(WorkflowsView.action("quick-fix", "Quick fix", "Shortcut+Period",
                "Fixes for the problems on the cursor's line, where the fix is unambiguous",
                () -> currentParts().ifPresent(p -> p.quickFixes().open())));
        actions.register(WorkflowsView.action("dry-run", "Dry run the workflow", "Shortcut+Shift+E",
                "The engine's plan of the saved file: order, parallel groups, routing, tokens against the budget",
                () -> currentParts().ifPresent(p -> p.dryRun().run())));
        actions.register(WorkflowsView.action("run", "Run the workflow", "Shortcut+Shift+X",
                "Run the saved file for real (after confirmation) with live step progress and its log lines",
                () -> currentParts().ifPresent(p -> p.run().confirmAndRun())));
    }

    private void refreshVocabulary(Session session) {
        vocabulary = Vocabulary.builtin();
        if (session == null) {
            return;
        }
        Background.call(() -> session.operations().adapters()).onSuccess(states -> {
            Map<String, Vocabulary.Availability> availability = new HashMap<>();
            for (AdapterState s : states) {
                availability.put(s.name(), new Vocabulary.Availability(s.available(), s.reason()));
            }
            if (session == context.sessions().current()) {
                vocabulary = Vocabulary.of(BuiltinAdapterSpecs.catalog(), availability);
            }
        }).onError(ignored -> { }).runOn(context.io(), context.ui());
    }
}
