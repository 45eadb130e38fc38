package io.uplift.demo.it;

import io.uplift.broadleaf.bundle.BundleSavingsOffer;
import io.uplift.broadleaf.bundle.BundlesCache;
import org.broadleafcommerce.core.catalog.domain.SkuImpl;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Bundle savings through Broadleaf's real pricing and checkout workflows, on carts filled over HTTP. Prices from
 * {@code DemoCatalog}: Wireless Mouse 29.00, Mouse Pad XL 15.00, Wireless Keyboard 79.00, Laptop Bag 14 in 69.00 on
 * sale at 59.00; standard shipping 6.99, free from a 75.00 subtotal. The test's bundles have ids from 900000 up and
 * are deleted after each test; bundles the demo defines are switched off during a test and back on after it.
 */
public class BundlePricingIT {

    private static final String MOUSE = "Wireless Mouse";
    private static final String PAD = "Mouse Pad XL";
    private static final String KEYBOARD = "Wireless Keyboard";
    private static final String BAG = "Laptop Bag 14 in";

    private final List<Long> demoBundlesSwitchedOff = new ArrayList<>();
    private Long skuToRestock;
    private int stockToRestore;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        deleteTestBundles();
        try (Connection c = DemoStoreHarness.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT BUNDLE_ID FROM UPLIFT_BUNDLE WHERE ENABLED = TRUE")) {
            while (rs.next()) {
                demoBundlesSwitchedOff.add(rs.getLong(1));
            }
        }
        for (Long id : demoBundlesSwitchedOff) {
            WidgetRows.update("UPDATE UPLIFT_BUNDLE SET ENABLED = FALSE WHERE BUNDLE_ID = " + id);
        }
        refreshBundles();
    }

    @After
    public void tearDown() throws Exception {
        deleteTestBundles();
        for (Long id : demoBundlesSwitchedOff) {
            WidgetRows.update("UPDATE UPLIFT_BUNDLE SET ENABLED = TRUE WHERE BUNDLE_ID = " + id);
        }
        if (skuToRestock != null) {
            WidgetRows.update("UPDATE BLC_SKU SET QUANTITY_AVAILABLE = " + stockToRestore + " WHERE SKU_ID = " + skuToRestock);
            // the site's checkout read the SKU at 0 into Hibernate's second-level cache; the test wrote behind its back
            entityManagerFactory().getCache().evict(SkuImpl.class, skuToRestock);
        }
        refreshBundles();
    }

    // fixtures =======================================================================================================

    private static void refreshBundles() {
        assertTrue("bundles read", DemoStoreHarness.siteContext().getBean("blUpliftBundles", BundlesCache.class).refresh());
    }

    private static EntityManagerFactory entityManagerFactory() {
        return DemoStoreHarness.siteContext().getBean("entityManagerFactory", EntityManagerFactory.class);
    }

    private static void deleteTestBundles() throws Exception {
        WidgetRows.update("DELETE FROM UPLIFT_BUNDLE_ITEM WHERE BUNDLE_ID >= 900000");
        WidgetRows.update("DELETE FROM UPLIFT_BUNDLE WHERE BUNDLE_ID >= 900000");
    }

    /** Inserts an enabled bundle without dates, as the admin would save it, and makes the site read it now. */
    private static void bundle(long id, String name, String type, String value, String anchor, String... companions)
            throws Exception {
        bundle(id, name, type, value, true, null, anchor, companions);
    }

    /** {@code ends}: an SQL expression for the ENDS column, or {@code null}. */
    private static void bundle(long id, String name, String type, String value, boolean enabled, String ends,
            String anchor, String... companions) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO UPLIFT_BUNDLE (BUNDLE_ID, NAME, ENABLED,"
                    + " ANCHOR_PRODUCT_ID, DISCOUNT_TYPE, DISCOUNT_VALUE, STARTS, ENDS, ORIGIN) VALUES (?, ?, ?, ?, ?, ?,"
                    + " NULL, " + (ends == null ? "NULL" : ends) + ", 'BundlePricingIT')")) {
                s.setLong(1, id);
                s.setString(2, name);
                s.setBoolean(3, enabled);
                s.setLong(4, Shopper.productId(anchor));
                s.setString(5, type);
                s.setBigDecimal(6, new BigDecimal(value));
                s.executeUpdate();
            }
            for (int i = 0; i < companions.length; i++) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO UPLIFT_BUNDLE_ITEM (ITEM_ID, BUNDLE_ID,"
                        + " PRODUCT_ID, SEQUENCE) VALUES (?, ?, ?, ?)")) {
                    s.setLong(1, id * 10 + i);
                    s.setLong(2, id);
                    s.setLong(3, Shopper.productId(companions[i]));
                    s.setInt(4, i + 1);
                    s.executeUpdate();
                }
            }
        }
        refreshBundles();
    }

    private static Element line(Document cart, String name) throws Exception {
        Element line = cart.selectFirst(".cart-line[data-product-id=" + Shopper.productId(name) + "]");
        assertNotNull(name + " in the cart", line);
        return line;
    }

    /** Sets a line's quantity with the cart page's own form (0 removes the line). */
    private static void setQuantity(Shopper s, String name, int quantity) throws Exception {
        Map<String, String> form = Http.formFields(line(s.cart(), name).selectFirst("form.cart-line__update"));
        form.put("quantity", String.valueOf(quantity));
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site("/cart/update"), form);
        assertEquals(302, r.statusCode());
    }

    /** Removes a line with the cart page's remove button. */
    private static void remove(Shopper s, String name) throws Exception {
        Map<String, String> form = Http.formFields(line(s.cart(), name).selectFirst("form[action$=/cart/remove]"));
        assertEquals(302, s.http.post(DemoStoreHarness.site("/cart/remove"), form).statusCode());
    }

    /** The saving lines of the cart page, e.g. "Bundle saving: IT desk set (1 set) -$4.40". */
    private static List<String> savings(Document page, String cssClass) {
        List<String> out = new ArrayList<>();
        for (Element e : page.select("." + cssClass)) {
            out.add(e.text());
        }
        return out;
    }

    private static List<String> cartSavings(Shopper s) throws Exception {
        return savings(s.cart(), "cart-saving");
    }

    /** Subtotal and, when there is a saving, the total before shipping, as the cart page shows them. */
    private static String cartTotals(Shopper s) throws Exception {
        Document cart = s.cart();
        Element total = cart.selectFirst(".cart-grand-total strong");
        return cart.selectFirst(".cart-total strong").text() + (total == null ? "" : " " + total.text());
    }

    private static long cartOrderId(Shopper s) throws Exception {
        String lineId = s.cart().selectFirst(".cart-line input[name=orderItemId]").attr("value");
        return queryLong("SELECT ORDER_ID FROM BLC_ORDER_ITEM WHERE ORDER_ITEM_ID = " + lineId);
    }

    private static long queryLong(String sql) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(sql, rs.next());
            return rs.getLong(1);
        }
    }

    /** The order's adjustment rows as "offer name | reason | value". */
    private static List<String> adjustmentRows(long orderId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DemoStoreHarness.jdbc(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT o.OFFER_NAME, a.ADJUSTMENT_REASON, a.ADJUSTMENT_VALUE"
                     + " FROM BLC_ORDER_ADJUSTMENT a JOIN BLC_OFFER o ON o.OFFER_ID = a.OFFER_ID WHERE a.ORDER_ID = "
                     + orderId + " ORDER BY a.ADJUSTMENT_VALUE DESC")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getBigDecimal(3).setScale(2));
            }
        }
        return rows;
    }

    /** ORDER_STATUS, ORDER_SUBTOTAL, TOTAL_SHIPPING, ORDER_TOTAL of an order. */
    private static String orderRow(String column, Object value) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc();
             PreparedStatement s = c.prepareStatement("SELECT ORDER_STATUS, ORDER_SUBTOTAL, TOTAL_SHIPPING, ORDER_TOTAL"
                     + " FROM BLC_ORDER WHERE " + column + " = ?")) {
            s.setObject(1, value);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue("order " + value, rs.next());
                return rs.getString(1) + " " + rs.getBigDecimal(2).setScale(2) + " " + rs.getBigDecimal(3).setScale(2)
                        + " " + rs.getBigDecimal(4).setScale(2);
            }
        }
    }

    // pricing ========================================================================================================

    @Test
    public void percentBundleTakesItsShareOffTheCompleteSetAtTheSalePrice() throws Exception {
        bundle(900001, "IT bag set", "PERCENT", "10", BAG, MOUSE);
        Shopper s = new Shopper();
        s.add(BAG, 1);
        assertEquals("the anchor alone is a partial set", List.of(), cartSavings(s));
        s.add(MOUSE, 1);
        // (59.00 sale price + 29.00) * 10 % = 8.80 (at the bag's retail price it would be 9.80)
        assertEquals(List.of("Bundle saving: IT bag set (1 set) -$8.80"), cartSavings(s));
        assertEquals("$88.00 $79.20", cartTotals(s));
        assertEquals(List.of(BundleSavingsOffer.NAME + " | Bundle: IT bag set (1 set) | 8.80"),
                adjustmentRows(cartOrderId(s)));
    }

    @Test
    public void fixedAmountBundleTakesItsAmountOffPerCompleteSet() throws Exception {
        bundle(900002, "IT desk set", "AMOUNT", "12.50", MOUSE, PAD);
        Shopper s = new Shopper();
        s.add(MOUSE, 2);
        s.add(PAD, 1);
        assertEquals(List.of("Bundle saving: IT desk set (1 set) -$12.50"), cartSavings(s));
        s.add(PAD, 1);
        assertEquals(List.of("Bundle saving: IT desk set (2 sets) -$25.00"), cartSavings(s));
        assertEquals("$88.00 $63.00", cartTotals(s));
    }

    @Test
    public void twoSetsThenOneWhenAQuantityFallsBelowASetThenNoneWhenALineIsRemoved() throws Exception {
        bundle(900003, "IT desk set", "PERCENT", "10", MOUSE, PAD);
        Shopper s = new Shopper();
        s.add(MOUSE, 2);
        s.add(PAD, 2);
        assertEquals(List.of("Bundle saving: IT desk set (2 sets) -$8.80"), cartSavings(s));
        long order = cartOrderId(s);
        setQuantity(s, MOUSE, 3);
        setQuantity(s, MOUSE, 2);
        assertEquals("pricing again never adds up savings",
                List.of(BundleSavingsOffer.NAME + " | Bundle: IT desk set (2 sets) | 8.80"), adjustmentRows(order));
        setQuantity(s, PAD, 1);
        assertEquals(List.of("Bundle saving: IT desk set (1 set) -$4.40"), cartSavings(s));
        assertEquals("$73.00 $68.60", cartTotals(s));
        remove(s, PAD);
        assertEquals(List.of(), cartSavings(s));
        assertEquals("$58.00", cartTotals(s));
        assertEquals(List.of(), adjustmentRows(order));
        s.add(PAD, 1);
        assertEquals(List.of("Bundle saving: IT desk set (1 set) -$4.40"), cartSavings(s));
        setQuantity(s, PAD, 0);
        assertEquals("quantity 0 removes the line and the saving", List.of(), cartSavings(s));
    }

    @Test
    public void aPartialSetIsNeverDiscounted() throws Exception {
        bundle(900004, "IT office set", "PERCENT", "20", MOUSE, PAD, KEYBOARD);
        Shopper s = new Shopper();
        s.add(MOUSE, 3);
        s.add(PAD, 2);
        assertEquals(List.of(), cartSavings(s));
        s.add(KEYBOARD, 1);
        // (29.00 + 15.00 + 79.00) * 20 % = 24.60, once: one keyboard makes one set
        assertEquals(List.of("Bundle saving: IT office set (1 set) -$24.60"), cartSavings(s));
    }

    @Test
    public void endedNotYetStartedAndSwitchedOffBundlesAreNotPriced() throws Exception {
        bundle(900005, "IT ended set", "PERCENT", "10", true, Sql.fromNow(-1), MOUSE, PAD);
        bundle(900006, "IT off set", "AMOUNT", "5", false, null, MOUSE, PAD);
        bundle(900007, "IT future set", "AMOUNT", "6", true, null, MOUSE, PAD);
        WidgetRows.update("UPDATE UPLIFT_BUNDLE SET STARTS = " + Sql.fromNow(86400) + " WHERE BUNDLE_ID = 900007");
        refreshBundles();
        Shopper s = new Shopper();
        s.add(MOUSE, 1);
        s.add(PAD, 1);
        assertEquals(List.of(), cartSavings(s));
        assertEquals("$44.00", cartTotals(s));
    }

    @Test
    public void aBundleSwitchedOffWhileInTheCartIsNoLongerPricedAtTheNextPricing() throws Exception {
        bundle(900008, "IT desk set", "PERCENT", "10", MOUSE, PAD);
        Shopper s = new Shopper();
        s.add(MOUSE, 1);
        s.add(PAD, 1);
        assertEquals(List.of("Bundle saving: IT desk set (1 set) -$4.40"), cartSavings(s));
        WidgetRows.update("UPDATE UPLIFT_BUNDLE SET ENABLED = FALSE WHERE BUNDLE_ID = 900008");
        refreshBundles();
        setQuantity(s, MOUSE, 1);
        assertEquals(List.of(), cartSavings(s));
    }

    @Test
    public void overlappingBundlesCountEachUnitOnceTheLargerSavingFirst() throws Exception {
        bundle(900009, "IT desk set", "PERCENT", "10", MOUSE, PAD);
        bundle(900010, "IT typing set", "AMOUNT", "10", MOUSE, KEYBOARD);
        Shopper s = new Shopper();
        s.add(MOUSE, 1);
        s.add(PAD, 1);
        s.add(KEYBOARD, 1);
        // one mouse: the typing set (10.00 per set) takes it before the desk set (4.40)
        assertEquals(List.of("Bundle saving: IT typing set (1 set) -$10.00"), cartSavings(s));
        s.add(MOUSE, 1);
        assertEquals(List.of("Bundle saving: IT typing set (1 set) -$10.00", "Bundle saving: IT desk set (1 set) -$4.40"),
                cartSavings(s));
        assertEquals("$152.00 $137.60", cartTotals(s));
    }

    @Test
    public void broadleafsOwnOrderOfferStaysNextToTheBundleSaving() throws Exception {
        bundle(900011, "IT desk set", "PERCENT", "10", MOUSE, PAD);
        EntityManagerFactory emf = entityManagerFactory();
        OfferImpl offer = new OfferImpl();
        offer.setName("IT five off every order");
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
        offer.setValue(new BigDecimal("5"));
        offer.setAutomaticallyAdded(true);
        offer.setCombinableWithOtherOffers(true);
        offer.setStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        em.persist(offer);
        em.getTransaction().commit();
        em.close();
        try {
            Shopper s = new Shopper();
            s.add(MOUSE, 1);
            s.add(PAD, 1);
            Document cart = s.cart();
            List<String> lines = savings(cart, "cart-saving");
            Collections.sort(lines);
            assertEquals(List.of("Bundle saving: IT desk set (1 set) -$4.40", "Discount: IT five off every order -$5.00"),
                    lines);
            assertEquals("$44.00 - 5.00 - 4.40", "$34.60", cart.selectFirst(".cart-grand-total strong").text());
            setQuantity(s, PAD, 1);
            assertEquals(List.of("IT five off every order | IT five off every order | 5.00",
                    BundleSavingsOffer.NAME + " | Bundle: IT desk set (1 set) | 4.40"), adjustmentRows(cartOrderId(s)));
        } finally {
            EntityManager del = emf.createEntityManager();
            del.getTransaction().begin();
            del.remove(del.find(OfferImpl.class, offer.getId()));
            del.getTransaction().commit();
            del.close();
        }
    }

    // checkout =======================================================================================================

    @Test
    public void theSubmittedOrderCarriesTheSavingAboveAndBelowTheFreeShippingThreshold() throws Exception {
        bundle(900012, "IT bag set", "PERCENT", "10", BAG, MOUSE);
        bundle(900013, "IT desk set", "PERCENT", "10", MOUSE, PAD);
        Shopper above = new Shopper();
        above.add(BAG, 1);
        above.add(MOUSE, 1);
        String number = above.checkout();
        // 88.00 - 8.80 + free shipping (the subtotal is over 75.00)
        assertEquals("SUBMITTED 88.00 0.00 79.20", orderRow("ORDER_NUMBER", number));
        long orderId = queryLong("SELECT ORDER_ID FROM BLC_ORDER WHERE ORDER_NUMBER = '" + number + "'");
        assertEquals(List.of(BundleSavingsOffer.NAME + " | Bundle: IT bag set (1 set) | 8.80"), adjustmentRows(orderId));
        Document confirmation = Http.parse(above.http.get(DemoStoreHarness.site("/confirmation/" + number)));
        assertEquals(List.of("Bundle saving: IT bag set (1 set) -$8.80"), savings(confirmation, "order-saving"));

        Shopper below = new Shopper();
        below.add(MOUSE, 1);
        below.add(PAD, 1);
        Document checkoutPage = Http.parse(below.http.get(DemoStoreHarness.site("/checkout")));
        assertEquals(List.of("Bundle saving: IT desk set (1 set) -$4.40"), savings(checkoutPage, "checkout-saving"));
        String second = below.checkout();
        // 44.00 - 4.40 + 6.99 shipping
        assertEquals("SUBMITTED 44.00 6.99 46.59", orderRow("ORDER_NUMBER", second));
    }

    @Test
    public void aBundleThatEndsBeforeCheckoutIsNotInTheSubmittedOrder() throws Exception {
        bundle(900014, "IT desk set", "PERCENT", "10", MOUSE, PAD);
        Shopper s = new Shopper();
        s.add(MOUSE, 1);
        s.add(PAD, 1);
        assertEquals(List.of("Bundle saving: IT desk set (1 set) -$4.40"), cartSavings(s));
        WidgetRows.update("UPDATE UPLIFT_BUNDLE SET ENDS = " + Sql.fromNow(-1) + " WHERE BUNDLE_ID = 900014");
        refreshBundles();
        String number = s.checkout();
        assertEquals("SUBMITTED 44.00 6.99 50.99", orderRow("ORDER_NUMBER", number));
        assertEquals(List.of(), adjustmentRows(queryLong("SELECT ORDER_ID FROM BLC_ORDER WHERE ORDER_NUMBER = '" + number
                + "'")));
    }

    @Test
    public void checkoutIsRefusedNamingTheProductWhenAComponentSoldOutAfterItWasAdded() throws Exception {
        bundle(900015, "IT desk set", "PERCENT", "10", MOUSE, PAD);
        Shopper s = new Shopper();
        s.add(MOUSE, 1);
        s.add(PAD, 2);
        long order = cartOrderId(s);
        skuToRestock = queryLong("SELECT DEFAULT_SKU_ID FROM BLC_PRODUCT WHERE PRODUCT_ID = " + Shopper.productId(PAD));
        stockToRestore = (int) queryLong("SELECT QUANTITY_AVAILABLE FROM BLC_SKU WHERE SKU_ID = " + skuToRestock);
        WidgetRows.update("UPDATE BLC_SKU SET QUANTITY_AVAILABLE = 1 WHERE SKU_ID = " + skuToRestock);

        Document checkout = Http.parse(s.http.get(DemoStoreHarness.site("/checkout")));
        Map<String, String> form = Http.formFields(checkout.selectFirst("form.checkout__form"));
        form.putAll(Map.of("email", "it-shopper@example.com", "firstName", "Ida", "lastName", "Test",
                "address", "1 Loop Road", "city", "Austin", "state", "TX", "postalCode", "73301"));
        HttpResponse<String> refused = s.http.post(DemoStoreHarness.site("/checkout/place"), form);
        assertEquals(302, refused.statusCode());
        assertTrue("back to checkout: " + refused.headers().firstValue("Location"),
                refused.headers().firstValue("Location").orElse("").endsWith("/checkout"));
        Document back = Http.parse(s.http.get(DemoStoreHarness.site("/checkout")));
        Element error = back.selectFirst(".checkout-error");
        assertNotNull("message on the checkout page", error);
        assertTrue(error.text(), error.text().startsWith("Sorry, Mouse Pad XL is no longer available in the quantity in"
                + " your cart (2): only 1 is left."));
        assertEquals("the form keeps what the shopper typed", "1 Loop Road",
                back.selectFirst("input[name=address]").attr("value"));
        assertTrue("still a cart: " + orderRow("ORDER_ID", order), orderRow("ORDER_ID", order).startsWith("IN_PROCESS "));

        WidgetRows.update("UPDATE BLC_SKU SET QUANTITY_AVAILABLE = 0 WHERE SKU_ID = " + skuToRestock);
        assertEquals(302, s.http.post(DemoStoreHarness.site("/checkout/place"), form).statusCode());
        assertTrue(Http.parse(s.http.get(DemoStoreHarness.site("/checkout"))).selectFirst(".checkout-error").text()
                .contains("Mouse Pad XL is no longer available in the quantity in your cart (2): it is out of stock."));

        WidgetRows.update("UPDATE BLC_SKU SET QUANTITY_AVAILABLE = " + stockToRestore + " WHERE SKU_ID = " + skuToRestock);
        String number = s.checkout();
        assertEquals("restocked: the same cart checks out with its saving", "SUBMITTED 59.00 6.99 61.59",
                orderRow("ORDER_NUMBER", number));
        assertEquals(Arrays.asList(BundleSavingsOffer.NAME + " | Bundle: IT desk set (1 set) | 4.40"),
                adjustmentRows(order));
    }

    /**
     * The stock check reads the SKU again on the checkout's own connection, with no entity manager (so no connection)
     * of its own while the checkout's transaction is open: a second connection per thread can hang HSQLDB behind a
     * CHECKPOINT or starve a bounded pool. It still sees stock changed behind the second-level cache's back.
     *
     * <p>The stock changes before the checkout's transaction begins, while the second-level cache holds the SKU as it
     * was: under MariaDB's default REPEATABLE READ a transaction sees the database as of its first read, so that is
     * the "now" a checkout can see, on every database.</p>
     */
    @Test
    public void theStockCheckUsesTheCheckoutsOwnConnectionAndSeesTheDatabaseNow() throws Exception {
        Shopper s = new Shopper();
        s.add(PAD, 2);
        final long order = cartOrderId(s);
        skuToRestock = queryLong("SELECT DEFAULT_SKU_ID FROM BLC_PRODUCT WHERE PRODUCT_ID = " + Shopper.productId(PAD));
        stockToRestore = (int) queryLong("SELECT QUANTITY_AVAILABLE FROM BLC_SKU WHERE SKU_ID = " + skuToRestock);
        final EntityManagerFactory real = entityManagerFactory();
        final java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();
        EntityManagerFactory counting = (EntityManagerFactory) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {EntityManagerFactory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createEntityManager")) {
                        created.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        final io.uplift.broadleaf.bundle.CheckoutInventoryActivity activity = new io.uplift.broadleaf.bundle
                .CheckoutInventoryActivity(DemoStoreHarness.siteContext().getBean("blInventoryService",
                        org.broadleafcommerce.core.inventory.service.InventoryService.class), counting);
        final org.broadleafcommerce.core.order.service.OrderService orders = DemoStoreHarness.siteContext()
                .getBean("blOrderService", org.broadleafcommerce.core.order.service.OrderService.class);
        org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support
                .TransactionTemplate(DemoStoreHarness.siteContext().getBean("blTransactionManager",
                        org.springframework.transaction.PlatformTransactionManager.class));
        // the cart's SKU is in the second-level cache with the stock it had; the stock changes behind the cache's back
        tx.execute(status -> orders.findOrderById(order).getOrderItems().size());
        assertTrue("the SKU is in the second-level cache", real.getCache().contains(SkuImpl.class, skuToRestock));
        WidgetRows.update("UPDATE BLC_SKU SET QUANTITY_AVAILABLE = 1 WHERE SKU_ID = " + skuToRestock);
        assertTrue("the cache still holds the old stock", real.getCache().contains(SkuImpl.class, skuToRestock));
        String outcome = tx.execute(status -> {
            // the checkout's transaction reads the order and its SKU (from the cache) before the stock check
            org.broadleafcommerce.core.order.domain.Order o = orders.findOrderById(order);
            org.broadleafcommerce.core.workflow.DefaultProcessContextImpl<
                    org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed> context =
                    new org.broadleafcommerce.core.workflow.DefaultProcessContextImpl<>();
            context.setSeedData(new org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed(o,
                    new java.util.HashMap<String, Object>()));
            try {
                activity.execute(context);
                return "passed";
            } catch (Exception e) {
                return io.uplift.broadleaf.bundle.CheckoutInventoryActivity.shopperMessage(e);
            } finally {
                status.setRollbackOnly();
            }
        });
        assertEquals("Sorry, Mouse Pad XL is no longer available in the quantity in your cart (2): only 1 is left."
                + " Please change the quantity or remove it from your cart, then place your order again.", outcome);
        assertEquals("entity managers of its own", 0, created.get());
    }
}
