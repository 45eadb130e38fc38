package io.uplift.engine.learn;

/** What the learning path is doing, for the admin (rebuild progress bar) and the command line. Immutable. */
public final class LearningStatus {

    private final long generation;
    private final long watermarkMillis;
    private final boolean leader;
    private final String phase;
    private final long done;
    private final long total;
    private final boolean rebuilding;
    private final long lastUpdateMillis;
    private final String lastMessage;
    private final String lastError;

    public LearningStatus(long generation, long watermarkMillis, boolean leader, String phase, long done, long total,
            boolean rebuilding, long lastUpdateMillis, String lastMessage, String lastError) {
        this.generation = generation;
        this.watermarkMillis = watermarkMillis;
        this.leader = leader;
        this.phase = phase;
        this.done = done;
        this.total = total;
        this.rebuilding = rebuilding;
        this.lastUpdateMillis = lastUpdateMillis;
        this.lastMessage = lastMessage;
        this.lastError = lastError;
    }

    /** The generation served by this node; 0 before the first. */
    public long getGeneration() {
        return generation;
    }

    /** Submit time of the newest order in the statistics, epoch millis; 0 when none. */
    public long getWatermarkMillis() {
        return watermarkMillis;
    }

    /** Whether this node applies new orders (holds the lease). */
    public boolean isLeader() {
        return leader;
    }

    /** "idle", "reading orders", "publishing", ... */
    public String getPhase() {
        return phase;
    }

    public long getDone() {
        return done;
    }

    /** -1 when unknown. */
    public long getTotal() {
        return total;
    }

    /** Progress 0..100 of the running rebuild, -1 when unknown. */
    public int getPercent() {
        if (total <= 0) {
            return rebuilding ? -1 : 100;
        }
        return (int) Math.min(100, done * 100 / total);
    }

    public boolean isRebuilding() {
        return rebuilding;
    }

    /** When the served generation changed last, epoch millis; 0 never. */
    public long getLastUpdateMillis() {
        return lastUpdateMillis;
    }

    public String getLastMessage() {
        return lastMessage;
    }

    /** The last failure, or {@code null}. */
    public String getLastError() {
        return lastError;
    }
}
