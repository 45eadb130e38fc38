package io.uplift.engine.basket;

/**
 * The shop's submitted orders, read by the learning path (never on the page-render path). The engine's only way to
 * see orders: a Broadleaf adapter reads them from the shop's order tables, tests and the evaluation read files.
 */
public interface OrderHistory {

    /**
     * Streams every submitted order with an id above {@code afterOrderId}, in ascending order id. Implementations
     * stream (they do not hold all orders in memory) and may be called again for a later watermark.
     *
     * @param afterOrderId only orders with a larger id; {@code Long.MIN_VALUE} for all
     * @param visitor      receives each basket; an order without products is skipped
     * @return how many baskets were visited
     */
    long forEachAfter(long afterOrderId, BasketVisitor visitor);

    /**
     * How many baskets {@link #forEachAfter} would visit for this watermark, if the history can tell cheaply (a
     * count query); only used to report progress. By default unknown.
     *
     * @return the count (an estimate is fine), or -1 if unknown
     */
    default long countAfter(long afterOrderId) {
        return -1;
    }

    /** Receives baskets one at a time. */
    interface BasketVisitor {
        void visit(Basket basket);
    }
}
