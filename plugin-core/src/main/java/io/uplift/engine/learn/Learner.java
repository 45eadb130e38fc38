package io.uplift.engine.learn;

import io.uplift.engine.basket.Basket;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * One model the learning path keeps up to date from orders (co-purchase statistics, trending counts). Owned by the
 * learner thread: not thread-safe; it publishes immutable models for the page-render path through its holders.
 */
public interface Learner {

    /** A stable name, the model's section name in snapshots, e.g. {@code copurchase}. */
    String name();

    /** Forgets everything (before a full rebuild). */
    void clear();

    /** Adds one submitted order. */
    void add(Basket basket);

    /** Builds the immutable model of the state now and swaps it in for the page-render path. */
    void publish(long generation);

    /** Writes the whole state, so that {@link #read} on another node restores exactly this state. */
    void write(DataOutputStream out) throws IOException;

    /**
     * Replaces the state with one written by {@link #write}. On failure the state is unchanged.
     *
     * @throws IOException when the data is truncated, corrupt or of another version
     */
    void read(DataInputStream in) throws IOException;
}
