package io.uplift.engine.source.trending;

import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.source.Readiness;
import io.uplift.engine.source.SuggestionSource;
import io.uplift.engine.trending.TrendingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Best-sellers with time decay: the same list for every context, so it is the last resort of most chains. */
public class TrendingSource implements SuggestionSource {

    public static final String NAME = "trending";

    private final ModelHolder<TrendingModel> model;

    public TrendingSource(ModelHolder<TrendingModel> model) {
        this.model = model;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "trending best-sellers, recent orders weighted more (time decay)";
    }

    @Override
    public List<Suggestion> candidates(SuggestionContext context, int max) {
        TrendingModel m = model.get();
        List<TrendingModel.Entry> top = m.top(max);
        List<Suggestion> out = new ArrayList<Suggestion>(top.size());
        final double halfLife = m.getHalfLifeDays();
        for (final TrendingModel.Entry e : top) {
            out.add(new Suggestion(e.getProductId(), e.getDecayedOrders(), NAME, () -> String.format(Locale.ROOT,
                    "trending: %.1f recent orders (half-life %s days), %,d order%s in all", e.getDecayedOrders(),
                    trim(halfLife), e.getOrders(), e.getOrders() == 1 ? "" : "s")));
        }
        return out;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    @Override
    public Readiness readiness() {
        TrendingModel m = model.get();
        return new Readiness(m.size(), -1, m.size() == 0 ? "no orders yet"
                : m.size() + " products sold; the same list serves every product");
    }
}
