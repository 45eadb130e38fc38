package io.uplift.demo.sim;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulated shoppers on the demo storefront, through its real pages and forms: each one (its own cookies, so its own
 * session and cart) opens the home page, a category, one to four product pages; on a page with suggestions it adds
 * one of them with the given probability (the widget's own form, as a browser without JavaScript sends it, so every
 * field the plugin renders goes along), adds the viewed product with the shop's button with another; in the cart it
 * may take a free-shipping gap filler; then it checks out with the demo's form (cash on delivery) with the given
 * probability. Bounded: a number of shoppers, a time limit (no shopper starts after it, requests time out after 30 s),
 * a few at a time, loopback only. Sends an ordinary browser User-Agent (the plugin does not count bots).
 *
 * <p>Usage: {@code bin/uplift simulate [--site http://127.0.0.1:8080] [--shoppers 200] [--seconds 300]
 * [--concurrency 4] [--accept 0.3] [--own-add 0.5] [--checkout 0.6] [--seed 42]}; prints what it did.</p>
 */
public final class TrafficSimulator {

    /** An ordinary desktop browser's User-Agent, with the simulator named at the end. */
    public static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/120.0 Safari/537.36 UpliftTrafficSimulator/1.0";
    /** Checkout e-mail addresses of simulated shoppers: {@code sim-<run seed>-<shopper>@example.com}. */
    public static final String EMAIL_PREFIX = "sim-";

    /** What a run did. */
    public static final class Report {
        public final AtomicLong shoppers = new AtomicLong();
        public final AtomicLong pages = new AtomicLong();
        public final AtomicLong suggestionAdds = new AtomicLong();
        public final AtomicLong ownAdds = new AtomicLong();
        public final AtomicLong fillerAdds = new AtomicLong();
        public final AtomicLong orders = new AtomicLong();
        /** Shoppers whose every add was refused, found at the checkout (a refusal, not an error). */
        public final AtomicLong emptyCarts = new AtomicLong();
        public final AtomicLong events = new AtomicLong();
        public final AtomicLong errors = new AtomicLong();
        public final List<String> errorSamples = Collections.synchronizedList(new ArrayList<String>());
        public final List<String> orderNumbers = Collections.synchronizedList(new ArrayList<String>());
        public volatile long millis;

        void error(String what) {
            errors.incrementAndGet();
            if (errorSamples.size() < 10) {
                errorSamples.add(what);
            }
        }

        @Override
        public String toString() {
            return String.format("shoppers %d, pages %d, events sent %d, suggestions added %d, own adds %d, gap fillers"
                    + " added %d, orders %d, carts empty at checkout %d, errors %d, %.1f s%s", shoppers.get(), pages.get(),
                    events.get(), suggestionAdds.get(), ownAdds.get(), fillerAdds.get(), orders.get(), emptyCarts.get(),
                    errors.get(), millis / 1000.0,
                    errorSamples.isEmpty() ? "" : " " + errorSamples);
        }
    }

    private final SimulatorSettings settings;

    public TrafficSimulator(SimulatorSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        SimulatorSettings settings;
        try {
            settings = SimulatorSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("simulate: " + e.getMessage());
            System.exit(2);
            return;
        }
        Report report = new TrafficSimulator(settings).run();
        System.out.println("simulate: " + report);
        System.exit(report.errors.get() == 0 ? 0 : 1);
    }

    /** Runs the shoppers; returns when all have finished or the time is up (then at most 30 s more). */
    public Report run() throws InterruptedException {
        final Report report = new Report();
        final long start = System.nanoTime();
        final long deadline = start + TimeUnit.SECONDS.toNanos(settings.seconds);
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency, new java.util.concurrent.ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "uplift-simulated-shopper");
                t.setDaemon(true);
                return t;
            }
        });
        for (int i = 0; i < settings.shoppers; i++) {
            final int index = i;
            pool.execute(new Runnable() {
                @Override
                public void run() {
                    if (System.nanoTime() > deadline) {
                        return;
                    }
                    report.shoppers.incrementAndGet();
                    try {
                        new Shopper(index, new Random(settings.seed * 1_000_003L + index), report, deadline).visit();
                    } catch (IOException | RuntimeException | LinkageError e) {
                        // a shopper that fails is reported, never lost silently with its pool thread
                        report.error("shopper " + index + ": " + e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(settings.seconds + 30L, TimeUnit.SECONDS);
        pool.shutdownNow();
        report.millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return report;
    }

    /** One shopper: its own cookie jar, its own random choices. */
    private final class Shopper {
        private final int index;
        private final Random random;
        private final Report report;
        private final long deadline;
        /** This shopper's cookies (its session). */
        private final SiteSession session = new SiteSession(settings.site, false);
        private boolean hasCart;
        private int lastStatus;

        Shopper(int index, Random random, Report report, long deadline) {
            this.index = index;
            this.random = random;
            this.report = report;
            this.deadline = deadline;
        }

        void visit() throws IOException {
            Document home = get("/");
            List<String> categories = hrefs(home.select(".store-nav a[href]"));
            Document listing = categories.isEmpty() ? home : get(pick(categories));
            List<String> products = hrefs(listing.select(".product-card a[href]"));
            if (products.isEmpty()) {
                products = hrefs(home.select(".product-card a[href]"));
            }
            if (products.isEmpty()) {
                String text = home.text();
                report.error("shopper " + index + ": no product to visit (home page answered " + lastStatus + ": '"
                        + (text.length() > 120 ? text.substring(0, 120) : text) + "')");
                return;
            }
            int views = 1 + random.nextInt(4);
            for (int v = 0; v < views && !products.isEmpty() && System.nanoTime() < deadline; v++) {
                String path = pick(products);
                Document page = get(path);
                List<String> events = seen(page);
                Elements cards = page.select("form.uplift-widget__form button[name=productId]");
                if (!cards.isEmpty() && random.nextDouble() < settings.accept) {
                    Element button = cards.get(random.nextInt(cards.size()));
                    if (submit(button.closest("form"), button, report.suggestionAdds)) {
                        hasCart = true;
                    }
                }
                Element own = page.selectFirst("form.add-to-cart");
                if (own != null && own.selectFirst("button[disabled]") == null && random.nextDouble() < settings.ownAdd) {
                    if (submit(own, null, report.ownAdds)) {
                        hasCart = true;
                    }
                }
                Elements links = page.select("[data-uplift-page-view] [data-uplift-widget] .uplift-card[data-product-id] a[href]");
                if (!links.isEmpty() && random.nextBoolean()) {
                    // follows a suggestion to its page now and then: a click, as the page's script reports it
                    Element link = links.get(random.nextInt(links.size()));
                    events.add(event("CLICK", link.closest("[data-uplift-page-view]").attr("data-uplift-page-view"),
                            link.closest("[data-uplift-widget]").attr("data-uplift-widget"),
                            link.closest(".uplift-card").attr("data-product-id")));
                    products = java.util.Collections.singletonList(link.attr("href"));
                }
                send(page, events);
            }
            if (!hasCart || random.nextDouble() >= settings.checkout || System.nanoTime() > deadline) {
                return;
            }
            Document cart = get("/cart");
            Elements fillers = cart.select("form.uplift-nudge__form button[name=productId]");
            if (!fillers.isEmpty() && random.nextDouble() < settings.accept) {
                Element button = fillers.get(random.nextInt(fillers.size()));
                submit(button.closest("form"), button, report.fillerAdds);
            }
            checkout();
        }

        /**
         * The widgets of the page the shopper looks at (each with probability 0.8, as if scrolled into view), as the
         * page's script reports them: IMPRESSION_SEEN per widget and page view.
         */
        private List<String> seen(Document page) {
            List<String> out = new ArrayList<String>();
            for (Element widget : page.select("[data-uplift-page-view] [data-uplift-widget]")) {
                if (random.nextDouble() < 0.8) {
                    out.add(event("IMPRESSION_SEEN", widget.closest("[data-uplift-page-view]").attr("data-uplift-page-view"),
                            widget.attr("data-uplift-widget"), null));
                }
            }
            return out;
        }

        private String event(String type, String pageView, String widget, String product) {
            return "{\"type\":\"" + type + "\",\"pageView\":\"" + pageView + "\",\"widget\":\"" + widget + "\""
                    + (product == null ? "" : ",\"product\":\"" + product + "\"") + ",\"ts\":" + System.currentTimeMillis() + "}";
        }

        /** Sends the page's events to the plugin's endpoint with the session's CSRF token, like the page's script. */
        private void send(Document page, List<String> events) throws IOException {
            Element token = page.selectFirst("input[name=csrfToken]");
            if (events.isEmpty() || token == null) {
                return;
            }
            Map<String, String> form = new LinkedHashMap<String, String>();
            form.put("csrfToken", token.attr("value"));
            form.put("events", "[" + String.join(",", events) + "]");
            SiteSession.Answer r = session.post("/uplift/events", form);
            if (r.status == 200) {
                report.events.addAndGet(events.size());
            } else if (r.status != 429) {
                report.error("shopper " + index + ": events answered " + r.status + " " + r.body);
            }
        }

        private void checkout() throws IOException {
            Document page = get("/checkout");
            Element form = page.selectFirst("form.checkout__form");
            if (form == null && lastStatus == 302) {
                // the checkout sends an empty cart back to the cart page: every add of this shopper was refused
                // (answered with a redirect and a message, e.g. a protection plan without its device, out of stock)
                report.emptyCarts.incrementAndGet();
                return;
            }
            if (form == null) {
                report.error("shopper " + index + ": no checkout form (" + lastStatus + ")");
                return;
            }
            Map<String, String> fields = fields(form);
            fields.put("email", EMAIL_PREFIX + settings.seed + "-" + index + "@example.com");
            fields.put("firstName", "Sim");
            fields.put("lastName", "Shopper" + index);
            fields.put("address", (1 + random.nextInt(999)) + " Loopback Lane");
            fields.put("city", "Austin");
            fields.put("state", "TX");
            fields.put("postalCode", "73301");
            SiteSession.Answer r = session.post(form.attr("action"), fields);
            String location = r.location;
            if (r.status == 302 && location.contains("/confirmation/")) {
                report.orders.incrementAndGet();
                report.orderNumbers.add(location.substring(location.lastIndexOf('/') + 1));
                get(URI.create(location).getPath()); // the confirmation page (its offers render like a shopper's)
            } else {
                report.error("shopper " + index + ": checkout answered " + r.status + " " + location);
            }
        }

        /** Posts a form as a browser without JavaScript would (with the pressed button's value); true when it worked. */
        private boolean submit(Element form, Element button, AtomicLong counter) throws IOException {
            if (form == null) {
                return false;
            }
            Map<String, String> fields = fields(form);
            if (button != null) {
                fields.put(button.attr("name"), button.attr("value"));
            }
            SiteSession.Answer r = session.post(form.attr("action"), fields);
            if (r.status == 302 || r.status == 200) {
                counter.incrementAndGet();
                return true;
            }
            if (r.status >= 500) {
                report.error("shopper " + index + ": " + form.attr("action") + " answered " + r.status);
            }
            return false; // e.g. 409 out of stock: a refusal, not an error
        }

        private Document get(String path) throws IOException {
            SiteSession.Answer r = session.get(path);
            lastStatus = r.status;
            report.pages.incrementAndGet();
            if (r.status >= 500) {
                report.error("shopper " + index + ": GET " + path + " answered " + r.status);
            }
            return Jsoup.parse(r.body, settings.site.toString());
        }

        private String pick(List<String> options) {
            return options.get(random.nextInt(options.size()));
        }
    }

    /** The form's named inputs (hidden and text) with their values; buttons are left to the caller. */
    public static Map<String, String> fields(Element form) {
        Map<String, String> out = new LinkedHashMap<String, String>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (("checkbox".equals(type) || "radio".equals(type)) && !input.hasAttr("checked")) {
                continue;
            }
            out.put(input.attr("name"), input.attr("value"));
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            if (chosen == null) {
                chosen = select.selectFirst("option");
            }
            out.put(select.attr("name"), chosen == null ? "" : chosen.attr("value"));
        }
        return out;
    }

    /** Site paths of the links (same host only), without duplicates. */
    static List<String> hrefs(Elements links) {
        List<String> out = new ArrayList<String>();
        for (Element a : links) {
            String href = a.attr("href");
            if (href.startsWith("/") && !href.startsWith("//") && !out.contains(href)) {
                out.add(href);
            }
        }
        return out;
    }
}
