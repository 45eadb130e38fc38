package io.uplift.engine.learn;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the current generation of a model for the page-render path. The learning path builds a new immutable
 * model and swaps it in as a whole; readers never see a half-built one and never wait.
 *
 * @param <T> the immutable model type
 */
public final class ModelHolder<T> {

    private final AtomicReference<T> current;

    /** @param empty the model served until the first one is published; never null */
    public ModelHolder(T empty) {
        if (empty == null) {
            throw new IllegalArgumentException("the empty model is required");
        }
        this.current = new AtomicReference<T>(empty);
    }

    public T get() {
        return current.get();
    }

    /** Swaps in a new model; never null. */
    public void set(T model) {
        if (model == null) {
            throw new IllegalArgumentException("model cannot be null");
        }
        current.set(model);
    }
}
