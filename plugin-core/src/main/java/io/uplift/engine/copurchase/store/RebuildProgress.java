package io.uplift.engine.copurchase.store;

/**
 * Receives the progress of a full rebuild or a snapshot load, e.g. for the admin's "rebuilding: 40%" or a log
 * line. Called on the rebuilding thread, at most a few hundred times per rebuild; must be quick and must not
 * throw.
 */
public interface RebuildProgress {

    /** Ignores progress. */
    RebuildProgress NONE = (phase, done, total) -> { };

    /**
     * @param phase the current phase
     * @param done  units done in this phase (baskets read, products ranked)
     * @param total units in this phase, or -1 when unknown (reading orders from a history that cannot count)
     */
    void onProgress(Phase phase, long done, long total);

    /** The phases, in order. */
    enum Phase {
        /** Reading baskets from the order history (or the snapshot) and counting products. */
        READ,
        /** Counting pairs per product and ranking each product's row. */
        RANK,
        /** Finished; done == total == products. */
        DONE
    }
}
