package io.uplift.demo.it;

import io.uplift.broadleaf.similar.SimilarProductsRefresher;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.learn.LearningService;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.similar.SimilarProducts;
import io.uplift.slot.WidgetFailures;
import org.apache.solr.client.solrj.SolrServer;
import org.apache.solr.client.solrj.impl.HttpSolrServer;
import org.broadleafcommerce.core.search.service.solr.SolrContext;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Faults on the real platform, each injected, observed and ended: the engine's co-purchase model throws, the stored
 * snapshot is corrupt or missing, Solr cannot be reached. In each the storefront's pages still render (the failing
 * part degrades to the next source or to its last good state), the failure is counted under its kind (logged once at
 * WARN with context by {@link WidgetFailures}, repeats at DEBUG), and the system recovers by itself when the fault
 * ends. The plugin's tables missing are covered by {@code RelatedProductsSlotIT} (settings table) and
 * {@code EventsIT} (events table), e-mail with SMTP down by {@code MailIT}.
 */
public class FaultsIT {

    private String phoneUrl;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        WidgetRows.restoreDefaults();
        WidgetRows.refreshSite();
        phoneUrl = Shopper.productUrl(Shopper.productId("Nova X 128 GB"));
    }

    static <T> T bean(String name, Class<T> type) {
        return DemoStoreHarness.siteContext().getBean(name, type);
    }

    static WidgetFailures failures() {
        return bean("blUpliftWidgetFailures", WidgetFailures.class);
    }

    static long failures(String prefix) {
        long n = 0;
        for (Map.Entry<String, Long> e : failures().snapshot().entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                n += e.getValue();
            }
        }
        return n;
    }

    /** The product page, cart and checkout of a shopper with the phone in the cart: all answer 200 with the shop's page. */
    static Document pagesRender(String phoneUrl) throws Exception {
        Shopper s = new Shopper();
        HttpResponse<String> product = s.http.get(DemoStoreHarness.site(phoneUrl));
        assertEquals(200, product.statusCode());
        Document page = Http.parse(product);
        assertNotNull("the shop's product page", page.selectFirst("h1"));
        s.add("Nova X 128 GB", 1);
        assertEquals(200, s.http.get(DemoStoreHarness.site("/cart")).statusCode());
        HttpResponse<String> checkout = s.http.get(DemoStoreHarness.site("/checkout"));
        assertEquals(200, checkout.statusCode());
        assertNotNull("the checkout form", Http.parse(checkout).selectFirst("form.checkout__form"));
        return page;
    }

    @SuppressWarnings("unchecked")
    @Test
    public void whenTheEngineThrowsTheNextSourceFillsTheWidgetAndItRecovers() throws Exception {
        ModelHolder<CoPurchaseModel> holder = bean("blUpliftCoPurchaseModel", ModelHolder.class);
        CoPurchaseModel good = holder.get();
        CoPurchaseModel broken = (CoPurchaseModel) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CoPurchaseModel.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("toString") ? "broken model" : method.invoke(good, args);
                    }
                    throw new IllegalStateException("injected engine fault");
                });
        long before = failures().total();
        holder.set(broken);
        try {
            Document page = pagesRender(phoneUrl);
            assertNotNull("the related products widget, filled by the chain's other sources",
                    page.selectFirst(".uplift-slot--product .uplift-widget--related-products .uplift-card"));
            assertTrue("the fault counted: " + failures().snapshot(), failures().total() > before);
        } finally {
            holder.set(good);
        }
        // recovered: the co-purchase source fills cards again and nothing more fails
        long after = failures().total();
        Document page = pagesRender(phoneUrl);
        assertFalse("co-purchase suggestions are back", page.select(".uplift-card[data-uplift-source=copurchase]").isEmpty());
        assertEquals("no failure once the fault ended: " + failures().snapshot(), after, failures().total());
    }

    @Test
    public void aCorruptSnapshotIsCountedTheNodeKeepsServingAndTheLeaderRebuilds() throws Exception {
        LearningService learning = bean("blUpliftLearningService", LearningService.class);
        learning.tick();
        long generation = learning.status().getGeneration();
        assertTrue("a generation is served: " + learning.status(), generation > 0);
        long before = failures("learn:snapshot");
        // bound, not a literal: binary literals differ between HSQLDB, PostgreSQL and MariaDB
        try (java.sql.Connection c = DemoStoreHarness.jdbc(); java.sql.PreparedStatement s = c.prepareStatement(
                "INSERT INTO UPLIFT_SNAPSHOT (GENERATION, CREATED_MILLIS, CREATED_BY, SIZE_BYTES, DATA)"
                        + " VALUES (?, 0, 'fault test', 4, ?)")) {
            s.setLong(1, generation + 1);
            s.setBytes(2, new byte[] {(byte) 0xDE, (byte) 0xAD, (byte) 0xBE, (byte) 0xEF});
            s.executeUpdate();
        }
        learning.tick();
        assertEquals("the corrupt generation counted once", before + 1, failures("learn:snapshot"));
        assertTrue("the leader rebuilt past it: " + learning.status(), learning.status().getGeneration() > generation + 1);
        assertFalse(pagesRender(phoneUrl).select(".uplift-card[data-uplift-source=copurchase]").isEmpty());
        learning.tick();
        assertEquals("recovered: nothing more fails", before + 1, failures("learn:snapshot"));
    }

    @Test
    public void missingSnapshotsLeaveTheServedModelAndARebuildStoresOneAgain() throws Exception {
        LearningService learning = bean("blUpliftLearningService", LearningService.class);
        learning.tick();
        long generation = learning.status().getGeneration();
        WidgetRows.update("DELETE FROM UPLIFT_SNAPSHOT");
        learning.tick();
        assertEquals("the node keeps its generation", generation, learning.status().getGeneration());
        assertFalse(pagesRender(phoneUrl).select(".uplift-card[data-uplift-source=copurchase]").isEmpty());
        assertTrue(learning.requestRebuild());
        learning.tick();
        assertEquals("a rebuild stored a generation again", 1, Sql.count("SELECT COUNT(*) FROM UPLIFT_SNAPSHOT"));
        assertTrue(learning.status().getGeneration() > generation);
    }

    @SuppressWarnings("unchecked")
    @Test
    public void withSolrUnreachableSimilarProductsAreBuiltFromTheCatalogAndTextComesBack() throws Exception {
        SimilarProductsRefresher refresher = bean("blUpliftSimilarProductsRefresher", SimilarProductsRefresher.class);
        ModelHolder<SimilarProducts> similar = bean("blUpliftSimilarProducts", ModelHolder.class);
        SolrServer solr = SolrContext.getServer();
        long before = failures("similar:text");
        // a Solr server on a loopback port nobody listens on
        HttpSolrServer dead = new HttpSolrServer("http://127.0.0.1:9/solr");
        dead.setConnectionTimeout(500);
        SolrContext.setPrimaryServer(dead);
        try {
            refresher.refresh();
            assertFalse("built without the search engine", similar.get().isTextUsed());
            assertTrue("the fault counted", failures("similar:text") > before);
            pagesRender(phoneUrl);
        } finally {
            SolrContext.setPrimaryServer(solr);
            dead.shutdown();
        }
        refresher.refresh();
        assertTrue("the search engine's text neighbours are back", similar.get().isTextUsed());
    }
}
