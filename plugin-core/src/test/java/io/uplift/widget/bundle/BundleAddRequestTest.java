package io.uplift.widget.bundle;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.bundle.Bundle;
import io.uplift.engine.bundle.Bundles;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.uplift.engine.TestProducts.buyable;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The add action's checks without a cart. Bundle 7: product 1 with 2 and 3, active; bundle 8 ended yesterday;
 * product 9 exists but belongs to no bundle.
 */
public class BundleAddRequestTest {

    private static final Date NOW = new Date(1_800_000_000_000L);
    private static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUv";

    private final MapCatalog catalog = MapCatalog.of(buyable(1), buyable(2), buyable(3), buyable(9));
    private final Bundles bundles = new Bundles(Arrays.asList(
            new Bundle(7, "Set", 1, Arrays.asList(2L, 3L), Bundle.DiscountType.PERCENT, BigDecimal.TEN, null, null),
            new Bundle(8, "Old set", 2, Arrays.asList(3L), Bundle.DiscountType.PERCENT, BigDecimal.TEN, null,
                    new Date(NOW.getTime() - 86_400_000L))));

    private static Map<String, String[]> form(String... namesAndValues) {
        Map<String, String[]> m = new LinkedHashMap<String, String[]>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String[] old = m.get(namesAndValues[i]);
            String[] now = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = namesAndValues[i + 1];
            m.put(namesAndValues[i], now);
        }
        return m;
    }

    private BundleAddRequest parse(String... namesAndValues) {
        return BundleAddRequest.parse(form(namesAndValues), bundles, catalog, NOW);
    }

    @Test
    public void aGoodRequestGivesTheChosenProductsInTheBundlesOrder() {
        BundleAddRequest r = parse("bundleId", "7", "item", "3", "item", "1", "token", TOKEN, "csrfToken", "x",
                "returnTo", "/p", "quantity", "1");
        assertTrue(r.getRefusal(), r.isValid());
        assertEquals(200, r.getStatus());
        assertEquals(7, r.getBundle().getId());
        assertEquals(Arrays.asList(1L, 3L), r.getProductIds());
        assertEquals(TOKEN, r.getToken());
    }

    private void refused(String expected, String... namesAndValues) {
        BundleAddRequest r = parse(namesAndValues);
        assertFalse(Arrays.toString(namesAndValues), r.isValid());
        assertEquals(400, r.getStatus());
        assertTrue("'" + r.getRefusal() + "' says '" + expected + "'", r.getRefusal().contains(expected));
        assertTrue(r.getProductIds().isEmpty());
        assertNull(r.getBundle());
    }

    @Test
    public void refusesBundlesThatAreNotAvailable() {
        refused("That bundle is not available: '999'.", "bundleId", "999", "item", "1", "token", TOKEN);
        refused("That bundle is not available: '8'.", "bundleId", "8", "item", "2", "token", TOKEN);
        refused("That bundle is not available: 'abc'.", "bundleId", "abc", "item", "1", "token", TOKEN);
        refused("That bundle is not available.", "item", "1", "token", TOKEN);
        BundleAddRequest early = BundleAddRequest.parse(form("bundleId", "7", "item", "1", "token", TOKEN),
                new Bundles(Arrays.asList(new Bundle(7, "Soon", 1, Arrays.asList(2L), Bundle.DiscountType.AMOUNT,
                        BigDecimal.ONE, new Date(NOW.getTime() + 1000), null))), catalog, NOW);
        assertEquals("That bundle is not available: '7'.", early.getRefusal());
    }

    @Test
    public void refusesProductsThatAreNotChosenOnceFromTheBundle() {
        refused("Select at least one product", "bundleId", "7", "token", TOKEN);
        refused("Product 9 is not part of this bundle", "bundleId", "7", "item", "1", "item", "9", "token", TOKEN);
        refused("Product 4242 is not part of this bundle", "bundleId", "7", "item", "4242", "token", TOKEN);
        refused("That product does not exist: '1; DROP'", "bundleId", "7", "item", "1; DROP", "token", TOKEN);
        refused("That product does not exist: '-2'", "bundleId", "7", "item", "-2", "token", TOKEN);
        refused("Product 2 is listed twice", "bundleId", "7", "item", "2", "item", "2", "token", TOKEN);
    }

    @Test
    public void refusesAMissingOrMalformedToken() {
        refused("no valid request token", "bundleId", "7", "item", "1");
        refused("no valid request token", "bundleId", "7", "item", "1", "token", "short");
        refused("no valid request token", "bundleId", "7", "item", "1", "token", "<script>alert(1)</script>");
    }

    @Test
    public void refusesPricesAndQuantitiesFromTheRequest() {
        for (String name : new String[] {"price", "salePrice", "PRICE", "discount", "totalAmount", "cost", "item_price"}) {
            refused("Prices are set by the shop", "bundleId", "7", "item", "1", "token", TOKEN, name, "0.01");
        }
        refused("Prices are set by the shop", "bundleId", "7", "item", "1", "token", TOKEN, "price", "599.00");
        for (String q : new String[] {"0", "2", "-1", "99999", "", "1.0", "one"}) {
            refused("a quantity cannot be chosen ('quantity=" + q + "'", "bundleId", "7", "item", "1", "token", TOKEN,
                    "quantity", q);
        }
        refused("a quantity cannot be chosen", "bundleId", "7", "item", "1", "token", TOKEN, "qty", "3");
        refused("a quantity cannot be chosen", "bundleId", "7", "item", "1", "token", TOKEN, "quantity", "1",
                "quantity", "5");
        assertTrue("quantity 1 is what the bundle adds anyway",
                parse("bundleId", "7", "item", "1", "token", TOKEN, "quantity", " 1 ").isValid());
    }
}
