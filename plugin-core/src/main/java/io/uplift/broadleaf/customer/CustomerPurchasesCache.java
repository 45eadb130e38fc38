package io.uplift.broadleaf.customer;

import io.uplift.engine.FailureSink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import javax.sql.DataSource;

/**
 * What each signed-in customer bought before, for the page-render path without I/O: a page asks with
 * {@link #get(long)}, which answers from memory at once and, when the customer is not cached or the entry is
 * older than the time-to-live, loads it on a background thread for the next page. Bounded (least recently used
 * entries go first). Thread-safe.
 */
public class CustomerPurchasesCache {

    static final String QUERY = "SELECT DISTINCT d.PRODUCT_ID FROM BLC_ORDER o"
            + " JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID"
            + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
            + " WHERE o.CUSTOMER_ID = ? AND o.ORDER_STATUS = 'SUBMITTED' AND d.PRODUCT_ID IS NOT NULL";

    private final DataSource dataSource;
    private final FailureSink failures;
    private final long ttlMillis;
    private final Map<Long, Purchases> entries;
    private final Set<Long> loading = Collections.synchronizedSet(new LinkedHashSet<Long>());
    private final ExecutorService executor;

    /**
     * @param maxCustomers customers kept in memory, at least 1
     * @param ttlMillis    how long a customer's purchases are served before they are reloaded in the background
     */
    public CustomerPurchasesCache(DataSource dataSource, FailureSink failures, final int maxCustomers, long ttlMillis) {
        if (maxCustomers < 1) {
            throw new IllegalArgumentException("uplift.customer.cacheSize must be at least 1: " + maxCustomers);
        }
        this.dataSource = dataSource;
        this.failures = failures;
        this.ttlMillis = ttlMillis;
        this.entries = Collections.synchronizedMap(new LinkedHashMap<Long, Purchases>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Purchases> eldest) {
                return size() > maxCustomers;
            }
        });
        this.executor = Executors.newSingleThreadExecutor(new ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "uplift-customer-purchases");
                t.setDaemon(true);
                return t;
            }
        });
    }

    /** The customer's purchased products as known now (possibly empty while loading); never null, never blocks. */
    public Set<Long> get(long customerId) {
        Purchases e = entries.get(customerId);
        if (e == null || System.currentTimeMillis() - e.loadedAt > ttlMillis) {
            scheduleLoad(customerId);
        }
        return e == null ? Collections.<Long>emptySet() : e.products;
    }

    private void scheduleLoad(final long customerId) {
        if (!loading.add(customerId)) {
            return;
        }
        try {
            executor.execute(new Runnable() {
                @Override
                public void run() {
                    try {
                        entries.put(customerId, new Purchases(load(customerId), System.currentTimeMillis()));
                    } catch (RuntimeException ex) {
                        failures.record("customer:purchases", "loading the past orders of customer " + customerId, ex);
                    } finally {
                        loading.remove(customerId);
                    }
                }
            });
        } catch (RejectedExecutionException stopped) {
            loading.remove(customerId);
        }
    }

    /** Reads the customer's purchases now (background thread, tests). */
    public Set<Long> load(long customerId) {
        Set<Long> ids = new LinkedHashSet<Long>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(QUERY)) {
            st.setLong(1, customerId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the orders of customer " + customerId + " failed: "
                    + e.getMessage(), e);
        }
        return Collections.unmodifiableSet(ids);
    }

    public void stop() {
        executor.shutdownNow();
    }

    private static final class Purchases {
        final Set<Long> products;
        final long loadedAt;

        Purchases(Set<Long> products, long loadedAt) {
            this.products = products;
            this.loadedAt = loadedAt;
        }
    }
}
