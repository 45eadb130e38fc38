package io.uplift.demo.data;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.search.service.solr.SolrIndexService;

/**
 * Rebuilds the embedded Solr index of the demo catalog once at site start, on a background thread so the start
 * does not wait for it (declared after {@link DemoDataSeeder}, so the catalog is there). A failure is logged; the
 * storefront does not depend on Solr for its pages.
 */
public class DemoSearchIndex {

    private static final Log LOG = LogFactory.getLog(DemoSearchIndex.class);

    private SolrIndexService solrIndexService;
    private volatile boolean done;

    public void setSolrIndexService(SolrIndexService solrIndexService) {
        this.solrIndexService = solrIndexService;
    }

    public void start() {
        Thread t = new Thread(new Runnable() {
            @Override
            public void run() {
                long t0 = System.nanoTime();
                try {
                    solrIndexService.rebuildIndex();
                    done = true;
                    LOG.info("Demo search index rebuilt in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                } catch (Exception e) {
                    LOG.error("Demo search index rebuild failed; search results will be empty until the next start", e);
                }
            }
        }, "demo-search-index");
        t.setDaemon(true);
        t.start();
    }

    /** Whether the start-up rebuild has finished. */
    public boolean isDone() {
        return done;
    }
}
