package io.uplift.engine.source;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.rank.SuggestionPipeline;
import io.uplift.slot.WidgetFailures;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import static io.uplift.engine.TestLists.rankedIds;
import static io.uplift.engine.TestLists.reasons;
import static io.uplift.engine.TestLists.suggestionIds;
import static io.uplift.engine.TestProducts.buyable;
import static io.uplift.engine.TestProducts.inactive;
import static io.uplift.engine.TestProducts.outOfStock;
import static io.uplift.engine.source.FixedSource.proposing;
import static io.uplift.engine.source.FixedSource.throwing;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Fixture: viewing product 1 with product 4 in the cart; 10..60 are buyable, 11 inactive, 12 out of stock. Sources:
 * {@code first} proposes 10, 11, 20; {@code second} proposes 20, 12, 30, 40, 50; {@code third} proposes 60;
 * {@code broken} throws.
 */
public class FallbackChainTest {

    private static final SuggestionContext VIEWING_1_WITH_4_IN_CART =
            new SuggestionContext(1L, new HashSet<Long>(Arrays.asList(4L)));

    private final MapCatalog catalog = MapCatalog.of(buyable(1), buyable(4), buyable(10), buyable(20), buyable(30),
            buyable(40), buyable(50), buyable(60), inactive(11), outOfStock(12));
    private final FixedSource first = proposing("first", 10, 11, 20);
    private final FixedSource second = proposing("second", 20, 12, 30, 40, 50);
    private final FixedSource third = proposing("third", 60);
    private final FixedSource broken = throwing("broken", new IllegalStateException("model not loaded"));
    private final WidgetFailures failures = new WidgetFailures();
    private final FallbackChain chain = new FallbackChain(
            new SourceRegistry(Arrays.<SuggestionSource>asList(first, second, third, broken)), failures);
    private final SuggestionPipeline pipeline = SuggestionPipeline.standard(catalog);

    @Test
    public void theFirstSourceFillsTheWidgetAndTheNextFillsWhatIsLeft() {
        assertEquals(Arrays.asList(10L, 20L, 30L, 40L), rankedIds(run("first, second", 4)));
    }

    @Test
    public void eachKeptProductCarriesTheSourceThatProposedIt() {
        List<String> sources = new ArrayList<String>();
        for (SuggestionPipeline.Ranked r : run("first, second", 3)) {
            sources.add(r.getSuggestion().getSource());
        }
        assertEquals(Arrays.asList("first", "first", "second"), sources);
    }

    @Test
    public void laterSourcesAreNotAskedOnceTheWidgetIsFull() {
        assertEquals(Arrays.asList(10L, 20L), rankedIds(run("first, second", 2)));
        assertTrue(second.asked().isEmpty());
    }

    @Test
    public void theLimitIsRespectedAcrossSources() {
        assertEquals(Arrays.asList(10L, 20L, 30L), rankedIds(run("first, second, third", 3)));
        assertTrue(third.asked().isEmpty());
    }

    @Test
    public void aProductProposedByTwoSourcesShowsOnceFromTheFirst() {
        List<SuggestionPipeline.Ranked> out = run("first, second", 10);
        assertEquals(Arrays.asList(10L, 20L, 30L, 40L, 50L), rankedIds(out));
        assertEquals("first", out.get(1).getSuggestion().getSource());
    }

    @Test
    public void aSourceIsAskedForMoreThanTheWidgetStillNeeds() {
        run("first, second", 4);
        // wanted * OVERFETCH + cart size + 8: first wants 4, second the 2 still missing
        assertEquals(Arrays.asList(4 * FallbackChain.OVERFETCH + 1 + 8), first.asked());
        assertEquals(Arrays.asList(2 * FallbackChain.OVERFETCH + 1 + 8), second.asked());
    }

    @Test
    public void aThrowingSourceIsRecordedAndTheNextSourceTakesOver() {
        assertEquals(Arrays.asList(10L, 20L, 60L), rankedIds(run("broken, first, third", 5)));
        assertEquals(1, failures.count("source:broken"));
        assertEquals(1, failures.total());
    }

    @Test
    public void aNameTheRegistryDoesNotKnowIsRecordedLikeAFailingSource() {
        SourceChain withGhost = SourceChain.parse("ghost, third", Arrays.asList("ghost", "third"));
        assertEquals(Arrays.asList(60L), rankedIds(chain.run(withGhost, pipeline, VIEWING_1_WITH_4_IN_CART, 3)));
        assertEquals(1, failures.count("source:ghost"));
    }

