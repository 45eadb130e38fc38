package io.uplift.engine.nudge;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.FailureSink;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.rank.Filters;
import io.uplift.engine.rank.SuggestionFilter;
import io.uplift.engine.rank.SuggestionPipeline;
import io.uplift.engine.rank.SuggestionRescorer;
import io.uplift.engine.source.SourceChain;
import io.uplift.engine.source.SourceRegistry;
import io.uplift.engine.source.SuggestionSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gap fillers: products that close the gap to free shipping, ranked by how well they fit the cart.
 *
 * <ol>
 * <li><b>Window.</b> Candidates cost at least the missing amount (so one of them alone qualifies the cart) and at most
 * {@code missing x factor + extra} (defaults 1.5 and $5: a $2 gap looks at $2-$8, a $40 gap at $40-$65), found in
 * the {@link PriceIndex} and judged on their current price.</li>
 * <li><b>Closeness.</b> Each starts with {@code missing / price}: 1 when it closes the gap exactly, less the more the
 * shopper overshoots, so the cheapest product that closes the gap comes first among equals.</li>
 * <li><b>Fit with the cart.</b> The widget's source chain (by default {@code copurchase, trending}, the sources the
 * cart's "add these too" uses) is asked about the cart; a candidate's fit is its score in the first source that
 * proposes it divided by that source's best score, halved for every source before it (the second source counts at
 * most 0.5). The final score is {@code closeness x (1 + fit)}: a product bought with the cart can beat a slightly
 * cheaper one that nobody buys with it, never one that it overshoots by far more.</li>
 * <li><b>Rules.</b> The standard filters (active, in stock, not the viewed product, not in the cart), not already
 * shown on the page, the window on the current price, and the caller's own (e.g. never a product sold only with
 * another, such as a protection plan); then "limit to N", through the same {@link SuggestionPipeline} as every
 * suggestion widget.</li>
 * </ol>
 * Thread-safe.
 */
public class GapFillers {

    /** The source name gap fillers carry (admin preview, data attributes). */
    public static final String SOURCE = "gap-filler";
    /** Candidates asked of each fit source, and most candidates taken from the price window. */
    static final int FIT_CANDIDATES = 200;
    static final int WINDOW_CANDIDATES = 200;

    private final CatalogFacts catalog;
    private final SourceRegistry sources;
    private final FailureSink failures;
    private final BigDecimal factor;
    private final BigDecimal extra;

    /**
     * @param factor the window's top as a multiple of the gap, 1 to 10 (e.g. 1.5)
     * @param extra  added to the window's top, 0 or more (e.g. 5.00)
     */
    public GapFillers(CatalogFacts catalog, SourceRegistry sources, FailureSink failures, BigDecimal factor,
            BigDecimal extra) {
        if (factor == null || factor.compareTo(BigDecimal.ONE) < 0 || factor.compareTo(BigDecimal.TEN) > 0) {
            throw new IllegalArgumentException("uplift.nudge.windowFactor must be between 1 and 10: " + factor);
        }
        if (extra == null || extra.signum() < 0) {
            throw new IllegalArgumentException("uplift.nudge.windowExtra cannot be negative: " + extra);
        }
        this.catalog = catalog;
        this.sources = sources;
        this.failures = failures;
        this.factor = factor;
        this.extra = extra;
    }

    /** The price window for a gap: [gap, gap x factor + extra], in cents. */
    public BigDecimal[] window(BigDecimal gap) {
        BigDecimal min = gap.setScale(2, RoundingMode.CEILING);
        BigDecimal max = gap.multiply(factor).add(extra).setScale(2, RoundingMode.FLOOR);
        return new BigDecimal[] {min, max};
    }

    /**
     * @param gap     the missing amount, above 0
     * @param fit     the sources that measure fit with the cart, in order
     * @param filters rules beyond the standard ones (e.g. never a protection plan alone); may be empty
     * @param limit   at most this many, at least 1
     * @return the gap fillers, best first; never null
     */
    public List<SuggestionPipeline.Ranked> rank(BigDecimal gap, SuggestionContext context, PriceIndex index,
            SourceChain fit, List<SuggestionFilter> filters, int limit) {
        return rank(gap, context, index, fit, filters, limit, null);
    }

