package io.uplift.widget.suggest;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.rank.SuggestionPipeline;
import io.uplift.engine.source.manual.ManualRelationSource;
import io.uplift.engine.source.manual.MapRelations;
import io.uplift.engine.source.FallbackChain;
import io.uplift.engine.source.FixedSource;
import io.uplift.engine.source.SourceRegistry;
import io.uplift.engine.source.SuggestionSource;
import io.uplift.slot.WidgetFailures;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetRules;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import static io.uplift.engine.TestProducts.buyable;
import static io.uplift.engine.TestProducts.inStock;
import static io.uplift.engine.TestProducts.inactive;
import static io.uplift.engine.TestProducts.outOfStock;
import static io.uplift.engine.TestProducts.priced;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * Fixture: product 1 has cross-sales 11 (inactive), 12 (out of stock), 20, 30, 40, 50 (buyable); product 2 has
 * only 11 and 12; 60..64 carry tracked stock levels; product 7 costs 100.00 and its cross-sales 70..73 cost 40.00,
 * 60.00, 100.00 and 130.00. A second provider also knows {@code bestsellers}, which proposes 50, 40, 30.
 */
public class SuggestionWidgetProviderTest {

    private final MapCatalog catalog = MapCatalog.of(buyable(1), buyable(2), inactive(11), outOfStock(12),
            buyable(20), buyable(30), buyable(40), buyable(50), inStock(60, 1), inStock(61, 5), inStock(62, 6),
            inStock(63, null), inStock(64, 0), priced(7, "100.00"), priced(70, "40.00"), priced(71, "60.00"),
            priced(72, "100.00"), priced(73, "130.00"));
    private final MapRelations relations = new MapRelations()
            .with(1L, 11L, 12L, 20L, 30L, 40L, 50L)
            .with(2L, 11L, 12L)
            .with(3L, 60L, 61L, 62L, 63L, 64L)
            .with(7L, 70L, 71L, 72L, 73L);
    private final SuggestionWidgetProvider provider = new SuggestionWidgetProvider(SuggestionWidgets.RELATED_PRODUCTS,
            SuggestionWidgets.PRODUCT_LIST_TEMPLATE, "manual",
            new FallbackChain(new SourceRegistry(Arrays.asList(new ManualRelationSource(relations))), new WidgetFailures()),
            catalog, new RankingSettings(0.5, 5, 0.8, 0.15));

    @Test
    public void buildsAWidgetFromTheCrossSalesCutToTheAdminsCount() {
        WidgetView view = provider.build(settings(3), productPage(1L));
        assertEquals(9, view.getWidgetId());
        assertEquals(SuggestionWidgets.RELATED_PRODUCTS, view.getWidgetType());
        assertEquals("uplift/widgets/product-list :: widget", view.getFragment());
        assertEquals("You may also like", view.getTitle());
        assertEquals(Arrays.asList(20L, 30L, 40L), ids(view));
    }

    @Test
    public void cardsCarryPriceTextAndTheSource() {
        ProductCard card = provider.build(settings(1), productPage(1L)).getItems().get(0);
        assertEquals("Product 20", card.getName());
        assertEquals("$20.50", card.getPriceText());
        assertEquals(ManualRelationSource.NAME, card.getSource());
        assertEquals("cross-sale set by the merchandiser on product 1, position 3", card.getReason());
    }

    @Test
    public void cartedProductsAreLeftOutAndTheWidgetIsStillFull() {
        SlotRequest withCart = new SlotRequest(SlotKey.PRODUCT,
                new SuggestionContext(1L, new HashSet<Long>(Arrays.asList(30L))));
        assertEquals(Arrays.asList(20L, 40L, 50L), ids(provider.build(settings(3), withCart)));
    }

    @Test
    public void returnsNullWhenNoCrossSaleSurvives() {
        assertNull(provider.build(settings(4), productPage(2L)));
    }

    @Test
    public void returnsNullForAProductWithoutCrossSales() {
        assertNull(provider.build(settings(4), productPage(20L)));
    }

    @Test
    public void returnsNullOnAPageWithoutAProductOrCart() {
        assertNull(provider.build(settings(4), new SlotRequest(SlotKey.CART, new SuggestionContext(null, null))));
    }

