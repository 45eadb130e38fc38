package io.uplift.demo.it;

import com.icegreen.greenmail.util.GreenMail;
import io.uplift.broadleaf.mail.JdbcMailSettings;
import io.uplift.broadleaf.mail.JdbcMailStore;
import io.uplift.broadleaf.mail.MailComposer;
import io.uplift.broadleaf.mail.MailScheduler;
import io.uplift.demo.web.DemoMailboxController;
import io.uplift.engine.FailureSink;
import io.uplift.engine.mail.Backoff;
import io.uplift.engine.mail.MailJob;
import io.uplift.engine.mail.MailKind;
import io.uplift.engine.mail.MailSettings;
import io.uplift.engine.mail.MailStatus;
import io.uplift.engine.mail.OffsetClock;
import io.uplift.engine.mail.UsageTips;
import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.time.TimeSource;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.mail.Message;
import javax.mail.Part;
import javax.mail.internet.MimeMessage;
import javax.sql.DataSource;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The plugin's e-mails end to end on the real demo store: real checkouts and carts over HTTP, the schedule in the
 * shared database, Broadleaf's EmailService with its Thymeleaf e-mail templates, real SMTP into the demo's GreenMail
 * server on loopback. Time is the scheduler's controllable clock ({@code blUpliftMailClock}), and for the test
 * Broadleaf's own SystemTime follows it (so a cart's audit date and the scheduler agree); the scheduler's own thread
 * is stopped while the tests drive its rounds ({@link MailScheduler#runOnce()}), except in the test of the thread.
 */
public class MailIT {

    static final MailSettings SETTINGS = new MailSettings(true, 1, "Picked for you after your order", true, 3,
            "You left something in your cart", 24, 4, UsageTips.parse("category 2: Turn on automatic backups first."));

    @BeforeClass
    public static void stopTheThread() {
        DemoStoreHarness.store();
        final OffsetClock clock = clock();
        SystemTime.setGlobalTimeSource(new TimeSource() {
            @Override
            public long timeInMillis() {
                return clock.millis();
            }
        });
        scheduler().stop();
    }

    @AfterClass
    public static void startTheThread() {
        SystemTime.resetGlobalTimeSource();
        scheduler().start();
    }

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store().startMailServer();
        bean("blUpliftMailSettings", JdbcMailSettings.class).save(SETTINGS);
    }

    @Test
    public void postPurchaseMailAfterARealCheckoutSuggestsWhatWasNotBoughtWithWorkingLinks() throws Exception {
        String email = unique("after-order");
        String number = guestOrder(email, "Nova X 128 GB", "Laptop Sleeve 16 in");
        long orderId = Orders.orderId(number);
        List<MailJob> jobs = store().about(MailKind.POST_PURCHASE, orderId);
        assertEquals("one job per order", 1, jobs.size());
        assertEquals(MailStatus.PENDING, jobs.get(0).getStatus());
        assertEquals("due the admin's delay after the order", Duration.ofMinutes(1),
                Duration.between(jobs.get(0).getCreatedAt(), jobs.get(0).getDueAt()));

        scheduler().runOnce();
        assertTrue("not before its time", to(email).isEmpty());
        clock().advance(Duration.ofMinutes(2));
        MimeMessage m = sendUntil(email, 1).get(0);

        assertEquals("Picked for you after your order", m.getSubject());
        assertTrue(m.getContentType(), m.getContentType().startsWith("multipart/"));
        assertEquals("shop@uplift-demo.example", m.getFrom()[0].toString());
        String html = part(m, "text/html");
        String text = part(m, "text/plain");
        assertNotNull("HTML part", html);
        assertNotNull("plain-text part", text);
        assertTrue(text, text.contains("Thanks again for your order " + number + "."));
        assertFalse("plain text has no markup: " + text, text.contains("<"));
        assertNotNull("List-Unsubscribe header", m.getHeader("List-Unsubscribe"));
        Document doc = Jsoup.parse(html);
        assertEquals(number, doc.selectFirst(".uplift-mail__order").text());
        assertEquals("the tip of the phones category for the bought phone", "Nova X 128 GB: Turn on automatic backups first.",
                doc.selectFirst(".uplift-mail__tip").text());

        Set<Long> bought = new HashSet<>(List.of(Shopper.productId("Nova X 128 GB"), Shopper.productId("Laptop Sleeve 16 in")));
        List<Element> links = doc.select(".uplift-mail__suggestion a.uplift-mail__link");
        assertFalse("suggestions from the engine", links.isEmpty());
        assertTrue("at most the admin's number", links.size() <= 4);
        Http guest = new Http();
        for (Element a : links) {
            String href = a.attr("href");
            assertTrue(href, href.startsWith(DemoStoreHarness.site("/uplift/mail/click?t=")));
            assertTrue("the text part has the same link", text.contains(href));
            HttpResponse<String> r = guest.get(href);
            assertEquals("a tracked link redirects", 302, r.statusCode());
            String path = URI.create(r.headers().firstValue("Location").orElse("")).getPath();
            long product = Sql.ids("SELECT PRODUCT_ID FROM BLC_PRODUCT WHERE URL = '" + path + "'").get(0);
            assertFalse("never what was bought: " + a.text(), bought.contains(product));
            assertEquals("the product page answers", 200, guest.get(DemoStoreHarness.site(path)).statusCode());
        }
        MailJob sent = store().about(MailKind.POST_PURCHASE, orderId).get(0);
        assertEquals(MailStatus.SENT, sent.getStatus());
        assertEquals(email, sent.getRecipient());
        assertEquals("each click counted", links.size(), sent.getClicks());
        String clicks = "SELECT COUNT(*) FROM UPLIFT_EVENT WHERE EVENT_TYPE = 'CLICK' AND PAGE_VIEW_ID = 'mail-" + sent.getId()
                + "' AND STRATEGY = 'mail:post_purchase' AND SLOT = 'email' AND WIDGET_TYPE = 'ORDER_OFFERS'";
        long deadline = System.currentTimeMillis() + 10000; // the event writer stores in the background
        while (Sql.count(clicks) < links.size() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals("a CLICK event per click, attributed to the order-offers widget", links.size(), Sql.count(clicks));
        long customer = Sql.ids("SELECT CUSTOMER_ID FROM BLC_ORDER WHERE ORDER_ID = " + orderId).get(0);
        assertEquals("the clicks are the customer's, under the visitor key of the site's events", links.size(),
                Sql.count(clicks + " AND VISITOR_KEY = 'c:" + customer + "'"));
        assertEquals("Broadleaf's tracking row", 1, Sql.count("SELECT COUNT(*) FROM BLC_EMAIL_TRACKING WHERE EMAIL_ADDRESS = '"
                + email + "'"));

        // a forged link is refused and leads nowhere
        String forged = links.get(0).attr("href").replaceFirst("t=.", "t=A");
        assertEquals(400, guest.get(forged).statusCode());
        for (int i = 0; i < 3; i++) {
            scheduler().runOnce();
        }
        assertEquals("sent once", 1, to(email).size());
    }

    @Test
    public void abandonedCartMailAfterTheCartGoesIdleOncePerPeriod() throws Exception {
        String email = unique("idle-cart");
        Shopper s = registered(email, "Cara");
        s.add("Nova X 128 GB", 1);
        long cartId = cartOf(email);
        scheduler().runOnce();
        assertTrue("not idle yet", store().about(MailKind.ABANDONED_CART, cartId).isEmpty());

        clock().advance(Duration.ofMinutes(4));
        MimeMessage m = sendUntil(email, 1).get(0);
        assertEquals("You left something in your cart", m.getSubject());
        Document doc = Jsoup.parse(part(m, "text/html"));
        assertEquals("Hello Cara,", doc.selectFirst(".uplift-mail__greeting").text());
        assertEquals("Nova X 128 GB", doc.selectFirst(".uplift-mail__line a").text());
        assertTrue(part(m, "text/plain"), part(m, "text/plain").contains("Nova X 128 GB x 1"));
        Http visitor = new Http();
        HttpResponse<String> cart = visitor.get(doc.selectFirst("a.uplift-mail__cart").attr("href"));
        assertEquals(302, cart.statusCode());
        assertEquals("/cart", URI.create(cart.headers().firstValue("Location").orElse("")).getPath());
        for (Element a : doc.select(".uplift-mail__suggestion a.uplift-mail__link")) {
            String path = URI.create(visitor.get(a.attr("href")).headers().firstValue("Location").orElse("")).getPath();
            assertFalse("not what is in the cart", path.equals(Shopper.productUrl(Shopper.productId("Nova X 128 GB"))));
        }

        // the cart changes and goes idle again within the resend period: no second reminder
        s.add("Laptop Sleeve 16 in", 1);
        clock().advance(Duration.ofMinutes(4));
        for (int i = 0; i < 3; i++) {
            scheduler().runOnce();
        }
        assertEquals("at most one reminder per cart in 24 h", 1, to(email).size());
        assertEquals(1, store().about(MailKind.ABANDONED_CART, cartId).size());
    }

    @Test
    public void aPendingReminderIsCancelledWhenTheCustomerChecksOutFirst() throws Exception {
        String email = unique("checks-out");
        Shopper s = registered(email, "Chet");
        s.add("Laptop Sleeve 16 in", 1);
        long cartId = cartOf(email);
        clock().advance(Duration.ofMinutes(4));
        DemoStoreHarness.store().stopMailServer();
        try {
            scheduler().runOnce(); // the reminder is scheduled, its first send fails: it waits for its retry
            MailJob job = store().about(MailKind.ABANDONED_CART, cartId).get(0);
            assertEquals(MailStatus.PENDING, job.getStatus());
            s.checkout(email);
        } finally {
            DemoStoreHarness.store().startMailServer();
        }
        MailJob job = store().about(MailKind.ABANDONED_CART, cartId).get(0);
        assertEquals(MailStatus.CANCELLED, job.getStatus());
        assertTrue(job.getReason(), job.getReason().startsWith("the customer checked out (order "));
        clock().advance(Duration.ofMinutes(2));
        sendUntil(email, 1); // the order's own e-mail
        assertEquals("only the post-purchase e-mail, no reminder", List.of("Picked for you after your order"),
                subjects(to(email)));
    }

    @Test
    public void noDuplicateWithTwoNodesOnOneDatabaseNorAcrossARestart() throws Exception {
        String email = unique("two-nodes");
        String number = guestOrder(email, "Laptop Sleeve 16 in");
        String email2 = unique("restart");
        String number2 = guestOrder(email2, "Nova X 128 GB");
        clock().advance(Duration.ofMinutes(2));
        final MailScheduler a = scheduler();
        final MailScheduler b = secondNode("node-b");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MailScheduler.Round>> rounds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                final MailScheduler node = i % 2 == 0 ? a : b;
                rounds.add(pool.submit((Callable<MailScheduler.Round>) node::runOnce));
            }
            for (Future<MailScheduler.Round> r : rounds) {
                r.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals("two nodes, one e-mail", 1, to(email).size());
        assertEquals(1, to(email2).size());
        // a restarted node (a new scheduler on the same database) sends nothing again
        MailScheduler restarted = secondNode("restarted");
        restarted.runOnce();
        a.runOnce();
        assertEquals(1, to(email).size());
        assertEquals(1, to(email2).size());
        assertEquals(MailStatus.SENT, store().about(MailKind.POST_PURCHASE, Orders.orderId(number)).get(0).getStatus());
        assertEquals(MailStatus.SENT, store().about(MailKind.POST_PURCHASE, Orders.orderId(number2)).get(0).getStatus());

        // a job left pending by a stopped node is sent by the next one, once
        String email3 = unique("left-pending");
        guestOrder(email3, "Laptop Sleeve 16 in");
        clock().advance(Duration.ofMinutes(2));
        MailScheduler next = secondNode("after-restart");
        next.runOnce();
        next.runOnce();
        a.runOnce();
        assertEquals(1, to(email3).size());
    }

    @Test
    public void unsubscribeWorksWithoutSignInAndIsHonored() throws Exception {
        String email = unique("opt-out");
        guestOrder(email, "Laptop Sleeve 16 in");
        clock().advance(Duration.ofMinutes(2));
        Document doc = Jsoup.parse(part(sendUntil(email, 1).get(0), "text/html"));
        String unsubscribe = doc.selectFirst("a.uplift-mail__unsubscribe").attr("href");
        assertTrue(unsubscribe, unsubscribe.startsWith(DemoStoreHarness.site("/uplift/mail/unsubscribe?t=")));

        Http anybody = new Http();
        HttpResponse<String> forged = anybody.get(DemoStoreHarness.site("/uplift/mail/unsubscribe?t=dTpvdGhlckBleGFtcGxlLmNvbQ.AAAA"));
        assertEquals(400, forged.statusCode());
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM UPLIFT_MAIL_OPT_OUT WHERE ADDRESS = 'other@example.com'"));

        // opening the link (as a mail scanner or a link preview does) only asks
        HttpResponse<String> r = anybody.get(unsubscribe);
        assertEquals(200, r.statusCode());
        assertTrue(r.body(), r.body().contains("Stop sending suggestions and cart reminders to " + email + "?"));
        assertEquals("a GET changes nothing", 0,
                Sql.count("SELECT COUNT(*) FROM UPLIFT_MAIL_OPT_OUT WHERE ADDRESS = '" + email + "'"));
        Map<String, String> confirm = Http.formFields(Http.parse(r).selectFirst("form.uplift-mail-page__form"));
        assertEquals(Set.of("t", "csrfToken"), confirm.keySet());

        // the button posts with the session's CSRF token; without it Broadleaf refuses and nothing changes
        Map<String, String> noCsrf = new LinkedHashMap<>(confirm);
        noCsrf.remove("csrfToken");
        HttpResponse<String> refused = anybody.post(DemoStoreHarness.site("/uplift/mail/unsubscribe"), noCsrf);
        assertTrue("refused without a CSRF token: " + refused.statusCode(), refused.statusCode() >= 400);
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM UPLIFT_MAIL_OPT_OUT WHERE ADDRESS = '" + email + "'"));
        Map<String, String> forgedPost = new LinkedHashMap<>(confirm);
        forgedPost.put("t", "dTpvdGhlckBleGFtcGxlLmNvbQ.AAAA");
        assertEquals(400, anybody.post(DemoStoreHarness.site("/uplift/mail/unsubscribe"), forgedPost).statusCode());

        r = anybody.post(DemoStoreHarness.site("/uplift/mail/unsubscribe"), confirm);
        assertEquals(200, r.statusCode());
        assertTrue(r.body(), r.body().contains("We will send no more suggestions or cart reminders to " + email));
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM UPLIFT_MAIL_OPT_OUT WHERE ADDRESS = '" + email + "'"));

        String second = guestOrder(email, "Nova X 128 GB");
        clock().advance(Duration.ofMinutes(2));
        scheduler().runOnce();
        MailJob job = store().about(MailKind.POST_PURCHASE, Orders.orderId(second)).get(0);
        assertEquals(MailStatus.SKIPPED, job.getStatus());
        assertEquals("the recipient unsubscribed", job.getReason());
        assertEquals("nothing more sent", 1, to(email).size());
    }

    @Test
    public void smtpOutageIsRetriedWithBackoffAndTheMailArrivesOnce() throws Exception {
        String email = unique("outage");
        String number = guestOrder(email, "Laptop Sleeve 16 in");
        long orderId = Orders.orderId(number);
        clock().advance(Duration.ofMinutes(2));
        DemoStoreHarness.store().stopMailServer();
        try {
            scheduler().runOnce();
            MailJob first = store().about(MailKind.POST_PURCHASE, orderId).get(0);
            assertEquals(MailStatus.PENDING, first.getStatus());
            assertEquals(1, first.getAttempts());
            assertNotNull("the error is kept for the admin", first.getLastError());
            Instant failedAt = clock().instant();
            assertTrue("first retry 30 s later (demo setting)", Math.abs(Duration.between(failedAt.plusSeconds(30),
                    first.getDueAt()).toMillis()) < 5000);

            scheduler().runOnce();
            assertEquals("not before the back-off ends", 1, store().about(MailKind.POST_PURCHASE, orderId).get(0).getAttempts());
            clock().advance(Duration.ofSeconds(31));
            scheduler().runOnce();
            MailJob second = store().about(MailKind.POST_PURCHASE, orderId).get(0);
            assertEquals(2, second.getAttempts());
            assertTrue("then twice as long: 60 s", Math.abs(Duration.between(clock().instant().plusSeconds(60),
                    second.getDueAt()).toMillis()) < 5000);
            assertTrue("the shop works meanwhile", new Http().get(DemoStoreHarness.site("/")).statusCode() == 200);
        } finally {
            DemoStoreHarness.store().startMailServer();
        }
        clock().advance(Duration.ofSeconds(61));
        sendUntil(email, 1);
        for (int i = 0; i < 3; i++) {
            scheduler().runOnce();
        }
        assertEquals("arrives exactly once", 1, to(email).size());
        MailJob done = store().about(MailKind.POST_PURCHASE, orderId).get(0);
        assertEquals(MailStatus.SENT, done.getStatus());
        assertEquals(3, done.getAttempts());
    }

    @Test
    public void anInvalidAddressIsSkippedWithItsReason() throws Exception {
        String email = "ann..b-" + System.nanoTime() + "@example.com"; // the shop's checkout takes it, mail servers do not
        String number = guestOrder(email, "Laptop Sleeve 16 in");
        clock().advance(Duration.ofMinutes(2));
        scheduler().runOnce();
        MailJob job = store().about(MailKind.POST_PURCHASE, Orders.orderId(number)).get(0);
        assertEquals(MailStatus.SKIPPED, job.getStatus());
        assertEquals("invalid e-mail address '" + email + "'", job.getReason());
        assertEquals("one attempt, no loop", 1, job.getAttempts());
    }

    @Test
    public void aCustomerWithoutAnAddressIsSkippedWithItsReason() throws Exception {
        String email = unique("no-address");
        Shopper s = registered(email, "Noa");
        s.add("Laptop Sleeve 16 in", 1);
        long cartId = cartOf(email);
        CustomerService customers = bean("blCustomerService", CustomerService.class);
        Customer c = customers.readCustomerByEmail(email);
        c.setEmailAddress(null);
        customers.saveCustomer(c);
        clock().advance(Duration.ofMinutes(4));
        scheduler().runOnce();
        MailJob job = store().about(MailKind.ABANDONED_CART, cartId).get(0);
        assertEquals(MailStatus.SKIPPED, job.getStatus());
        assertEquals("no e-mail address", job.getReason());
        scheduler().runOnce();
        assertEquals("skipped once, not retried", 1, store().about(MailKind.ABANDONED_CART, cartId).get(0).getAttempts());
    }

    @Test
    public void theMerchandisersTipIsTextEscapedInTheHtmlPart() throws Exception {
        bean("blUpliftMailSettings", JdbcMailSettings.class).save(new MailSettings(true, 1, "Tips & more", true, 3,
                "Cart", 24, 4, UsageTips.parse("category 2: Use <b>care</b> & \"love\" <script>alert(1)</script>")));
        String email = unique("escaped");
        guestOrder(email, "Nova X 128 GB");
        clock().advance(Duration.ofMinutes(2));
        MimeMessage m = sendUntil(email, 1).get(0);
        assertEquals("Tips & more", m.getSubject());
        String html = part(m, "text/html");
        assertFalse(html, html.contains("<script>") || html.contains("<b>care"));
        assertTrue(html, html.contains("&lt;b&gt;care&lt;/b&gt;"));
        assertEquals("Nova X 128 GB: Use <b>care</b> & \"love\" <script>alert(1)</script>",
                Jsoup.parse(html).selectFirst(".uplift-mail__tip").text());
        assertTrue("the text part has it as typed", part(m, "text/plain").contains("Use <b>care</b> & \"love\""));
    }

    @Test
    public void theSchedulerThreadSendsOnItsOwn() throws Exception {
        String email = unique("thread");
        guestOrder(email, "Laptop Sleeve 16 in");
        clock().advance(Duration.ofMinutes(2));
        scheduler().start();
        try {
            long deadline = System.currentTimeMillis() + 30000;
            while (to(email).isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
        } finally {
            scheduler().stop();
        }
        assertEquals(1, to(email).size());
    }

    /**
     * The composer reads the shop's widgets (its own entity manager, so its own connection) before its transaction
     * begins, never inside it: a thread holding two connections hung the soak's store on HSQLDB (the second one
     * queued behind an automatic CHECKPOINT that waited for the thread's open transaction).
     */
    @Test
    public void theShopsWidgetsAreReadBeforeTheComposingTransactionBegins() throws Exception {
        final io.uplift.slot.WidgetSettingsSource real = bean("blUpliftWidgetSettingsSource",
                io.uplift.slot.WidgetSettingsSource.class);
        final List<Boolean> inTransaction = new ArrayList<>();
        io.uplift.slot.WidgetSettingsSource watched = () -> {
            inTransaction.add(org.springframework.transaction.support.TransactionSynchronizationManager
                    .isActualTransactionActive());
            return real.loadAll();
        };
        MailComposer composer = new MailComposer(bean("blOrderService",
                org.broadleafcommerce.core.order.service.OrderService.class),
                bean("blUpliftCatalogFacts", io.uplift.engine.CatalogFacts.class),
                bean("blUpliftWidgetProviderRegistry", io.uplift.slot.WidgetProviderRegistry.class), watched,
                bean("blTransactionManager", PlatformTransactionManager.class),
                bean("blUpliftMailLinks", io.uplift.broadleaf.mail.MailLinkFactory.class));
        String number = guestOrder(unique("one-connection"), "Nova X 128 GB");
        io.uplift.broadleaf.mail.ComposedMail mail = composer.preview(MailKind.POST_PURCHASE, number, SETTINGS);
        assertTrue("composed: " + mail.getReason(), mail.isMessage());
        assertFalse("suggestions from the shop's widget", ((List<?>) mail.getVariables().get("suggestions")).isEmpty());
        assertEquals("read once, outside the transaction", java.util.Collections.singletonList(false), inTransaction);
    }

    /**
     * The checkout step schedules the post-purchase e-mail once the checkout's transaction has committed (with a
     * connection of its own, after the checkout's is done): nothing while it is open, nothing when it rolls back.
     */
    @Test
    public void thePostPurchaseEmailIsScheduledOnlyOnceTheCheckoutCommits() throws Exception {
        String email = unique("after-commit");
        Shopper s = registered(email, "Cleo");
        s.add("Laptop Sleeve 16 in", 1);
        final long cartId = cartOf(email);
        final io.uplift.broadleaf.mail.MailCheckoutActivity step = bean("blUpliftMailCheckoutActivity",
                io.uplift.broadleaf.mail.MailCheckoutActivity.class);
        final org.broadleafcommerce.core.order.service.OrderService orders = bean("blOrderService",
                org.broadleafcommerce.core.order.service.OrderService.class);
        org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support
                .TransactionTemplate(bean("blTransactionManager", PlatformTransactionManager.class));
        for (final boolean commit : new boolean[] {false, true}) {
            Integer during = tx.execute(status -> {
                org.broadleafcommerce.core.workflow.DefaultProcessContextImpl<
                        org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed> context =
                        new org.broadleafcommerce.core.workflow.DefaultProcessContextImpl<>();
                context.setSeedData(new org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed(
                        orders.findOrderById(cartId), new java.util.HashMap<String, Object>()));
                try {
                    step.execute(context);
                    return store().about(MailKind.POST_PURCHASE, cartId).size();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    if (!commit) {
                        status.setRollbackOnly();
                    }
                }
            });
            assertEquals("nothing while the checkout's transaction is open", Integer.valueOf(0), during);
            assertEquals(commit ? "scheduled after the commit" : "nothing after a rollback", commit ? 1 : 0,
                    store().about(MailKind.POST_PURCHASE, cartId).size());
        }
    }

    // helpers ------------------------------------------------------------------------------------------------------

    static ApplicationContext context() {
        return DemoStoreHarness.siteContext();
    }

    static <T> T bean(String id, Class<T> type) {
        return context().getBean(id, type);
    }

    static MailScheduler scheduler() {
        return bean("blUpliftMailScheduler", MailScheduler.class);
    }

    static OffsetClock clock() {
        return bean("blUpliftMailClock", OffsetClock.class);
    }

    static JdbcMailStore store() {
        return bean("blUpliftMailStore", JdbcMailStore.class);
    }

    /** Another storefront node on the same database: a scheduler of its own over the same beans. */
    static MailScheduler secondNode(String name) {
        return new MailScheduler(store(), bean("blUpliftMailSettings", JdbcMailSettings.class),
                bean("blUpliftMailComposer", MailComposer.class), bean("blUpliftEmailService", EmailService.class),
                bean("blTransactionManager", PlatformTransactionManager.class), bean("webDS", DataSource.class), clock(),
                bean("blUpliftMailBackoff", Backoff.class), bean("blUpliftWidgetFailures", FailureSink.class),
                "shop@uplift-demo.example", 1000, 300000, 50, name);
    }

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() + "@example.com";
    }

    static String guestOrder(String email, String... products) throws Exception {
        Shopper s = new Shopper();
        for (String p : products) {
            s.add(p, 1);
        }
        return s.checkout(email);
    }

    /** A customer registered through Broadleaf's customer service, signed in through the sign-in page. */
    static Shopper registered(String email, String firstName) throws Exception {
        CustomerService customers = bean("blCustomerService", CustomerService.class);
        Customer c = customers.createNewCustomer();
        c.setUsername(email);
        c.setEmailAddress(email);
        c.setFirstName(firstName);
        c.setLastName("Mail");
        customers.registerCustomer(c, "secret1", "secret1");
        Shopper s = new Shopper();
        Document login = Http.parse(s.http.get(DemoStoreHarness.site("/login")));
        Map<String, String> form = Http.formFields(login.selectFirst("form.login__form"));
        form.put("j_username", email);
        form.put("j_password", "secret1");
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site("/login_post.htm"), form);
        assertEquals(r.body(), 302, r.statusCode());
        assertFalse(r.headers().firstValue("Location").orElse("").contains("error"));
        return s;
    }

    static long cartOf(String email) throws Exception {
        List<Long> ids = Sql.ids("SELECT o.ORDER_ID FROM BLC_ORDER o JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = o.CUSTOMER_ID"
                + " WHERE c.EMAIL_ADDRESS = '" + email + "' AND o.ORDER_STATUS = 'IN_PROCESS'");
        assertEquals("one cart of " + email, 1, ids.size());
        return ids.get(0);
    }

    static GreenMail mail() {
        return DemoStoreHarness.store().getMailServer();
    }

    static List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> list = new ArrayList<>();
        for (MimeMessage m : mail().getReceivedMessages()) {
            javax.mail.Address[] to = m.getRecipients(Message.RecipientType.TO);
            if (to != null && to.length == 1 && to[0].toString().equalsIgnoreCase(address)) {
                list.add(m);
            }
        }
        return list;
    }

    static List<String> subjects(List<MimeMessage> messages) throws Exception {
        List<String> s = new ArrayList<>();
        for (MimeMessage m : messages) {
            s.add(m.getSubject());
        }
        return s;
    }

    /** Runs scheduler rounds until {@code count} messages reached the address (at most 30 s). */
    static List<MimeMessage> sendUntil(String address, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 30000;
        while (to(address).size() < count && System.currentTimeMillis() < deadline) {
            scheduler().runOnce();
            if (to(address).size() < count) {
                Thread.sleep(200);
            }
        }
        List<MimeMessage> got = to(address);
        assertEquals("messages to " + address + " (jobs: " + jobsOf(address) + ")", count, got.size());
        return got;
    }

    static String jobsOf(String address) throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        for (MailJob j : store().recent(50)) {
            if (address.equalsIgnoreCase(j.getRecipient()) || j.getRecipient() == null) {
                m.put(j.getKey(), j.getStatus() + " " + j.getReason() + " " + j.getLastError());
            }
        }
        return m.toString();
    }

    static String part(Part p, String type) throws Exception {
        return DemoMailboxController.part(p, type);
    }

}
