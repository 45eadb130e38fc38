package io.uplift.engine;

import java.math.BigDecimal;

/** Literal product fixtures for engine and widget tests. Names and prices are derived from the id. */
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

    public static ProductFacts product(long id, boolean active, boolean available, Integer quantity) {
        return new ProductFacts(id, "Product " + id, "/product-" + id, new BigDecimal(id + ".50"), "USD",
                "/img/" + id + ".png", active, available, quantity);
    }
}