    /** Like {@link #rank}, reporting dropped candidates and why when {@code rejected} is not null (admin preview). */
    public List<SuggestionPipeline.Ranked> rank(BigDecimal gap, SuggestionContext context, PriceIndex index,
            SourceChain fit, List<SuggestionFilter> filters, int limit, List<SuggestionPipeline.Rejected> rejected) {
        if (gap == null || gap.signum() <= 0) {
            throw new IllegalArgumentException("gap must be above 0: " + gap);
        }
        BigDecimal[] window = window(gap);
        final double gapValue = gap.doubleValue();
        List<Suggestion> candidates = new ArrayList<Suggestion>();
        for (Long id : index.between(window[0], window[1], WINDOW_CANDIDATES)) {
            ProductFacts p = catalog.find(id);
            if (p == null || p.getPrice() == null || p.getPrice().signum() <= 0) {
                continue;
            }
            final ProductFacts product = p;
            final String currency = p.getCurrency();
            candidates.add(new Suggestion(id, Math.min(1.0, gapValue / p.getPrice().doubleValue()), SOURCE,
                    () -> String.format(Locale.ROOT, "%s closes the gap of %s",
                            io.uplift.engine.upsell.PriceText.format(product.getPrice(), currency),
                            io.uplift.engine.upsell.PriceText.format(gap, currency))));
        }
        Collections.sort(candidates, BY_SCORE);
        Map<Long, Double> fits = fit(context, fit);
        List<SuggestionFilter> all = new ArrayList<SuggestionFilter>(SuggestionPipeline.standardFilters());
        all.add(Filters.notShownOnPage());
        all.add(priceWindow(window[0], window[1]));
        all.addAll(filters);
        SuggestionPipeline pipeline = new SuggestionPipeline(catalog, all,
                Collections.<SuggestionRescorer>singletonList(cartFit(fits)));
        return rejected == null ? pipeline.apply(candidates, context, limit)
                : pipeline.explain(candidates, context, limit, rejected);
    }

    private static final Comparator<Suggestion> BY_SCORE = (a, b) -> {
        int c = Double.compare(b.getScore(), a.getScore());
        return c != 0 ? c : Long.compare(a.getProductId(), b.getProductId());
    };

    /** Keeps products whose current price lies in the window (the index may be a little stale). */
    static SuggestionFilter priceWindow(final BigDecimal min, final BigDecimal max) {
        return (c, p, ctx) -> {
            if (p.getPrice() == null) {
                return "no price";
            }
            if (p.getPrice().compareTo(min) < 0) {
                return "price " + p.getPrice().toPlainString() + " does not close the gap of " + min.toPlainString();
            }
            if (p.getPrice().compareTo(max) > 0) {
                return "price " + p.getPrice().toPlainString() + " above the gap window's " + max.toPlainString();
            }
            return null;
        };
    }

    /** Score x (1 + fit). */
    static SuggestionRescorer cartFit(final Map<Long, Double> fits) {
        return new SuggestionRescorer() {
            @Override
            public String name() {
                return "cart-fit";
            }

            @Override
            public double rescore(Suggestion c, ProductFacts p, SuggestionContext ctx, double score) {
                Double f = fits.get(p.getId());
                return f == null ? score : score * (1 + f);
            }
        };
    }

    /**
     * Fit of every product the chain's sources propose for the context: score / the source's best score, times
     * 0.5 per earlier source; the first source proposing a product decides. A failing source is recorded and
     * skipped.
     */
    Map<Long, Double> fit(SuggestionContext context, SourceChain chain) {
        Map<Long, Double> fits = new HashMap<Long, Double>();
        double weight = 1.0;
        for (String name : chain.getNames()) {
            List<Suggestion> proposed;
            try {
                SuggestionSource source = sources.get(name);
                proposed = source.candidates(context, FIT_CANDIDATES);
            } catch (RuntimeException e) {
                failures.record("source:" + name, "gap-filler fit from '" + name + "' for cart "
                        + context.getCartProductIds() + " (ranked without it)", e);
                weight /= 2;
                continue;
            }
            double best = 0;
            for (Suggestion s : proposed) {
                best = Math.max(best, s.getScore());
            }
            if (best > 0) {
                for (Suggestion s : proposed) {
                    if (s.getScore() > 0 && !fits.containsKey(s.getProductId())) {
                        fits.put(s.getProductId(), weight * s.getScore() / best);
                    }
                }
            }
            weight /= 2;
        }
        return fits;
    }
}
