package io.uplift.engine.basket;

/**
 * The shop's submitted orders, read by the learning path (never on the page-render path). The engine's only way to
 * see orders: a Broadleaf adapter reads them from the shop's order tables, tests and the evaluation read files.
 */
public interface OrderHistory {

    /**
     * Streams every submitted order submitted at or after {@code sinceMillis}, ordered by submit time, then order
     * id. Implementations stream (they do not hold all orders in memory) and may be called again and again.
     *
     * @param sinceMillis epoch millis, inclusive; {@code Long.MIN_VALUE} for all orders
     * @param visitor     receives each basket; an order without products is skipped
     * @return how many baskets were visited
     */
    long forEachSince(long sinceMillis, BasketVisitor visitor);

    /** How many orders {@link #forEachSince} would visit, for progress bars; -1 when unknown. */
    default long countSince(long sinceMillis) {
        return -1;
    }

    /** Receives baskets one at a time. */
    interface BasketVisitor {
        void visit(Basket basket);
    }
}
