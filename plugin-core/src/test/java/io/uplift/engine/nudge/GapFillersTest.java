package io.uplift.engine.nudge;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.rank.SuggestionFilter;
import io.uplift.engine.rank.SuggestionPipeline;
import io.uplift.engine.source.FixedSource;
import io.uplift.engine.source.SourceChain;
import io.uplift.engine.source.SourceRegistry;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import static io.uplift.engine.TestLists.rankedIds;
import static io.uplift.engine.TestProducts.priced;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * Fixture: a gap of $15.00, so the window is [15.00, 27.50] (15 x 1.5 + 5). Products 1 and 17 are in the cart.
 * <pre>
 * id  price  closeness (15 / price)  fit                               final = closeness x (1 + fit)
 * 10  15.00  1.0                     trending 1/2, second source: 0.25  1.25
 * 11  20.00  0.75                    copurchase 4/4 = 1.0               1.5
 * 12  16.00  0.9375                  copurchase 2/4 = 0.5               1.40625
 * 13  25.00  0.6                     trending 2/2 x 0.5 = 0.5           0.9
 * 14  14.99  below the gap: not a candidate
 * 15  27.51  above the window: not a candidate
 * 16  18.00  out of stock: dropped
 * 17  19.00  in the cart: dropped
 * 18  21.00  a plan product (the caller's filter): dropped
 * </pre>
 */
public class GapFillersTest {

    private static final BigDecimal GAP = new BigDecimal("15.00");

    private final MapCatalog catalog = MapCatalog.of(priced(1, "60.00"), priced(10, "15.00"), priced(11, "20.00"),
            priced(12, "16.00"), priced(13, "25.00"), priced(14, "14.99"), priced(15, "27.51"),
            new ProductFacts(16, "Sold out", "/16", new BigDecimal("18.00"), "USD", null, true, false, 0),
            priced(17, "19.00"), priced(18, "21.00"));
    private final PriceIndex index = PriceIndex.of(Arrays.asList(catalog.find(1), catalog.find(10), catalog.find(11),
            catalog.find(12), catalog.find(13), catalog.find(14), catalog.find(15), catalog.find(16),
            catalog.find(17), catalog.find(18)));
    private final List<String> failures = new ArrayList<String>();
    private final SourceRegistry sources = new SourceRegistry(Arrays.asList(
            FixedSource.proposing("copurchase", 11, 5, 12, 6),
            FixedSource.proposing("trending", 13, 10),
            FixedSource.proposing("nothing"),
            FixedSource.throwing("broken", new IllegalStateException("model not loaded"))));
    private final GapFillers fillers = new GapFillers(catalog, sources, (kind, context, e) -> failures.add(kind),
            new BigDecimal("1.5"), new BigDecimal("5.00"));
    private final SuggestionContext cart = SuggestionContext.builder()
            .cart(new HashSet<Long>(Arrays.asList(1L, 17L))).build();
    private final List<SuggestionFilter> notPlans = Collections.<SuggestionFilter>singletonList(
            (c, p, ctx) -> p.getId() == 18 ? "a protection plan" : null);

    private SourceChain chain(String text) {
        return SourceChain.parse(text, sources.names());
    }

    @Test
    public void theWindowRunsFromTheGapToOneAndAHalfTimesItPlusFive() {
        assertEquals(Arrays.asList(new BigDecimal("15.00"), new BigDecimal("27.50")), Arrays.asList(fillers.window(GAP)));
        assertEquals(Arrays.asList(new BigDecimal("2.00"), new BigDecimal("8.00")),
                Arrays.asList(fillers.window(new BigDecimal("2"))));
        assertEquals(Arrays.asList(new BigDecimal("12.40"), new BigDecimal("23.60")),
                Arrays.asList(fillers.window(new BigDecimal("12.40"))));
    }

    @Test
    public void rankedByClosenessTimesFitWithTheCart() {
        assertEquals(Arrays.asList(11L, 12L, 10L, 13L),
                rankedIds(fillers.rank(GAP, cart, index, chain("copurchase, trending"), notPlans, 10)));
    }

    @Test
    public void theFinalScoresAreTheHandComputedOnes() {
        List<SuggestionPipeline.Ranked> ranked = fillers.rank(GAP, cart, index, chain("copurchase, trending"),
                notPlans, 10);
        assertEquals(1.5, ranked.get(0).getFinalScore(), 1e-9);
        assertEquals(1.40625, ranked.get(1).getFinalScore(), 1e-9);
        assertEquals(1.25, ranked.get(2).getFinalScore(), 1e-9);
        assertEquals(0.9, ranked.get(3).getFinalScore(), 1e-9);
    }

    @Test
    public void withoutFitTheCheapestProductThatClosesTheGapComesFirst() {
        assertEquals(Arrays.asList(10L, 12L, 11L, 13L),
                rankedIds(fillers.rank(GAP, cart, index, chain("nothing"), notPlans, 10)));
    }

    @Test
    public void limitComesLast() {
        assertEquals(Arrays.asList(11L, 12L),
                rankedIds(fillers.rank(GAP, cart, index, chain("copurchase, trending"), notPlans, 2)));
    }

    @Test
    public void everyDroppedCandidateHasItsReason() {
        List<SuggestionPipeline.Rejected> rejected = new ArrayList<SuggestionPipeline.Rejected>();
        fillers.rank(GAP, cart, index, chain("copurchase"), notPlans, 10, rejected);
        List<String> reasons = new ArrayList<String>();
        for (SuggestionPipeline.Rejected r : rejected) {
            reasons.add(r.getSuggestion().getProductId() + ": " + r.getReason());
        }
        assertTrue(reasons.toString(), reasons.contains("16: out of stock"));
        assertTrue(reasons.toString(), reasons.contains("17: already in the cart"));
        assertTrue(reasons.toString(), reasons.contains("18: a protection plan"));
        assertEquals(reasons.toString(), 3, reasons.size());
    }

    @Test
    public void aPriceThatChangedSinceTheIndexWasBuiltIsJudgedOnTheCurrentPrice() {
        MapCatalog now = MapCatalog.of(priced(10, "40.00"), priced(12, "16.00"));
        GapFillers fresh = new GapFillers(now, sources, (kind, context, e) -> failures.add(kind), new BigDecimal("1.5"),
                new BigDecimal("5"));
        List<SuggestionPipeline.Rejected> rejected = new ArrayList<SuggestionPipeline.Rejected>();
        PriceIndex stale = PriceIndex.of(Arrays.asList(priced(10, "15.00"), priced(12, "16.00")));
        assertEquals(Arrays.asList(12L), rankedIds(fresh.rank(GAP, cart, stale, chain("nothing"),
                Collections.<SuggestionFilter>emptyList(), 10, rejected)));
        assertEquals("price 40.00 above the gap window's 27.50", rejected.get(0).getReason());
    }

    @Test
    public void productsAlreadyShownOnThePageAreLeftOut() {
        cart.getPage().markShown(11);
        assertEquals(Arrays.asList(12L, 10L, 13L),
                rankedIds(fillers.rank(GAP, cart, index, chain("copurchase, trending"), notPlans, 10)));
    }

    @Test
    public void aFailingFitSourceIsRecordedAndTheNextOneCountsAsSecond() {
        // broken first: trending keeps its second-source weight (0.5), copurchase is not asked:
        // 10: 1.0 x 1.25 = 1.25, 12: 0.9375, 13: 0.6 x 1.5 = 0.9, 11: 0.75
        assertEquals(Arrays.asList(10L, 12L, 13L, 11L),
                rankedIds(fillers.rank(GAP, cart, index, chain("broken, trending"), notPlans, 10)));
        assertEquals(Arrays.asList("source:broken"), failures);
    }

    @Test
    public void theReasonQuotesPriceAndGap() {
        List<SuggestionPipeline.Ranked> ranked = fillers.rank(GAP, cart, index, chain("nothing"), notPlans, 1);
        assertEquals("$15.00 closes the gap of $15.00", ranked.get(0).getSuggestion().getReason());
        assertEquals(GapFillers.SOURCE, ranked.get(0).getSuggestion().getSource());
    }

    @Test
    public void badSettingsAreRefusedQuotingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GapFillers(catalog, sources,
                (kind, context, x) -> { }, new BigDecimal("0.5"), BigDecimal.ONE));
        assertTrue(e.getMessage(), e.getMessage().contains("0.5"));
        e = assertThrows(IllegalArgumentException.class, () -> new GapFillers(catalog, sources,
                (kind, context, x) -> { }, new BigDecimal("1.5"), new BigDecimal("-2")));
        assertTrue(e.getMessage(), e.getMessage().contains("-2"));
        e = assertThrows(IllegalArgumentException.class, () -> fillers.rank(BigDecimal.ZERO, cart, index,
                chain("nothing"), notPlans, 3));
        assertTrue(e.getMessage(), e.getMessage().contains("0"));
    }
}
