package io.uplift.engine.copurchase;

/**
 * A product bought together with a context product, with the figures that explain it. Immutable.
 */
public final class Neighbor {

    private final long productId;
    private final long contextProductId;
    private final double score;
    private final int together;
    private final int contextCount;
    private final int count;
    private final int baskets;

    /**
     * @param contextProductId the product it was bought with (for a cart, the cart product of the strongest pair)
     * @param score            the model's score (for a cart, aggregated over the cart)
     * @param together         baskets with both
     * @param contextCount     baskets with the context product
     * @param count            baskets with this product
     * @param baskets          all baskets
     */
    public Neighbor(long productId, long contextProductId, double score, int together, int contextCount, int count,
            int baskets) {
        this.productId = productId;
        this.contextProductId = contextProductId;
        this.score = score;
        this.together = together;
        this.contextCount = contextCount;
        this.count = count;
        this.baskets = baskets;
    }

    public long getProductId() {
        return productId;
    }

    public long getContextProductId() {
        return contextProductId;
    }

    public double getScore() {
        return score;
    }

    /** Orders containing both products. */
    public int getTogether() {
        return together;
    }

    public int getContextCount() {
        return contextCount;
    }

    public int getCount() {
        return count;
    }

    public int getBaskets() {
        return baskets;
    }

    /** together / baskets. */
    public double getSupport() {
        return baskets == 0 ? 0 : (double) together / baskets;
    }

    /** P(this | context) = together / contextCount. */
    public double getConfidence() {
        return contextCount == 0 ? 0 : (double) together / contextCount;
    }

    /** together * baskets / (contextCount * count); 1 means bought together no more often than by chance. */
    public double getLift() {
        return contextCount == 0 || count == 0 ? 0 : (double) together * baskets / ((double) contextCount * count);
    }

    /** together / sqrt(contextCount * count). */
    public double getCosine() {
        return contextCount == 0 || count == 0 ? 0 : together / Math.sqrt((double) contextCount * count);
    }

    @Override
    public String toString() {
        return "Neighbor{" + productId + " with " + contextProductId + ", score=" + score + ", together=" + together + "}";
    }
}
