package io.uplift.engine.learn;

/**
 * Elects the one node that applies new orders and publishes generations (the others load them), through a row in
 * the shop's database. A node that stops renewing loses the lease after its time-to-live.
 */
public interface Lease {

    /**
     * Takes or renews the lease for {@code owner} if it is free, expired or already {@code owner}'s.
     *
     * @return whether {@code owner} holds the lease now
     */
    boolean tryAcquire(String owner, long ttlMillis, long nowMillis);

    /** Gives the lease up if {@code owner} holds it. */
    void release(String owner);
}
