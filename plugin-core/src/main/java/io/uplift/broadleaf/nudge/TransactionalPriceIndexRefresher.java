package io.uplift.broadleaf.nudge;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.CatalogScan;
import io.uplift.engine.FailureSink;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.nudge.PriceIndexRefresher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * The gap fillers' price index for a Broadleaf shop: the catalog is read inside a read-only transaction, because the
 * background thread has no request (and so no open session) for Broadleaf's lazy catalog collections.
 */
public class TransactionalPriceIndexRefresher extends PriceIndexRefresher {

    private final TransactionTemplate transaction;

    public TransactionalPriceIndexRefresher(CatalogScan scan, CatalogFacts catalog, FailureSink failures,
            long refreshMillis, PlatformTransactionManager transactionManager) {
        super(scan, catalog, failures, refreshMillis);
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setReadOnly(true);
    }

    @Override
    protected List<ProductFacts> readProducts() {
        return transaction.execute(status -> super.readProducts());
    }
}
