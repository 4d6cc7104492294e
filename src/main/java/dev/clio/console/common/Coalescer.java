package dev.clio.console.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands the latest value from background threads to the UI thread without flooding it: however many values are
 * posted, at most one hand-off is queued, and it applies the newest value.
 */
public final class Coalescer<T> {

    private final AtomicReference<T> pending = new AtomicReference<>();
    private final Executor ui;
    private final Consumer<T> apply;

    public Coalescer(Executor ui, Consumer<T> apply) {
        this.ui = Objects.requireNonNull(ui);
        this.apply = Objects.requireNonNull(apply);
    }

    /** Thread-safe; the value replaces any value not yet applied. */
    public void post(T value) {
        Objects.requireNonNull(value);
        if (pending.getAndSet(value) == null) {
            ui.execute(this::drain);
        }
    }

    private void drain() {
        T value = pending.getAndSet(null);
        if (value != null) {
            apply.accept(value);
        }
    }
}
