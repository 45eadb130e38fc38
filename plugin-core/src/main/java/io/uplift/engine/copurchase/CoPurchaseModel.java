package io.uplift.engine.copurchase;

import java.util.List;

/**
 * One immutable generation of "customers who bought this also bought" lists, read on the page-render path: every
 * method is an in-memory lookup (no I/O, no locks) and thread-safe. A new generation replaces the old one as a
 * whole (an atomic swap), never in place.
 */
public interface CoPurchaseModel {

    /** Increases with every published generation; 0 for an empty model. */
    long generation();

    /** Baskets (orders) the statistics were computed from. */
    int baskets();

    /** Baskets containing the product; 0 for an unknown product. */
    int count(long productId);

    /**
     * Products bought with this one, best first by the model's scorer, each with its figures.
     *
     * @param max at most this many, at least 1
     * @return never null; empty for an unknown product
     */
    List<Neighbor> forProduct(long productId, int max);

    /**
     * Products bought with the products of a cart, aggregated over the cart's products, best first; never one of
     * the cart's products. Each neighbour's figures are those of its strongest pair with a cart product
     * ({@link Neighbor#getContextProductId()}).
     *
     * @param max at most this many, at least 1
     * @return never null; empty for an empty or unknown cart
     */
    List<Neighbor> forCart(long[] productIds, int max);

    /** How many products have at least {@code minNeighbors} neighbours (data readiness for the admin). */
    int productsWithNeighbors(int minNeighbors);

    /** Products known to the model (bought at least once). */
    int products();

    /** The name of the scorer that ordered the lists. */
    String scorerName();
}