    @Test
    public void nothingAnywhereGivesAnEmptyListNeverNull() {
        FallbackChain empty = new FallbackChain(new SourceRegistry(Arrays.asList(proposing("none"))), failures);
        assertTrue(empty.run(SourceChain.parse("none", Arrays.asList("none")), pipeline, VIEWING_1_WITH_4_IN_CART, 3)
                .isEmpty());
    }

    @Test
    public void tracingDoesNotChangeWhatIsShown() {
        List<FallbackChain.SourceTrace> trace = new ArrayList<FallbackChain.SourceTrace>();
        assertEquals(rankedIds(run("first, broken, second, third", 4)), rankedIds(chain.run(
                parse("first, broken, second, third"), pipeline, VIEWING_1_WITH_4_IN_CART, 4, trace)));
    }

    @Test
    public void theTraceShowsEverySourceWithItsCandidatesKeptRejectedAndError() {
        List<FallbackChain.SourceTrace> trace = new ArrayList<FallbackChain.SourceTrace>();
        chain.run(parse("first, broken, second"), pipeline, VIEWING_1_WITH_4_IN_CART, 3, trace);

        assertEquals(3, trace.size());
        FallbackChain.SourceTrace t1 = trace.get(0);
        assertEquals("first", t1.getSource());
        assertEquals(Arrays.asList(10L, 11L, 20L), suggestionIds(t1.getCandidates()));
        assertEquals(Arrays.asList(10L, 20L), rankedIds(t1.getKept()));
        assertEquals(Arrays.asList("11: inactive"), reasons(t1.getRejected()));
        assertNull(t1.getError());

        FallbackChain.SourceTrace t2 = trace.get(1);
        assertEquals("broken", t2.getSource());
        assertEquals("IllegalStateException: model not loaded", t2.getError());
        assertTrue(t2.getCandidates().isEmpty());
        assertTrue(t2.getKept().isEmpty());
        assertTrue(t2.getRejected().isEmpty());

        FallbackChain.SourceTrace t3 = trace.get(2);
        assertEquals("second", t3.getSource());
        assertEquals("the source's own list, including what an earlier source already took",
                Arrays.asList(20L, 12L, 30L, 40L, 50L), suggestionIds(t3.getCandidates()));
        assertEquals(Arrays.asList(30L), rankedIds(t3.getKept()));
        assertEquals(Arrays.asList("12: out of stock", "40: beyond the widget's limit of 1",
                "50: beyond the widget's limit of 1"), reasons(t3.getRejected()));
    }

    /**
     * Regression: once the widget was full, a later source's trace was explained with a limit of 1, so its first
     * surviving candidate was neither kept nor rejected (it vanished from the preview) and the others were said to be
     * "beyond the widget's limit of 1" whatever the widget's limit.
     */
    @Test
    public void aSourceAfterTheWidgetIsFullReportsEverySurvivorAsBeyondTheWidgetsLimit() {
        List<FallbackChain.SourceTrace> trace = new ArrayList<FallbackChain.SourceTrace>();
        List<SuggestionPipeline.Ranked> shown = chain.run(parse("first, second"), pipeline,
                VIEWING_1_WITH_4_IN_CART, 2, trace);

        assertEquals(Arrays.asList(10L, 20L), rankedIds(shown));
        FallbackChain.SourceTrace t2 = trace.get(1);
        assertTrue(t2.getKept().isEmpty());
        assertEquals(Arrays.asList("12: out of stock", "30: beyond the widget's limit of 2",
                "40: beyond the widget's limit of 2", "50: beyond the widget's limit of 2"), reasons(t2.getRejected()));
    }

    @Test
    public void withoutATraceNothingIsRecordedForAFailingSourceButTheFailure() {
        assertEquals(Collections.<Long>emptyList(), rankedIds(run("broken", 3)));
        assertEquals(1, failures.count("source:broken"));
    }

    private List<SuggestionPipeline.Ranked> run(String chainText, int limit) {
        return chain.run(parse(chainText), pipeline, VIEWING_1_WITH_4_IN_CART, limit);
    }

    private SourceChain parse(String text) {
        return SourceChain.parse(text, chain.getSources().names());
    }



}
