package io.uplift.widget.bundle;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.bundle.Bundle;
import io.uplift.engine.bundle.Bundles;
import io.uplift.engine.bundle.BundlesSource;
import io.uplift.engine.rank.Rescorers;
import io.uplift.slot.PageParameters;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static io.uplift.engine.TestProducts.costing;
import static io.uplift.engine.TestProducts.inactive;
import static io.uplift.engine.TestProducts.outOfStock;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Fixture: bundle 7 is product 1 ($599) with 2 ($29), 3 ($34, 2 left) and 4 ($12), 10 % off the set of $674.00:
 * $67.40 off, $606.60. Product 5 anchors bundle 8 (companion 6 out of stock) and then bundle 9 (companion 2, $5
 * off). Bundle 10 (anchor 20) has ended; bundle 11 (anchor 21) has an inactive companion; bundle 12 (anchor 22) a
 * companion without a price; bundle 13 (anchor 23) starts tomorrow.
 */
public class BundleWidgetProviderTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final Date YESTERDAY = new Date(NOW - 86_400_000L);
    private static final Date TOMORROW = new Date(NOW + 86_400_000L);

    private final MapCatalog catalog = MapCatalog.of(costing(1, "599.00", null, 50), costing(2, "29.00", null, null),
            costing(3, "34.00", null, 2), costing(4, "12.00", null, 100), costing(5, "100.00", null, null),
            outOfStock(6), costing(20, "10.00", null, null), costing(21, "10.00", null, null), inactive(30),
            costing(22, "10.00", null, null), costing(31, null, null, null), costing(23, "10.00", null, null));
    private final Bundles bundles = new Bundles(Arrays.asList(
            bundle(7, 1, Bundle.DiscountType.PERCENT, "10", null, null, 2L, 3L, 4L),
            bundle(8, 5, Bundle.DiscountType.AMOUNT, "5", null, null, 6L),
            bundle(9, 5, Bundle.DiscountType.AMOUNT, "5", null, null, 2L),
            bundle(10, 20, Bundle.DiscountType.PERCENT, "10", null, YESTERDAY, 2L),
            bundle(11, 21, Bundle.DiscountType.PERCENT, "10", null, null, 30L),
            bundle(12, 22, Bundle.DiscountType.PERCENT, "10", null, null, 31L),
            bundle(13, 23, Bundle.DiscountType.PERCENT, "10", TOMORROW, null, 2L)));
    private final BundleWidgetProvider provider = new BundleWidgetProvider(new BundlesSource() {
        @Override
        public Bundles current() {
            return bundles;
        }
    }, catalog, new Rescorers.Clock() {
        @Override
        public long millis() {
            return NOW;
        }
    });

    private static Bundle bundle(long id, long anchor, Bundle.DiscountType type, String value, Date starts, Date ends,
            Long... companions) {
        return new Bundle(id, "Bundle " + id, anchor, Arrays.asList(companions), type, new BigDecimal(value), starts, ends);
    }

    private static WidgetSettings settings() {
        return new WidgetSettings(5, SlotKey.PRODUCT, BundleWidgetProvider.TYPE, true, "Frequently bought together", 4, 7);
    }

    private static SlotRequest page(long productId, Object... parameters) {
        Map<String, String[]> m = new LinkedHashMap<String, String[]>();
        for (int i = 0; i < parameters.length; i += 2) {
            m.put((String) parameters[i], (String[]) parameters[i + 1]);
        }
        return new SlotRequest(SlotKey.PRODUCT, SuggestionContext.builder().product(productId).build(),
                PageParameters.of(m));
    }

    private static List<Long> ids(BundleOffer offer) {
        List<Long> out = new ArrayList<Long>();
        for (BundleOffer.Item i : offer.getItems()) {
            out.add(i.getProductId());
        }
        return out;
    }

    @Test
    public void showsTheAnchorAndCompanionsAllCheckedWithTheBundlePriceAndSaving() {
        SlotRequest request = page(1);
        WidgetView view = provider.build(settings(), request);
        assertEquals(BundleWidgetProvider.TEMPLATE, view.getTemplate());
        assertEquals("bundle", view.getCssModifier());
        BundleOffer offer = (BundleOffer) view.getDetail();
        assertEquals(7, offer.getBundleId());
        assertEquals(Arrays.asList(1L, 2L, 3L, 4L), ids(offer));
        assertTrue(offer.getItems().get(0).isAnchor());
        assertFalse(offer.getItems().get(1).isAnchor());
        for (BundleOffer.Item i : offer.getItems()) {
            assertTrue("pre-checked: " + i.getProductId(), i.isSelected());
        }
        assertEquals("$599.00", offer.getItems().get(0).getPriceText());
        assertEquals(59900, offer.getItems().get(0).getPriceCents());
        assertEquals("Only 2 left", offer.getItems().get(2).getStockNote());
        assertNull(offer.getItems().get(1).getStockNote());
        assertTrue(offer.isComplete());
        assertFalse(offer.isPartial());
        assertEquals("$674.00", offer.getFullSetPriceText());
        assertEquals("$606.60", offer.getBundlePriceText());
        assertEquals("$67.40", offer.getSavingText());
        assertEquals("$606.60", offer.getTotalText());
        assertEquals("PERCENT", offer.getDiscountType());
        assertEquals("10", offer.getDiscountValue());
        assertEquals("USD", offer.getCurrency());
        assertTrue(BundleTokens.isWellFormed(offer.getToken()));
        assertEquals("the products shown are not repeated by later widgets",
                new LinkedHashSet<Long>(Arrays.asList(1L, 2L, 3L, 4L)), request.getContext().getPage().getShown());
        assertNotEquals("a fresh token per rendering", offer.getToken(),
                ((BundleOffer) provider.build(settings(), page(1)).getDetail()).getToken());
    }

    @Test
    public void aPartialSelectionFromThePageParametersGetsNoDiscount() {
        BundleOffer offer = provider.offer(page(1, "upliftBundle", new String[] {"7"},
                "upliftItem", new String[] {"1", "4", "999", "abc", "2"}));
        assertEquals(Arrays.asList(1L, 2L, 4L), offer.getSelectedIds());
        assertFalse(offer.getItems().get(2).isSelected());
        assertTrue(offer.isPartial());
        assertFalse(offer.isComplete());
        assertEquals("$640.00", offer.getSelectedTotalText());
        assertEquals("no discount for a partial set", "$640.00", offer.getTotalText());
        assertEquals("select all 4 to save $67.40", "$67.40", offer.getSavingText());
        assertEquals(4, offer.getItemCount());
        assertEquals(3, offer.getSelectedCount());
    }

    @Test
    public void anEmptySelectionIsShownAsSuchAndForeignOrBadSelectionsAreIgnored() {
        BundleOffer none = provider.offer(page(1, "upliftBundle", new String[] {"7"}, "upliftItem", new String[] {"x"}));
        assertTrue(none.isNoneSelected());
        assertEquals("$0.00", none.getTotalText());
        for (String[] other : new String[][] {{"8"}, {"abc"}, {""}, {"-7"}}) {
            BundleOffer offer = provider.offer(page(1, "upliftBundle", other, "upliftItem", new String[] {"1"}));
            assertTrue("a selection for bundle '" + other[0] + "' is not this bundle's: all checked", offer.isComplete());
        }
        assertTrue("items without a bundle: ignored",
                provider.offer(page(1, "upliftItem", new String[] {"1"})).isComplete());
    }

    @Test
    public void theFirstBundleWhoseProductsCanAllBeBoughtIsShown() {
        BundleOffer offer = provider.offer(page(5));
        assertEquals("bundle 8 has an out-of-stock companion", 9, offer.getBundleId());
        assertEquals("$5.00", offer.getSavingText());
        assertEquals("$124.00", offer.getBundlePriceText());
    }

    @Test
    public void nothingForEndedNotYetStartedOrUnbuyableBundlesOrOtherProducts() {
        for (long anchor : new long[] {20, 21, 22, 23, 2, 999}) {
            SlotRequest request = page(anchor);
            assertNull("product " + anchor, provider.build(settings(), request));
            assertTrue("nothing marked", request.getContext().getPage().getShown().isEmpty());
        }
        assertNull("no product on the page", provider.build(settings(), new SlotRequest(SlotKey.CART,
                SuggestionContext.builder().build())));
    }

    @Test
    public void thePreviewDescribesTheShownBundleAndWhyOthersAreLeftOut() {
        assertEquals(Arrays.asList("Bundle 'Bundle 8' is left out: Product 6 is out of stock.",
                "Bundle 'Bundle 9' shown: Product 5 $100.00 + Product 2 $29.00 = $129.00; bundle price $124.00,"
                        + " saving $5.00 ($5.00 off the set)."), provider.describe(settings(), page(5)));
        assertEquals(Arrays.asList("Bundle 'Bundle 7' shown: Product 1 $599.00 + Product 2 $29.00 + Product 3 $34.00"
                + " + Product 4 $12.00 = $674.00; bundle price $606.60, saving $67.40 (10 % off the set)."),
                provider.describe(settings(), page(1)));
        assertEquals(Arrays.asList("Bundle 'Bundle 11' is left out: Product 30 is inactive.",
                "Nothing is shown: no bundle of product 21 can be bought now."), provider.describe(settings(), page(21)));
        assertEquals(Arrays.asList("Bundle 'Bundle 12' is left out: Product 31 has no price.",
                "Nothing is shown: no bundle of product 22 can be bought now."), provider.describe(settings(), page(22)));
        assertEquals(Arrays.asList("Product 20 anchors no enabled bundle that is active now (Uplift > Bundles)."),
                provider.describe(settings(), page(20)));
        assertEquals(new LinkedHashSet<Long>(Arrays.asList(1L, 2L, 3L, 4L)), provider.shownProducts(settings(),
                page(1, "upliftBundle", new String[] {"7"}, "upliftItem", new String[] {"1"})));
        assertTrue(provider.shownProducts(settings(), page(20)).isEmpty());
    }

    @Test
    public void theSelectionPathReplacesAnEarlierSelectionAndKeepsOtherParameters() {
        assertEquals("/p?upliftBundle=7&upliftItem=1&upliftItem=3#uplift-bundle-7",
                BundleWidgetProvider.selectionPath("/p", 7, Arrays.asList(1L, 3L)));
        assertEquals("/p?a=1&upliftBundle=7&upliftItem=4#uplift-bundle-7",
                BundleWidgetProvider.selectionPath("/p?upliftBundle=5&a=1&upliftItem=2&upliftItem=9", 7,
                        Collections.singletonList(4L)));
        assertEquals("/p?upliftBundle=7#uplift-bundle-7",
                BundleWidgetProvider.selectionPath("/p?", 7, Collections.<Long>emptyList()));
    }
}
