package io.uplift.engine;

/**
 * One suggested product with the source that proposed it and the reason it can show the merchandiser. Immutable
 * (the reason text may be computed on first use: a source proposes several times the products a widget shows, and
 * only the shown ones, or the admin preview, ever need the sentence).
 */
public final class Suggestion {

    /** Writes a reason when it is asked for. */
    public interface Reason {
        String text();
    }

    private final long productId;
    private final double score;
    private final String source;
    private final Reason reasonSource;
    private volatile String reason;

    public Suggestion(long productId, double score, String source, String reason) {
        this(productId, score, source, (Reason) null);
        this.reason = reason;
    }

    /** @param reason computes the reason sentence on first use; called at most once per thread race, must be pure */
    public Suggestion(long productId, double score, String source, Reason reason) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score of product " + productId + " is NaN");
        }
        this.productId = productId;
        this.score = score;
        this.source = source;
        this.reasonSource = reason;
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
        String r = reason;
        if (r == null && reasonSource != null) {
            r = reasonSource.text();
            reason = r;
        }
        return r;
    }
}