    @Test
    public void onlyNLeftShowsOnlyFromOneToFiveTrackedUnits() {
        List<String> notes = new ArrayList<String>();
        for (ProductCard c : provider.build(settings(5), productPage(3L)).getItems()) {
            notes.add(c.getProductId() + ":" + c.getStockNote());
        }
        // 62 has 6 units; 63 does not track inventory; 64 is buyable with 0 tracked units (backorder)
        assertEquals(Arrays.asList("60:Only 1 left", "61:Only 5 left", "62:null", "63:null", "64:null"), notes);
    }

    @Test
    public void shownProductsAreMarkedOnThePageSoTheNextWidgetSkipsThem() {
        SlotRequest page = productPage(1L);
        assertEquals(Arrays.asList(20L, 30L), ids(provider.build(settings(2), page)));
        assertEquals(new java.util.LinkedHashSet<Long>(Arrays.asList(20L, 30L)), page.getContext().getPage().getShown());
        assertEquals(Arrays.asList(40L, 50L), ids(provider.build(settings(4), page)));
    }

    @Test
    public void anotherPageStartsAfresh() {
        provider.build(settings(2), productPage(1L));
        assertEquals(Arrays.asList(20L, 30L), ids(provider.build(settings(2), productPage(1L))));
    }

    @Test
    public void thePreviewMarksNothingOnThePage() {
        SlotRequest page = productPage(1L);
        provider.preview(settings(2), page);
        assertTrue(page.getContext().getPage().getShown().isEmpty());
    }

    @Test
    public void excludePurchasedLeavesOutWhatTheCustomerBought() {
        SlotRequest customer = new SlotRequest(SlotKey.PRODUCT, SuggestionContext.builder().product(1L).customer(5L)
                .purchased(new HashSet<Long>(Arrays.asList(20L, 40L))).build());
        assertEquals(Arrays.asList(30L, 50L),
                ids(provider.build(withRules(3, new WidgetRules(null, true, null, null, false, false)), customer)));
    }

    @Test
    public void withoutExcludePurchasedPastPurchasesMayShow() {
        SlotRequest customer = new SlotRequest(SlotKey.PRODUCT, SuggestionContext.builder().product(1L).customer(5L)
                .purchased(new HashSet<Long>(Arrays.asList(20L, 40L))).build());
        assertEquals(Arrays.asList(20L, 30L, 40L), ids(provider.build(settings(3), customer)));
    }

    @Test
    public void thePriceBandKeepsProductsPricedWithinItsPercentagesOfTheViewedProduct() {
        WidgetSettings band = withRules(4, new WidgetRules(null, false, 50, 100, false, false));
        assertEquals(Arrays.asList(71L, 72L), ids(provider.build(band, productPage(7L))));
    }

    @Test
    public void theAdminsChainOverridesTheTypesDefault() {
        SuggestionWidgetProvider two = withBestsellers("manual");
        assertEquals(Arrays.asList(20L, 30L), ids(two.build(settings(2), productPage(1L))));
        WidgetSettings bestsellers = withRules(2, new WidgetRules("bestsellers", false, null, null, false, false));
        assertEquals("bestsellers", two.chainOf(bestsellers).toString());
        assertEquals(Arrays.asList(50L, 40L), ids(two.build(bestsellers, productPage(1L))));
    }

    @Test
    public void theAdminsChainFallsBackInItsOwnOrder() {
        SuggestionWidgetProvider two = withBestsellers("manual");
        WidgetSettings chain = withRules(5, new WidgetRules("bestsellers, manual", false, null, null, false, false));
        assertEquals(Arrays.asList(50L, 40L, 30L, 20L), ids(two.build(chain, productPage(1L))));
    }

