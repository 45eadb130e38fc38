package io.uplift.engine;

import io.uplift.engine.rank.SuggestionPipeline;

import java.util.ArrayList;
import java.util.List;

/** Short views of the engine's results, for assertions on literal lists. */
public final class TestLists {

    private TestLists() {
    }

    /** The kept products' ids, in order. */
    public static List<Long> rankedIds(List<SuggestionPipeline.Ranked> ranked) {
        List<Long> out = new ArrayList<Long>();
        for (SuggestionPipeline.Ranked r : ranked) {
            out.add(r.getProduct().getId());
        }
        return out;
    }

    /** The suggested products' ids, in order. */
    public static List<Long> suggestionIds(List<Suggestion> suggestions) {
        List<Long> out = new ArrayList<Long>();
        for (Suggestion s : suggestions) {
            out.add(s.getProductId());
        }
        return out;
    }

    /** "id: reason" for every dropped candidate, in order. */
    public static List<String> reasons(List<SuggestionPipeline.Rejected> rejected) {
        List<String> out = new ArrayList<String>();
        for (SuggestionPipeline.Rejected r : rejected) {
            out.add(r.getSuggestion().getProductId() + ": " + r.getReason());
        }
        return out;
    }
}
