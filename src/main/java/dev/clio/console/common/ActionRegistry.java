package dev.clio.console.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/** The console's actions, by id, in registration order. Used on the UI thread only. */
public final class ActionRegistry {

    private final Map<String, ConsoleAction> actions = new LinkedHashMap<>();
    private final List<Consumer<ConsoleAction>> listeners = new ArrayList<>();

    /** Adds or replaces the action with this id, and tells the listeners (the shell installs its shortcut). */
    public void register(ConsoleAction action) {
        actions.put(action.id(), action);
        listeners.forEach(l -> l.accept(action));
    }

    /** Installs every action's shortcut on the scene, now and for actions registered later. */
    public void bindShortcuts(Scene scene) {
        all().forEach(action -> installShortcut(scene, action));
        onRegister(action -> installShortcut(scene, action));
    }

    private static void installShortcut(Scene scene, ConsoleAction action) {
        if (action.shortcut() != null) {
            scene.getAccelerators().put(KeyCombination.valueOf(action.shortcut()), () -> action.run().run());
        }
    }

    /** Called for every action registered from now on. */
    public void onRegister(Consumer<ConsoleAction> listener) {
        listeners.add(listener);
    }

    public void unregister(String id) {
        actions.remove(id);
    }

    public Optional<ConsoleAction> find(String id) {
        return Optional.ofNullable(actions.get(id));
    }

    public List<ConsoleAction> all() {
        return new ArrayList<>(actions.values());
    }
}
