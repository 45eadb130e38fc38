package io.uplift.engine.learn;

/** A {@link Lease} in memory, shared by the nodes of a test. */
final class MemoryLease implements Lease {

    private String owner;
    private long expiresAtMillis;

    @Override
    public synchronized boolean tryAcquire(String candidate, long ttlMillis, long nowMillis) {
        if (owner == null || owner.equals(candidate) || nowMillis >= expiresAtMillis) {
            owner = candidate;
            expiresAtMillis = nowMillis + ttlMillis;
            return true;
        }
        return false;
    }

    @Override
    public synchronized void release(String candidate) {
        if (candidate.equals(owner)) {
            owner = null;
        }
    }

    synchronized String owner() {
        return owner;
    }
}
