package io.uplift.engine.source;

import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SuggestionSource} with a literal candidate list (scores fall with the position), or one that throws;
 * remembers the {@code max} of every call.
 */
public final class FixedSource implements SuggestionSource {

    private final String name;
    private final long[] ids;
    private final RuntimeException failure;
    private final List<Integer> asked = new ArrayList<Integer>();

    private FixedSource(String name, long[] ids, RuntimeException failure) {
        this.name = name;
        this.ids = ids;
        this.failure = failure;
    }

    /** Proposes {@code ids} in this order, with scores ids.length, ids.length - 1, ..., 1. */
    public static FixedSource proposing(String name, long... ids) {
        return new FixedSource(name, ids, null);
    }

    public static FixedSource throwing(String name, RuntimeException failure) {
        return new FixedSource(name, new long[0], failure);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "fixed test source " + name;
    }

    @Override
    public List<Suggestion> candidates(SuggestionContext context, int max) {
        asked.add(max);
        if (failure != null) {
            throw failure;
        }
        List<Suggestion> out = new ArrayList<Suggestion>();
        for (int i = 0; i < ids.length && out.size() < max; i++) {
            out.add(new Suggestion(ids[i], ids.length - i, name, name + " #" + (i + 1)));
        }
        return out;
    }

    @Override
    public Readiness readiness() {
        return new Readiness(ids.length, -1, "fixed");
    }

    /** The {@code max} of every call, in order. */
    public List<Integer> asked() {
        return asked;
    }
}