    @Test
    public void aBadDefaultChainFailsWhenTheProviderIsBuiltNamingTheKnownSources() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withBestsellers("manual, top"));
        assertEquals("unknown source 'top' in the chain 'manual, top' (known sources: manual, bestsellers)",
                e.getMessage());
    }

    @Test
    public void aBadAdminChainFailsTheWidgetNotThePageBuild() {
        WidgetSettings bad = withRules(2, new WidgetRules("manual, manual", false, null, null, false, false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.build(bad, productPage(1L)));
        assertEquals("source 'manual' appears twice in the chain 'manual, manual'", e.getMessage());
    }

    @Test
    public void aBadAdminChainFailsEveryTimeItIsUsedNotOnlyTheFirst() {
        WidgetSettings bad = withRules(2, new WidgetRules("manual, nope", false, null, null, false, false));
        for (int i = 0; i < 3; i++) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> provider.build(bad, productPage(1L)));
            assertTrue(e.getMessage(), e.getMessage().startsWith("unknown source 'nope'"));
        }
    }

    @Test
    public void chainsAndPipelinesAreBuiltOncePerDistinctTextAndRules() {
        SuggestionWidgetProvider two = withBestsellers("manual");
        WidgetRules band = new WidgetRules("bestsellers, manual", false, 50, 100, false, false);
        WidgetSettings first = withRules(5, band);
        // the settings refresh builds new, equal rules objects: they share the built chain and pipeline
        WidgetSettings refreshed = withRules(5, new WidgetRules("bestsellers, manual", false, 50, 100, false, false));
        assertSame(two.chainOf(first), two.chainOf(refreshed));
        assertSame(two.pipeline(first.getRules()), two.pipeline(refreshed.getRules()));
        WidgetRules edited = new WidgetRules("bestsellers, manual", false, 50, 120, false, false);
        assertNotEquals(band, edited);
        assertNotSame("an edited rule gets its own pipeline", two.pipeline(band), two.pipeline(edited));
        assertEquals(Arrays.asList(50L, 40L, 30L, 20L), ids(two.build(withRules(5, new WidgetRules(
                "bestsellers, manual", false, null, null, false, false)), productPage(1L))));
    }

    @Test
    public void rulesAreEqualWhenEveryRuleIs() {
        WidgetRules a = new WidgetRules(" manual ", true, 10, 90, true, false);
        assertEquals(a, new WidgetRules("manual", true, 10, 90, true, false));
        assertEquals(a.hashCode(), new WidgetRules("manual", true, 10, 90, true, false).hashCode());
        assertNotEquals(a, new WidgetRules("manual", false, 10, 90, true, false));
        assertNotEquals(a, new WidgetRules("manual", true, null, 90, true, false));
        assertNotEquals(a, new WidgetRules("manual", true, 10, 90, true, true));
        assertNotEquals(a, new WidgetRules(null, true, 10, 90, true, false));
        assertEquals(WidgetRules.DEFAULTS, new WidgetRules(" ", false, null, null, false, false));
    }

    private SuggestionWidgetProvider withBestsellers(String defaultChain) {
        return new SuggestionWidgetProvider(SuggestionWidgets.ALSO_BOUGHT, SuggestionWidgets.PRODUCT_LIST_TEMPLATE,
                defaultChain, new FallbackChain(new SourceRegistry(Arrays.<SuggestionSource>asList(
                        new ManualRelationSource(relations), FixedSource.proposing("bestsellers", 50, 40, 30))),
                        new WidgetFailures()), catalog, new RankingSettings(0.5, 5, 0.8, 0.15));
    }

    private static WidgetSettings withRules(int maxItems, WidgetRules rules) {
        return new WidgetSettings(9, SlotKey.PRODUCT, SuggestionWidgets.RELATED_PRODUCTS, true, "You may also like",
                maxItems, 0, rules);
    }

    private static WidgetSettings settings(int maxItems) {
        return new WidgetSettings(9, SlotKey.PRODUCT, SuggestionWidgets.RELATED_PRODUCTS, true, "You may also like",
                maxItems, 0);
    }

    private static SlotRequest productPage(Long productId) {
        return new SlotRequest(SlotKey.PRODUCT, new SuggestionContext(productId, null));
    }

    private static List<Long> ids(WidgetView view) {
        List<Long> ids = new ArrayList<Long>();
        for (ProductCard c : view.getItems()) {
            ids.add(c.getProductId());
        }
        return ids;
    }
}
