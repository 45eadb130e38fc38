package io.uplift.demo.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.broadleafcommerce.core.order.domain.OrderItem;

/**
 * The demo theme's order lines in the order they were added (by id): Broadleaf 3.1 maps an order's items and an item's
 * children as unordered lists, so the database decides their order (HSQLDB happens to keep insertion order,
 * PostgreSQL does not). Templates call {@code ${@demoOrderLines.sorted(cart.orderItems)}}.
 */
public class DemoOrderLines {

    private static final Comparator<OrderItem> BY_ID = new Comparator<OrderItem>() {
        @Override
        public int compare(OrderItem a, OrderItem b) {
            if (a.getId() == null || b.getId() == null) {
                return a.getId() == null ? (b.getId() == null ? 0 : 1) : -1;
            }
            return a.getId().compareTo(b.getId());
        }
    };

    /** A sorted copy; an empty list for null. */
    public List<OrderItem> sorted(List<? extends OrderItem> items) {
        if (items == null) {
            return Collections.emptyList();
        }
        List<OrderItem> copy = new ArrayList<OrderItem>(items);
        Collections.sort(copy, BY_ID);
        return copy;
    }
}
