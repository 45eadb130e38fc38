package io.uplift.engine;

/**
 * One suggested product with the source that proposed it and the reason it can show the merchandiser. Immutable.
 */
public final class Suggestion {

    private final long productId;
    private final double score;
    private final String source;
    private final String reason;

    public Suggestion(long productId, double score, String source, String reason) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score of product " + productId + " is NaN");
        }
        this.productId = productId;
        this.score = score;
        this.source = source;
        this.reason = reason;
    }

    public long getProductId() {
        return productId;
    }

    /** Higher is better; only comparable within one source. */
    public double getScore() {
        return score;
    }

    public String getSource() {
        return source;
    }

    public String getReason() {
        return reason;
    }
}
