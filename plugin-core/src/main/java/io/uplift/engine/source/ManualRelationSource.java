package io.uplift.engine.source;

import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Suggestions from the merchandiser's own cross-sale list of the viewed product, in the merchandiser's order.
 */
public class ManualRelationSource {

    /** The name this source carries in every suggestion it makes. */
    public static final String NAME = "manual-cross-sale";

    private final RelationLookup relations;

    public ManualRelationSource(RelationLookup relations) {
        this.relations = relations;
    }

    /** Candidates for the context; empty without a viewed product. Never null. */
    public List<Suggestion> candidates(SuggestionContext context) {
        if (context.getProductId() == null) {
            return Collections.emptyList();
        }
        List<Long> ids = relations.crossSales(context.getProductId());
        List<Suggestion> out = new ArrayList<Suggestion>(ids.size());
        int n = ids.size();
        for (int i = 0; i < n; i++) {
            out.add(new Suggestion(ids.get(i), n - i, NAME,
                    "cross-sale set by the merchandiser on product " + context.getProductId() + ", position " + (i + 1)));
        }
        return out;
    }
}
