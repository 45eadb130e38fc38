package io.uplift.engine.source;

/**
 * How ready a source is: for how many products it has enough data to suggest something, out of how many, with a
 * line of detail for the admin (e.g. the data's generation and age). Immutable.
 */
public final class Readiness {

    private final int ready;
    private final int total;
    private final String detail;

    /**
     * @param ready  products (or customers, for a personal source) the source can serve
     * @param total  the population they are counted in, or -1 when the source does not depend on the product
     * @param detail one line for the admin; never null
     */
    public Readiness(int ready, int total, String detail) {
        if (ready < 0) {
            throw new IllegalArgumentException("ready cannot be negative: " + ready);
        }
        this.ready = ready;
        this.total = total;
        this.detail = detail == null ? "" : detail;
    }

    public int getReady() {
        return ready;
    }

    public int getTotal() {
        return total;
    }

    public String getDetail() {
        return detail;
    }

    /** Share of the population that is ready, 0..1; 1 for a source that does not depend on the product. */
    public double getShare() {
        return total < 0 ? (ready > 0 ? 1 : 0) : total == 0 ? 0 : (double) ready / total;
    }
}
