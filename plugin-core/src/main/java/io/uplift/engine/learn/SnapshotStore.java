package io.uplift.engine.learn;

/**
 * Where generations of the learned models are persisted (the plugin's table in the shop's database), so a restart
 * serves immediately and several storefront nodes serve the same generation.
 */
public interface SnapshotStore {

    /** The newest stored generation, 0 when none. */
    long latestGeneration();

    /** The newest snapshot, or {@code null} when none. */
    Snapshot latest();

    /**
     * Stores a generation.
     *
     * @return false when this generation number is already stored (another node published it first)
     */
    boolean save(Snapshot snapshot);

    /** Deletes all but the newest {@code keep} generations. */
    void prune(int keep);

    /** One stored generation. Immutable. */
    final class Snapshot {
        private final long generation;
        private final long createdAtMillis;
        private final String createdBy;
        private final byte[] data;

        public Snapshot(long generation, long createdAtMillis, String createdBy, byte[] data) {
            if (generation < 1) {
                throw new IllegalArgumentException("snapshot generation must be at least 1: " + generation);
            }
            if (data == null) {
                throw new IllegalArgumentException("snapshot " + generation + " has no data");
            }
            this.generation = generation;
            this.createdAtMillis = createdAtMillis;
            this.createdBy = createdBy == null ? "" : createdBy;
            this.data = data;
        }

        public long getGeneration() {
            return generation;
        }

        public long getCreatedAtMillis() {
            return createdAtMillis;
        }

        /** Which node or command made it. */
        public String getCreatedBy() {
            return createdBy;
        }

        /** The encoded models; do not modify. */
        public byte[] getData() {
            return data;
        }
    }
}
