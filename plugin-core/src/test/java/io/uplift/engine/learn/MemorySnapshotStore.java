package io.uplift.engine.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A {@link SnapshotStore} in memory, shared by the nodes of a test. Another node's save can be slipped in just
 * before the next one, to make two nodes race for a generation number.
 */
final class MemorySnapshotStore implements SnapshotStore {

    private final TreeMap<Long, Snapshot> byGeneration = new TreeMap<Long, Snapshot>();
    private Snapshot racer;
    private RuntimeException failure;
    final List<Long> saved = new ArrayList<Long>();
    final List<Long> refused = new ArrayList<Long>();

    /** Stores {@code snapshot} right before the next {@link #save}, as if another node had been quicker. */
    void saveFirstOnNextSave(Snapshot snapshot) {
        this.racer = snapshot;
    }

    /** The next {@link #save} throws {@code failure} (the database is down). */
    void failNextSave(RuntimeException failure) {
        this.failure = failure;
    }

    /** Stores a snapshot as-is, e.g. corrupt bytes. */
    void put(Snapshot snapshot) {
        byGeneration.put(snapshot.getGeneration(), snapshot);
    }

    @Override
    public synchronized long latestGeneration() {
        return byGeneration.isEmpty() ? 0 : byGeneration.lastKey();
    }

    @Override
    public synchronized Snapshot latest() {
        return byGeneration.isEmpty() ? null : byGeneration.lastEntry().getValue();
    }

    @Override
    public synchronized boolean save(Snapshot snapshot) {
        if (failure != null) {
            RuntimeException e = failure;
            failure = null;
            throw e;
        }
        if (racer != null) {
            byGeneration.put(racer.getGeneration(), racer);
            racer = null;
        }
        if (byGeneration.containsKey(snapshot.getGeneration())) {
            refused.add(snapshot.getGeneration());
            return false;
        }
        byGeneration.put(snapshot.getGeneration(), snapshot);
        saved.add(snapshot.getGeneration());
        return true;
    }

    @Override
    public synchronized void prune(int keep) {
        while (byGeneration.size() > keep) {
            byGeneration.pollFirstEntry();
        }
    }

    synchronized List<Long> generations() {
        return new ArrayList<Long>(byGeneration.keySet());
    }
}
