package io.uplift.spark;

import io.uplift.engine.basket.Basket;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One submitted order as the Spark job ships it between executors: the fields of an engine {@link Basket} (which
 * is not serializable). Products are distinct, in the order the history lists them, as {@link Basket} keeps them.
 */
public final class Order implements Serializable {

    private static final long serialVersionUID = 1L;

    /** History order: submit time, then order id (the order of the single-machine rebuild's query). */
    public static final Comparator<Order> HISTORY_ORDER = new HistoryOrder();

    final long sequence;
    final long orderId;
    final long customerId;
    final long submittedAtMillis;
    final long[] products;

    /**
     * @param sequence increases along the history order (the single-machine rebuild's reading order); a product's
     *                 dense index follows the sequence of the first order containing it
     */
    public Order(long sequence, long orderId, long customerId, long submittedAtMillis, long[] products) {
        this.sequence = sequence;
        this.orderId = orderId;
        this.customerId = customerId;
        this.submittedAtMillis = submittedAtMillis;
        this.products = Basket.distinct(products);
    }

    /** The same order with another sequence number. */
    Order withSequence(long n) {
        return new Order(n, orderId, customerId, submittedAtMillis, products);
    }

    public Basket toBasket() {
        return new Basket(orderId, customerId, submittedAtMillis, products);
    }

    /** The sort key of the history order, as a serializable comparable pair. */
    Key key() {
        return new Key(submittedAtMillis, orderId);
    }

    /** (submit time, order id), ordered. */
    static final class Key implements Serializable, Comparable<Key> {
        private static final long serialVersionUID = 1L;
        final long time;
        final long id;

        Key(long time, long id) {
            this.time = time;
            this.id = id;
        }

        @Override
        public int compareTo(Key o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(id, o.id);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).time == time && ((Key) o).id == id;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(time) * 31 + Long.hashCode(id);
        }
    }

    private static final class HistoryOrder implements Comparator<Order>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Order a, Order b) {
            return a.key().compareTo(b.key());
        }
    }
}
