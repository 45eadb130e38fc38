package io.uplift.engine.rank;

import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;

/** The standard rescorers. */
public final class Rescorers {

    /** Milliseconds of one day, for the daily rotation. */
    static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    private Rescorers() {
    }

    /**
     * Stock- and margin-aware ranking: a product with a known margin gets {@code score * (1 + marginWeight * margin)}
     * (margin clamped to 0..1, so selling below cost is never rewarded), and a product with at most
     * {@code lowStock} units left gets {@code * lowStockFactor}, so the last units are not pushed to every shopper.
     *
     * @param marginWeight   0 for no margin boost, e.g. 0.5 for up to +50 %
     * @param lowStock       stock level at or below which the product is demoted; 0 for never
     * @param lowStockFactor multiplier for low stock, in (0, 1]
     */
    public static SuggestionRescorer stockAndMargin(final double marginWeight, final int lowStock,
            final double lowStockFactor) {
        if (marginWeight < 0 || marginWeight > 10) {
            throw new IllegalArgumentException("margin weight must be between 0 and 10: " + marginWeight);
        }
        if (lowStockFactor <= 0 || lowStockFactor > 1) {
            throw new IllegalArgumentException("low-stock factor must be in (0, 1]: " + lowStockFactor);
        }
        return new SuggestionRescorer() {
            @Override
            public String name() {
                return "stock-and-margin";
            }

            @Override
            public double rescore(Suggestion c, ProductFacts p, SuggestionContext ctx, double score) {
                double s = score;
                Double margin = p.getMarginRate();
                if (margin != null) {
                    s *= 1 + marginWeight * Math.max(0, Math.min(1, margin));
                }
                Integer qty = p.getQuantityAvailable();
                if (lowStock > 0 && qty != null && qty <= lowStock) {
                    s *= lowStockFactor;
                }
                return s;
            }
        };
    }

    /**
     * Rotation: multiplies the score by a factor in {@code [1 - amplitude, 1 + amplitude]} drawn from a hash of the
     * visitor, the day and the product. A visitor sees stable suggestions during a day; across visitors and days
     * near-equal candidates take turns, so the same few products do not show forever. Strong candidates stay on
     * top: a factor never reorders candidates whose scores differ by more than the amplitude allows.
     *
     * @param amplitude 0 (no rotation) to 0.5
     * @param clock     current time in epoch millis, as a supplier (tests fix it)
     */
    public static SuggestionRescorer rotation(final double amplitude, final Clock clock) {
        if (amplitude < 0 || amplitude > 0.5) {
            throw new IllegalArgumentException("rotation amplitude must be between 0 and 0.5: " + amplitude);
        }
        return new SuggestionRescorer() {
            @Override
            public String name() {
                return "rotation";
            }

            @Override
            public double rescore(Suggestion c, ProductFacts p, SuggestionContext ctx, double score) {
                long day = Math.floorDiv(clock.millis(), DAY_MILLIS);
                double u = unit(mix(ctx.getVisitorKey().hashCode() * 0x9E3779B97F4A7C15L + day * 31 + p.getId()));
                return score * (1 + amplitude * (2 * u - 1));
            }
        };
    }

    /** SplitMix64 finaliser: a well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A hash mapped to [0, 1). */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    /** The time source of time-dependent rules. */
    public interface Clock {
        long millis();

        Clock SYSTEM = new Clock() {
            @Override
            public long millis() {
                return System.currentTimeMillis();
            }
        };
    }
}
