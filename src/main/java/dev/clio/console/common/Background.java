package dev.clio.console.common;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The console's one background idiom: run a call on an IO executor, then hand its result or its failure (as a plain
 * sentence) to the UI thread.
 *
 * <pre>{@code Background.call(() -> ops.health()).onSuccess(vm::apply).onError(vm::showProblem).runOn(io, ui);}</pre>
 */
public final class Background<T> {

    private final Supplier<T> call;
    private Consumer<T> success = value -> { };
    private Consumer<String> error = message -> { };

    private Background(Supplier<T> call) {
        this.call = call;
    }

    public static <T> Background<T> call(Supplier<T> call) {
        return new Background<>(call);
    }

    public Background<T> onSuccess(Consumer<T> onSuccess) {
        this.success = onSuccess;
        return this;
    }

    public Background<T> onError(Consumer<String> onError) {
        this.error = onError;
        return this;
    }

    /** Runs the call on {@code io}; the callbacks run on {@code ui}. */
    public void runOn(Executor io, Executor ui) {
        io.execute(() -> {
            T value;
            try {
                value = call.get();
            } catch (RuntimeException e) {
                String sentence = Problems.sentence(e);
                ui.execute(() -> error.accept(sentence));
                return;
            }
            ui.execute(() -> success.accept(value));
        });
    }
}
