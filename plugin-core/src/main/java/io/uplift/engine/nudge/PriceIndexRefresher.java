package io.uplift.engine.nudge;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.CatalogScan;
import io.uplift.engine.FailureSink;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.learn.PeriodicTask;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a {@link PriceIndex} of the catalog for gap fillers, rebuilt in the background (at start, then every period)
 * from the catalog's product ids and their facts, so the page path never scans the catalog. A failed rebuild keeps
 * the last index and is recorded. {@link #current()} is thread-safe and does no I/O.
 */
public class PriceIndexRefresher {

    /** While the index is empty, it is rebuilt this soon rather than after a full period. */
    static final long EMPTY_RETRY_MILLIS = 2000;

    private final CatalogScan scan;
    private final CatalogFacts catalog;
    private final FailureSink failures;
    private final PeriodicTask task;
    private volatile PriceIndex index = PriceIndex.EMPTY;

    public PriceIndexRefresher(CatalogScan scan, CatalogFacts catalog, FailureSink failures, long refreshMillis) {
        this.scan = scan;
        this.catalog = catalog;
        this.failures = failures;
        this.task = new PeriodicTask("uplift-nudge-price-index", refreshMillis, new PeriodicTask.Task() {
            @Override
            public void run() {
                rebuild();
            }

            @Override
            public void failed(Throwable e) {
                PriceIndexRefresher.this.failures.record("nudge:price-index", "rebuilding the gap fillers' price index"
                        + " (keeping the last one)", e);
            }
        });
    }

    /** Builds the first index in the background at once, then every period. */
    public void start() {
        task.start(0);
    }

    public void stop() {
        task.stop();
    }

    /** Rebuilds now, on the caller's thread. */
    public void rebuild() {
        index = PriceIndex.of(readProducts());
        if (index.size() == 0) {
            // the shop's catalog may not be there yet at start (a first start seeds it): look again soon
            task.nudgeAfter(EMPTY_RETRY_MILLIS);
        }
    }

    /**
     * The facts of every product the catalog lists. A platform adapter overrides this to run it where the catalog can
     * be read off a request (e.g. inside a read-only transaction, so lazy collections load).
     */
    protected List<ProductFacts> readProducts() {
        List<Long> ids = scan.productIds();
        List<ProductFacts> facts = new ArrayList<ProductFacts>(ids.size());
        for (Long id : ids) {
            ProductFacts p = catalog.find(id);
            if (p != null) {
                facts.add(p);
            }
        }
        return facts;
    }

    /** The last index built; empty until the first build. */
    public PriceIndex current() {
        return index;
    }
}
