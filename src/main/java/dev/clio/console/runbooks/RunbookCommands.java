package dev.clio.console.runbooks;

import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.RunbookRequests;
import dev.clio.runbook.CatalogSnapshot;
import dev.clio.runbook.Runbook;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The runbooks in the command palette: "Runbook: TITLE" for every runbook of the catalog (kept in step with it),
 * and "Run all investigations" / "Guide me" for the open one.
 */
final class RunbookCommands {

    static final String CATEGORY = "Runbook";
    static final String OPEN_PREFIX = "runbook.open.";
    static final String RUN_ALL = "runbook.run-all";
    static final String GUIDE = "runbook.guide";

    private final ConsoleContext context;
    private final RunbooksViewModel vm;
    private final Supplier<RunbookPanel> panel;
    private final Set<String> registered = new HashSet<>();

    RunbookCommands(ConsoleContext context, RunbooksViewModel vm, Supplier<RunbookPanel> panel) {
        this.context = context;
        this.vm = vm;
        this.panel = panel;
        context.actions().register(new ConsoleAction(RUN_ALL, CATEGORY, "Run all investigations", "Shortcut+Shift+V",
                "Runs every read-only step of the open runbook in order", () -> {
                    context.navigator().show(RunbookRequests.VIEW_ID);
                    RunbookPanel p = panel.get();
                    if (p != null) {
                        p.runAll();
                    }
                }));
        context.actions().register(new ConsoleAction(GUIDE, CATEGORY, "Guide me through the open runbook", null,
                "Symptoms, investigation, diagnosis, resolution and verification, step by step", () -> {
                    context.navigator().show(RunbookRequests.VIEW_ID);
                    RunbookPanel p = panel.get();
                    if (p != null) {
                        p.guideButton().setSelected(true);
                    }
                }));
        register(vm.snapshotProperty().get());
    }

    /** One "Runbook: TITLE" action per runbook of the snapshot; actions of runbooks gone are removed. */
    void register(CatalogSnapshot snapshot) {
        Set<String> now = new HashSet<>();
        for (Runbook r : snapshot.runbooks()) {
            String id = OPEN_PREFIX + r.id();
            now.add(id);
            context.actions().register(new ConsoleAction(id, CATEGORY, r.title(), null, "Open the " + r.title()
                    + " runbook (" + r.severity().label() + ")", () -> {
                        context.navigator().show(RunbookRequests.VIEW_ID);
                        vm.select(r.id());
                    }));
        }
        registered.stream().filter(id -> !now.contains(id)).forEach(context.actions()::unregister);
        registered.clear();
        registered.addAll(now);
    }
}
