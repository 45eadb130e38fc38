package io.uplift.engine.source;

import io.uplift.engine.FailureSink;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.rank.SuggestionPipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a widget's {@link SourceChain}: the first source's candidates go through the widget's rules, then the next
 * source fills what is left, and so on, until the widget has its N products or the chain ends. A source that throws
 * is recorded and skipped: the next source takes over. Thread-safe.
 */
public class FallbackChain {

    /** Candidates asked of a source per product still wanted, so that filters rarely leave the widget short. */
    static final int OVERFETCH = 4;

    private final SourceRegistry sources;
    private final FailureSink failures;

    public FallbackChain(SourceRegistry sources, FailureSink failures) {
        this.sources = sources;
        this.failures = failures;
    }

    public SourceRegistry getSources() {
        return sources;
    }

    /** The products to show, best first; never null. */
    public List<SuggestionPipeline.Ranked> run(SourceChain chain, SuggestionPipeline pipeline,
            SuggestionContext context, int limit) {
        return run(chain, pipeline, context, limit, null);
    }

    /**
     * Like {@link #run(SourceChain, SuggestionPipeline, SuggestionContext, int)}, recording what each source
     * proposed and what the rules dropped (for the admin preview) when {@code trace} is not null.
     */
    public List<SuggestionPipeline.Ranked> run(SourceChain chain, SuggestionPipeline pipeline,
            SuggestionContext context, int limit, List<SourceTrace> trace) {
        List<SuggestionPipeline.Ranked> out = new ArrayList<SuggestionPipeline.Ranked>(limit);
        Set<Long> taken = new HashSet<Long>();
        for (String name : chain.getNames()) {
            int wanted = limit - out.size();
            if (wanted <= 0 && trace == null) {
                break;
            }
            SuggestionSource source;
            List<Suggestion> candidates;
            try {
                source = sources.get(name);
                candidates = source.candidates(context, Math.max(1, wanted) * OVERFETCH
                        + context.getCartProductIds().size() + 8);
            } catch (RuntimeException e) {
                failures.record("source:" + name, "source '" + name + "' for product " + context.getProductId()
                        + ", cart " + context.getCartProductIds() + " (the chain's next source takes over)", e);
                if (trace != null) {
                    trace.add(new SourceTrace(name, Collections.<Suggestion>emptyList(),
                            Collections.<SuggestionPipeline.Ranked>emptyList(),
                            Collections.<SuggestionPipeline.Rejected>emptyList(),
                            e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
                continue;
            }
            List<Suggestion> fresh = new ArrayList<Suggestion>(candidates.size());
            for (Suggestion s : candidates) {
                if (!taken.contains(s.getProductId())) {
                    fresh.add(s);
                }
            }
            List<SuggestionPipeline.Ranked> kept;
            List<SuggestionPipeline.Rejected> rejected = trace == null ? null
                    : new ArrayList<SuggestionPipeline.Rejected>();
            if (wanted <= 0) {
                kept = Collections.emptyList();
                if (rejected != null) {
                    // the widget is full: every candidate that passes the rules is beyond its limit
                    for (SuggestionPipeline.Ranked r : pipeline.explain(fresh, context, Math.max(1, fresh.size()),
                            rejected)) {
                        rejected.add(SuggestionPipeline.Rejected.beyondLimit(r, limit));
                    }
                }
            } else {
                kept = trace == null ? pipeline.apply(fresh, context, wanted)
                        : pipeline.explain(fresh, context, wanted, rejected);
            }
            for (SuggestionPipeline.Ranked r : kept) {
                taken.add(r.getProduct().getId());
                out.add(r);
            }
            if (trace != null) {
                trace.add(new SourceTrace(name, candidates, kept, rejected, null));
            }
        }
        return out;
    }

    /** What one source of the chain did for one request (admin preview). */
    public static final class SourceTrace {
        private final String source;
        private final List<Suggestion> candidates;
        private final List<SuggestionPipeline.Ranked> kept;
        private final List<SuggestionPipeline.Rejected> rejected;
        private final String error;

        SourceTrace(String source, List<Suggestion> candidates, List<SuggestionPipeline.Ranked> kept,
                List<SuggestionPipeline.Rejected> rejected, String error) {
            this.source = source;
            this.candidates = candidates;
            this.kept = kept;
            this.rejected = rejected;
            this.error = error;
        }

        public String getSource() {
            return source;
        }

        public List<Suggestion> getCandidates() {
            return candidates;
        }

        public List<SuggestionPipeline.Ranked> getKept() {
            return kept;
        }

        public List<SuggestionPipeline.Rejected> getRejected() {
            return rejected;
        }

        /** The source's failure, or {@code null}. */
        public String getError() {
            return error;
        }
    }
}
