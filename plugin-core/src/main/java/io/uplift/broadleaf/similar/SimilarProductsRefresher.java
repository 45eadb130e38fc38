package io.uplift.broadleaf.similar;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.CatalogScan;
import io.uplift.engine.FailureSink;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.learn.PeriodicTask;
import io.uplift.engine.similar.SimilarProducts;
import io.uplift.engine.similar.SimilarProductsBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Precomputes similar products in the background, inside a read-only transaction so Broadleaf's lazy catalog
 * collections can load. Every check period it counts the catalog's products and rebuilds when the count changed
 * (products added, e.g. the first seeding of a new shop) or the last build is older than the refresh period (other
 * catalog edits). The page path only ever reads the last finished build.
 */
public class SimilarProductsRefresher {

    private final ModelHolder<SimilarProducts> holder;
    private final CatalogScan scan;
    private final CatalogFacts catalog;
    private final SimilarProductsBuilder builder;
    private final TransactionTemplate transaction;
    private final PeriodicTask task;
    private final FailureSink failures;
    private final long refreshMillis;
    private volatile int builtCount = -1;
    private volatile long builtAtMillis;

    public SimilarProductsRefresher(ModelHolder<SimilarProducts> holder, CatalogScan scan, CatalogFacts catalog,
            SimilarProductsBuilder builder, PlatformTransactionManager transactionManager, FailureSink failures,
            long refreshMillis, long checkMillis) {
        this.holder = holder;
        this.scan = scan;
        this.catalog = catalog;
        this.builder = builder;
        this.failures = failures;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setReadOnly(true);
        this.refreshMillis = refreshMillis;
        this.task = new PeriodicTask("uplift-similar-products", checkMillis, new PeriodicTask.Task() {
            @Override
            public void run() {
                refreshIfStale();
            }

            @Override
            public void failed(Throwable e) {
                SimilarProductsRefresher.this.failures.record("similar:build",
                        "precomputing similar products (serving the last build)", e);
            }
        });
    }

    public void start() {
        task.start(0);
    }

    public void stop() {
        task.stop();
    }

    /** Rebuilds when the catalog's product count changed or the last build is older than the refresh period. */
    public void refreshIfStale() {
        int count = scan.count();
        if (count != builtCount || System.currentTimeMillis() - builtAtMillis >= refreshMillis) {
            refresh();
        }
    }

    /** Builds now on the caller's thread and swaps the result in. */
    public void refresh() {
        final int[] listed = {0};
        SimilarProducts built = transaction.execute(new TransactionCallback<SimilarProducts>() {
            @Override
            public SimilarProducts doInTransaction(TransactionStatus status) {
                List<ProductFacts> products = new ArrayList<ProductFacts>();
                List<Long> ids = scan.productIds();
                listed[0] = ids.size();
                for (Long id : ids) {
                    ProductFacts p = catalog.find(id);
                    if (p != null) {
                        products.add(p);
                    }
                }
                return builder.build(products, System.currentTimeMillis());
            }
        });
        holder.set(built);
        builtCount = listed[0];
        builtAtMillis = built.getBuiltAtMillis();
    }
}
