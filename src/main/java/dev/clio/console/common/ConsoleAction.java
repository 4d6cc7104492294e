package dev.clio.console.common;

import java.util.Objects;

/**
 * Something the user can do, listed in the command palette; features register theirs in the {@link ActionRegistry}.
 *
 * @param id stable, e.g. {@code view.overview}
 * @param category what the palette groups by, e.g. {@code View}, {@code Alerts}
 * @param shortcut a key combination in JavaFX notation ({@code Shortcut+1}), or null
 * @param description the tooltip text
 */
public record ConsoleAction(String id, String category, String title, String shortcut, String description,
        Runnable run) {

    public ConsoleAction {
        Objects.requireNonNull(id);
        Objects.requireNonNull(category);
        Objects.requireNonNull(title);
        Objects.requireNonNull(run);
        description = description == null ? "" : description;
    }

    /** What the palette matches against. */
    public String searchText() {
        return category + ": " + title;
    }
}
