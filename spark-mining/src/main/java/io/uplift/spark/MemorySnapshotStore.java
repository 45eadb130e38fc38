package io.uplift.spark;

import io.uplift.engine.learn.SnapshotStore;

import java.util.TreeMap;

/** Generations kept in memory: for a snapshot written to a file (--out), the tests and the benchmark. */
public final class MemorySnapshotStore implements SnapshotStore {

    private final TreeMap<Long, Snapshot> generations = new TreeMap<>();

    @Override
    public synchronized long latestGeneration() {
        return generations.isEmpty() ? 0 : generations.lastKey();
    }

    @Override
    public synchronized Snapshot latest() {
        return generations.isEmpty() ? null : generations.lastEntry().getValue();
    }

    @Override
    public synchronized boolean save(Snapshot snapshot) {
        return generations.putIfAbsent(snapshot.getGeneration(), snapshot) == null;
    }

    @Override
    public synchronized void prune(int keep) {
        while (generations.size() > keep) {
            generations.pollFirstEntry();
        }
    }
}
