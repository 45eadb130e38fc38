package io.uplift.broadleaf.learn;

import io.uplift.engine.source.personal.PersonalSource;

/** Counts customers with submitted orders for the personal source's readiness (admin only). */
public class CustomerCounterAdapter implements PersonalSource.CustomerCounter {

    private final JdbcOrderHistory history;

    public CustomerCounterAdapter(JdbcOrderHistory history) {
        this.history = history;
    }

    @Override
    public int customersWithOrders() {
        return history.customersWithOrders();
    }
}
