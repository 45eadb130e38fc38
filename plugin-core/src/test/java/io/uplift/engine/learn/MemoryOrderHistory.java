package io.uplift.engine.learn;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.basket.OrderHistory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * An {@link OrderHistory} over orders the test adds (an order added later is one whose transaction committed
 * later); streams by submit time then order id. Can fail after a number of orders and call back
 * on each one and on each count.
 */
final class MemoryOrderHistory implements OrderHistory {

    private final List<Basket> orders = new ArrayList<Basket>();
    private int failAfter = -1;
    private BasketVisitor spy;
    private Runnable onCount;
    int reads;

    MemoryOrderHistory add(long orderId, long submittedAtMillis, long... productIds) {
        orders.add(new Basket(orderId, Basket.ANONYMOUS, submittedAtMillis, productIds));
        return this;
    }

    /** The next reads fail after visiting {@code n} orders; -1 for never. */
    MemoryOrderHistory failAfter(int n) {
        this.failAfter = n;
        return this;
    }

    /** Called with every visited order before the reader sees it. */
    MemoryOrderHistory spy(BasketVisitor spy) {
        this.spy = spy;
        return this;
    }

    /** Runs at the start of every {@link #countSince} (a slow count on a large order table). */
    MemoryOrderHistory onCount(Runnable onCount) {
        this.onCount = onCount;
        return this;
    }

    @Override
    public long forEachSince(long sinceMillis, BasketVisitor visitor) {
        reads++;
        long n = 0;
        for (Basket b : sorted()) {
            if (b.getSubmittedAtMillis() >= sinceMillis && b.size() > 0) {
                if (n == failAfter) {
                    throw new IllegalStateException("connection reset after " + n + " orders");
                }
                if (spy != null) {
                    spy.visit(b);
                }
                visitor.visit(b);
                n++;
            }
        }
        return n;
    }

    @Override
    public long countSince(long sinceMillis) {
        if (onCount != null) {
            onCount.run();
        }
        long n = 0;
        for (Basket b : orders) {
            if (b.getSubmittedAtMillis() >= sinceMillis && b.size() > 0) {
                n++;
            }
        }
        return n;
    }

    private List<Basket> sorted() {
        List<Basket> copy = new ArrayList<Basket>(orders);
        Collections.sort(copy, new Comparator<Basket>() {
            @Override
            public int compare(Basket a, Basket b) {
                int c = Long.compare(a.getSubmittedAtMillis(), b.getSubmittedAtMillis());
                return c != 0 ? c : Long.compare(a.getOrderId(), b.getOrderId());
            }
        });
        return copy;
    }
}
