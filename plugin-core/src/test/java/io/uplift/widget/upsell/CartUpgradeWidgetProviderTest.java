package io.uplift.widget.upsell;

import io.uplift.engine.CartLine;
import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.bundle.Bundle;
import io.uplift.engine.bundle.Bundles;
import io.uplift.engine.bundle.BundlesSource;
import io.uplift.engine.upsell.CartUpgrades;
import io.uplift.engine.upsell.ComparisonGroup;
import io.uplift.engine.upsell.ComparisonGroups;
import io.uplift.engine.upsell.ComparisonGroupsSource;
import io.uplift.engine.upsell.SocialProofCounts;
import io.uplift.engine.upsell.UpgradeOffer;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetSettings;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;

/** The cart upgrade does not offer to replace a line that completes a bundle (it would cost the bundle saving). */
public class CartUpgradeWidgetProviderTest {

    private static final Map<Long, ProductFacts> PRODUCTS = new HashMap<Long, ProductFacts>();

    static {
        PRODUCTS.put(1L, product(1, "Nova X 128 GB", "599.00"));
        PRODUCTS.put(2L, product(2, "Nova X 256 GB", "699.00"));
        PRODUCTS.put(9L, product(9, "Nova X Case", "29.00"));
    }

    private static ProductFacts product(long id, String name, String price) {
        return new ProductFacts(id, name, "/p/" + id, new BigDecimal(price), "USD", null, true, true, 50);
    }

    private static final CatalogFacts CATALOG = new CatalogFacts() {
        @Override
        public ProductFacts find(long productId) {
            return PRODUCTS.get(productId);
        }
    };

    private static List<UpgradeOffer> offers(Bundles bundles, CartLine... lines) {
        final ComparisonGroups groups = new ComparisonGroups(Collections.singletonList(
                new ComparisonGroup(1, "Nova X", Arrays.asList(1L, 2L), null, null, null)));
        final Bundles b = bundles;
        CartUpgradeWidgetProvider provider = new CartUpgradeWidgetProvider(new ComparisonGroupsSource() {
            @Override
            public ComparisonGroups current() {
                return groups;
            }
        }, new CartUpgrades(CATALOG, SocialProofCounts.NONE), new BundlesSource() {
            @Override
            public Bundles current() {
                return b;
            }
        }, CATALOG);
        WidgetSettings settings = new WidgetSettings(1, SlotKey.CART, CartUpgradeWidgetProvider.TYPE, true, "Upgrade", 3, 1);
        return provider.offers(settings, new SlotRequest(SlotKey.CART,
                SuggestionContext.builder().lines(Arrays.asList(lines)).build()));
    }

    private static final Bundles STARTER = new Bundles(Collections.singletonList(new Bundle(5, "Starter", 1L,
            Collections.singletonList(9L), Bundle.DiscountType.PERCENT, new BigDecimal("10"), null, null)));

    @Test
    public void aLineOutsideAnyCompleteBundleIsOffered() {
        assertEquals(1, offers(STARTER, new CartLine(100, 1, 1)).size());
        assertEquals("no bundles at all", 1, offers(Bundles.EMPTY, new CartLine(100, 1, 1), new CartLine(101, 9, 1)).size());
    }

    @Test
    public void aLineThatCompletesABundleIsNotOffered() {
        assertEquals(0, offers(STARTER, new CartLine(100, 1, 1), new CartLine(101, 9, 1)).size());
    }
}
