package dev.clio.console.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The console's actions, by id, in registration order. Used on the UI thread only. */
public final class ActionRegistry {

    private final Map<String, ConsoleAction> actions = new LinkedHashMap<>();

    /** Adds or replaces the action with this id. */
    public void register(ConsoleAction action) {
        actions.put(action.id(), action);
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
