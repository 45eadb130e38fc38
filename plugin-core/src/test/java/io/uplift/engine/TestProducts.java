package io.uplift.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Literal product fixtures for engine and widget tests. Names are derived from the id, prices too unless given. */
public final class TestProducts {

    private TestProducts() {
    }

    /** Active, buyable, inventory not tracked. */
    public static ProductFacts buyable(long id) {
        return product(id, true, true, null);
    }

    public static ProductFacts inactive(long id) {
        return product(id, false, false, null);
    }

    /** Active but cannot be bought now. */
    public static ProductFacts outOfStock(long id) {
        return product(id, true, false, 0);
    }

    /** Active, buyable, with {@code quantity} units tracked in stock. */
    public static ProductFacts inStock(long id, Integer quantity) {
        return product(id, true, true, quantity);
    }

    /** Active, buyable, inventory not tracked, at a literal price. */
    public static ProductFacts priced(long id, String price) {
        return costing(id, price, null, null);
    }

    /** Active, buyable, at a literal price and unit cost ({@code null} for unknown), with tracked stock or null. */
    public static ProductFacts costing(long id, String price, String cost, Integer quantity) {
        return new ProductFacts(id, "Product " + id, "/product-" + id, price == null ? null : new BigDecimal(price),
                "USD", "/img/" + id + ".png", true, true, quantity, null, null,
                cost == null ? null : new BigDecimal(cost));
    }

    /** A product with categories (main first) and comparable attributes, for similarity; buyable if active. */
    public static ProductFacts described(long id, String price, boolean active, List<Long> categoryIds,
            Map<String, String> attributes) {
        return new ProductFacts(id, "Product " + id, "/product-" + id, new BigDecimal(price), "USD",
                "/img/" + id + ".png", active, active, null, categoryIds, attributes, null);
    }

    /** Attributes from name, value, name, value, ... */
    public static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    public static ProductFacts product(long id, boolean active, boolean available, Integer quantity) {
        return new ProductFacts(id, "Product " + id, "/product-" + id, new BigDecimal(id + ".50"), "USD",
                "/img/" + id + ".png", active, available, quantity);
    }
}
