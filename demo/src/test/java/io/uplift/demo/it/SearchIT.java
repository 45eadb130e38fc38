package io.uplift.demo.it;

import io.uplift.demo.data.DemoSearchIndex;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The demo's embedded Solr: the index is built at start and the search page finds catalog products. */
public class SearchIT {

    @Test
    public void embeddedSolrFindsCatalogProducts() throws Exception {
        DemoStoreHarness.store();
        DemoSearchIndex index = DemoStoreHarness.siteContext().getBean("demoSearchIndex", DemoSearchIndex.class);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!index.isDone()) {
            assertTrue("search index not built within 60 s", System.nanoTime() < deadline);
            Thread.sleep(200);
        }
        Document page = Http.parse(new Http().get(DemoStoreHarness.site("/search?q=nova")));
        assertTrue("results for 'nova': " + page.select(".product-card__name").text(),
                page.select(".product-card__name").text().contains("Nova X 128 GB"));
    }

    @Test
    public void homeAndCategoryPagesListProducts() throws Exception {
        DemoStoreHarness.store();
        Document home = Http.parse(new Http().get(DemoStoreHarness.site("/")));
        assertTrue("home shelves", home.select(".product-card").size() >= 12);
        Document phones = Http.parse(new Http().get(DemoStoreHarness.site("/phones")));
        assertEquals("nine phones", 9, phones.select(".product-card").size());
        Document webcam = Http.parse(new Http().get(DemoStoreHarness.site("/computer-accessories")));
        assertTrue("out-of-stock shown as such", webcam.select(".product-card__stock--out").size() >= 1);
    }

    @Test
    public void emptyOddAndOverlongQueriesAnswerWithAMessage() throws Exception {
        DemoStoreHarness.store();
        for (String q : new String[] {"", "\"[{:*", "x".repeat(101)}) {
            HttpResponse<String> r = new Http().get(DemoStoreHarness.site("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
            assertEquals("status for '" + q + "'", 200, r.statusCode());
            assertTrue("message for '" + q + "'", !Http.parse(r).select(".notice").text().isEmpty()
                    || !Http.parse(r).select(".product-card").isEmpty());
        }
    }
}
