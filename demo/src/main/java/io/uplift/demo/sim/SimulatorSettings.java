package io.uplift.demo.sim;

import io.uplift.demo.CommandOptions;

import java.net.URI;
import java.util.Locale;

/**
 * What a traffic simulation does, checked on the way in (a bad value is refused with a message quoting it): the demo
 * site on the loopback interface only, how many shoppers, how long at most, how many at a time, and the shoppers'
 * habits as probabilities. Immutable.
 */
public final class SimulatorSettings {

    public static final int MAX_SHOPPERS = 5000;
    public static final int MAX_SECONDS = 3600;
    public static final int MAX_CONCURRENCY = 16;

    final URI site;
    final int shoppers;
    final int seconds;
    final int concurrency;
    final double accept;
    final double ownAdd;
    final double checkout;
    final long seed;

    /**
     * @param site        the storefront's base URL; its host must be the loopback interface
     * @param shoppers    shoppers to simulate (1 to {@value #MAX_SHOPPERS})
     * @param seconds     at most this long (1 to {@value #MAX_SECONDS}); no shopper starts after it
     * @param concurrency shoppers at a time (1 to {@value #MAX_CONCURRENCY})
     * @param accept      probability that a shopper adds a product a widget suggests, per page with suggestions
     * @param ownAdd      probability that a shopper adds the viewed product with the shop's own button
     * @param checkout    probability that a shopper with a cart checks out
     * @param seed        makes a run repeatable
     */
    public SimulatorSettings(URI site, int shoppers, int seconds, int concurrency, double accept, double ownAdd,
            double checkout, long seed) {
        if (site == null || !"http".equals(site.getScheme()) || !isLoopback(site.getHost())) {
            throw new IllegalArgumentException("the simulator only drives a store on this machine's loopback interface"
                    + " (http://127.0.0.1:PORT or http://localhost:PORT): '" + site + "'");
        }
        range("shoppers", shoppers, 1, MAX_SHOPPERS);
        range("seconds", seconds, 1, MAX_SECONDS);
        range("concurrency", concurrency, 1, MAX_CONCURRENCY);
        probability("accept", accept);
        probability("own-add", ownAdd);
        probability("checkout", checkout);
        String base = site.toString();
        this.site = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.shoppers = shoppers;
        this.seconds = seconds;
        this.concurrency = concurrency;
        this.accept = accept;
        this.ownAdd = ownAdd;
        this.checkout = checkout;
        this.seed = seed;
    }

    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
    }

    private static void range(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("--" + what + " must be from " + min + " to " + max + ": " + value);
        }
    }

    private static void probability(String what, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("--" + what + " is a probability from 0 to 1: " + p);
        }
    }

    /** Reads {@code --site URL --shoppers N --seconds S --concurrency C --accept P --own-add P --checkout P --seed N}. */
    public static SimulatorSettings parse(String[] args) {
        CommandOptions o = CommandOptions.parse(args, "--site", "--shoppers", "--seconds", "--concurrency", "--accept",
                "--own-add", "--checkout", "--seed");
        String number = "a number";
        URI site = URI.create(o.text("--site", "http://127.0.0.1:8080"));
        int shoppers = o.value("--shoppers", 200, Integer::valueOf, number);
        int seconds = o.value("--seconds", 300, Integer::valueOf, number);
        int concurrency = o.value("--concurrency", 4, Integer::valueOf, number);
        double accept = o.value("--accept", 0.3, Double::valueOf, number);
        double ownAdd = o.value("--own-add", 0.5, Double::valueOf, number);
        double checkout = o.value("--checkout", 0.6, Double::valueOf, number);
        long seed = o.value("--seed", 42L, Long::valueOf, number);
        return new SimulatorSettings(site, shoppers, seconds, concurrency, accept, ownAdd, checkout, seed);
    }
}
