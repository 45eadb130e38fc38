package io.uplift.engine.source.manual;

import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.source.Readiness;
import io.uplift.engine.source.SuggestionSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Suggestions the merchandiser set by hand: the viewed product's cross-sale list in the merchandiser's order, or,
 * without a viewed product, the cross-sale lists of the cart's products taken in turns (first of each, then second
 * of each, ...).
 */
public class ManualRelationSource implements SuggestionSource {

    /** The name this source carries in chains and in every suggestion it makes. */
    public static final String NAME = "manual";

    private final RelationLookup relations;

    public ManualRelationSource(RelationLookup relations) {
        this.relations = relations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "relations set by the merchandiser (Broadleaf cross-sales and Uplift relations)";
    }

    /** All candidates for the context; never null. */
    public List<Suggestion> candidates(SuggestionContext context) {
        return candidates(context, Integer.MAX_VALUE);
    }

    @Override
    public List<Suggestion> candidates(SuggestionContext context, int max) {
        List<Long> anchors = new ArrayList<Long>();
        if (context.getProductId() != null) {
            anchors.add(context.getProductId());
        } else {
            anchors.addAll(context.getCartProductIds());
        }
        if (anchors.isEmpty()) {
            return Collections.emptyList();
        }
        List<List<Long>> lists = new ArrayList<List<Long>>(anchors.size());
        int longest = 0;
        for (Long anchor : anchors) {
            List<Long> ids = relations.crossSales(anchor);
            lists.add(ids);
            longest = Math.max(longest, ids.size());
        }
        List<Suggestion> out = new ArrayList<Suggestion>();
        Set<Long> seen = new LinkedHashSet<Long>();
        int total = longest * anchors.size();
        for (int pos = 0; pos < longest && out.size() < max; pos++) {
            for (int a = 0; a < anchors.size() && out.size() < max; a++) {
                List<Long> ids = lists.get(a);
                if (pos < ids.size() && seen.add(ids.get(pos))) {
                    out.add(new Suggestion(ids.get(pos), total - out.size(), NAME, "cross-sale set by the merchandiser on"
                            + " product " + anchors.get(a) + ", position " + (pos + 1)));
                }
            }
        }
        return out;
    }

    @Override
    public Readiness readiness() {
        int n = relations.productsWithRelations();
        return new Readiness(Math.max(0, n), -1, n < 0 ? "unknown" : n + " products have relations set by hand");
    }
}
