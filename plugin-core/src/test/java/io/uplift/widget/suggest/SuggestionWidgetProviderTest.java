package io.uplift.widget.suggest;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.rank.SuggestionPipeline;
import io.uplift.engine.source.manual.ManualRelationSource;
import io.uplift.engine.source.manual.MapRelations;
import io.uplift.engine.source.FallbackChain;
import io.uplift.engine.source.SourceRegistry;
import io.uplift.slot.WidgetFailures;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotRequest;
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
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/**
 * Fixture: product 1 has cross-sales 11 (inactive), 12 (out of stock), 20, 30, 40, 50 (buyable); product 2 has
 * only 11 and 12; 60..64 carry tracked stock levels.
 */
public class SuggestionWidgetProviderTest {

    private final MapCatalog catalog = MapCatalog.of(buyable(1), buyable(2), inactive(11), outOfStock(12),
            buyable(20), buyable(30), buyable(40), buyable(50), inStock(60, 1), inStock(61, 5), inStock(62, 6),
            inStock(63, null), inStock(64, 0));
    private final MapRelations relations = new MapRelations()
            .with(1L, 11L, 12L, 20L, 30L, 40L, 50L)
            .with(2L, 11L, 12L)
            .with(3L, 60L, 61L, 62L, 63L, 64L);
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
