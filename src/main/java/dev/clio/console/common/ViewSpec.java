package dev.clio.console.common;

import java.util.Objects;
import java.util.function.Function;

/**
 * A navigation entry. The view is created on first use (start-up builds only the first view).
 *
 * @param id stable, used in preferences and for {@code --view}, e.g. {@code overview}
 * @param icon an Ikonli icon literal from the bundled Material Design pack, e.g. {@code mdi2v-view-dashboard}
 */
public record ViewSpec(String id, String title, String icon, String description,
        Function<ConsoleContext, ConsoleView> factory) {

    public ViewSpec {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(icon);
        Objects.requireNonNull(factory);
    }
}
