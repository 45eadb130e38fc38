package io.uplift.engine.upsell;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phone-family fixtures for the upsell tests: "Nova X" in five storage versions, group 7, category 100.
 * <pre>
 *   id  name             price    stock      storage  ram    satellite SOS  headphone jack
 *   1   Nova X 128 GB     799.00  untracked  128 GB   8 GB   -              Yes
 *   2   Nova X 256 GB     899.00  3          256 GB   12 GB  -              Yes
 *   3   Nova X 512 GB    1099.00  5          512 GB   12 GB  Yes            No
 *   4   Nova X 1 TB      1299.00  6          1 TB     16 GB  no             -
 *   5   Nova X 2 TB      1499.00  untracked  2 TB     16 GB  Yes            -
 * </pre>
 * Every version is black with an OLED display.
 */
final class UpsellFixtures {

    static final long GROUP_ID = 7;

    private UpsellFixtures() {
    }

    /** A catalog over these products: a map lookup, {@code null} for any other id. */
    static CatalogFacts catalog(ProductFacts... products) {
        Map<Long, ProductFacts> byId = new HashMap<Long, ProductFacts>();
        for (ProductFacts p : products) {
            byId.put(p.getId(), p);
        }
        return byId::get;
    }

    static ProductFacts product(long id, String name, String price, boolean active, boolean available, Integer stock,
            List<Long> categories, Map<String, String> attributes) {
        return new ProductFacts(id, name, "/p/" + id, new BigDecimal(price), "USD", "/img/" + id + ".png", active,
                available, stock, categories, attributes, null);
    }

    /** An active, buyable product of category 100. */
    static ProductFacts buyable(long id, String name, String price, Integer stock, Map<String, String> attributes) {
        return product(id, name, price, true, true, stock, Collections.singletonList(100L), attributes);
    }

    /** Attributes from name, value, name, value, ... */
    static Map<String, String> attrs(String... namesAndValues) {
        Map<String, String> map = new HashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    static ProductFacts nova128() {
        return buyable(1, "Nova X 128 GB", "799.00", null, attrs("storage", "128 GB", "ram", "8 GB",
                "headphone jack", "Yes", "color", "Black", "display", "OLED"));
    }

    static ProductFacts nova256() {
        return nova256(true, true, 3);
    }

    static ProductFacts nova256(boolean active, boolean available, Integer stock) {
        return product(2, "Nova X 256 GB", "899.00", active, available, stock, Collections.singletonList(100L),
                attrs("storage", "256 GB", "ram", "12 GB", "headphone jack", "Yes", "color", "Black", "display", "OLED"));
    }

    static ProductFacts nova512() {
        return buyable(3, "Nova X 512 GB", "1099.00", 5, attrs("storage", "512 GB", "ram", "12 GB",
                "satellite SOS", "Yes", "headphone jack", "No", "color", "Black", "display", "OLED"));
    }

    static ProductFacts nova1tb() {
        return buyable(4, "Nova X 1 TB", "1299.00", 6, attrs("storage", "1 TB", "ram", "16 GB",
                "satellite SOS", "no", "color", "Black", "display", "OLED"));
    }

    static ProductFacts nova2tb() {
        return buyable(5, "Nova X 2 TB", "1499.00", null, attrs("storage", "2 TB", "ram", "16 GB",
                "satellite SOS", "Yes", "color", "Black", "display", "OLED"));
    }

    /** Nova X, versions 1 to 5, comparing storage, RAM, satellite SOS, headphone jack and weight (nobody has it). */
    static ComparisonGroup novaGroup() {
        return novaGroup(Arrays.asList("storage", "RAM", "satellite SOS", "headphone jack", "weight"), null, null);
    }

    static ComparisonGroup novaGroup(List<String> attributes, String offerText, java.util.Date offerEnds) {
        return new ComparisonGroup(GROUP_ID, "Nova X", Arrays.asList(1L, 2L, 3L, 4L, 5L), attributes, offerText,
                offerEnds);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
