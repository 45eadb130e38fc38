package io.uplift.broadleaf.catalog;

import io.uplift.engine.ProductFacts;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.media.domain.MediaImpl;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuImpl;
import org.junit.Test;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The facts of a Broadleaf product (real entity objects, no database): a URL typed into the admin that could run a
 * script in the shopper's browser never reaches a widget.
 */
public class BroadleafCatalogFactsTest {

    private static Product product(String url, String image) {
        Sku sku = new SkuImpl();
        sku.setName("Cable");
        sku.setRetailPrice(new Money("9.99"));
        sku.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
        Product p = new ProductImpl();
        p.setId(7L);
        p.setDefaultSku(sku);
        p.setUrl(url);
        Map<String, Media> media = new HashMap<String, Media>();
        Media primary = new MediaImpl();
        primary.setUrl(image);
        media.put("primary", primary);
        p.setMedia(media);
        return p;
    }

    @Test
    public void aProductWithAPlainUrlAndImageIsLinkedAsItIs() {
        ProductFacts f = BroadleafCatalogFacts.facts(product("/cables/usb-c", "/img/cable.png"), null);
        assertTrue(f.isActive());
        assertEquals("/cables/usb-c", f.getUrl());
        assertEquals("/img/cable.png", f.getImageUrl());
    }

    @Test
    public void aProductWhoseUrlWouldRunAScriptIsNeverSuggested() {
        for (String url : new String[] {"javascript:alert(1)", "data:text/html,x", "//evil.example/p"}) {
            ProductFacts f = BroadleafCatalogFacts.facts(product(url, "/img/cable.png"), null);
            assertFalse(url, f.isActive());
            assertFalse(url, f.isAvailable());
        }
    }

    @Test
    public void anImageAddressThatWouldRunAScriptShowsNoImage() {
        ProductFacts f = BroadleafCatalogFacts.facts(product("/cables/usb-c", "javascript:alert(1)"), null);
        assertTrue(f.isActive());
        assertNull(f.getImageUrl());
    }
}
