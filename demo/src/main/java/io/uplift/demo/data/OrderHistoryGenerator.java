package io.uplift.demo.data;

import io.uplift.demo.data.DemoCatalog.Product;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic order history with a realistic co-purchase structure: devices bought with their accessories
 * (a case and screen protector for that phone, a mouse and bag for a laptop, sometimes a protection plan),
 * accessory-only baskets drawn by popularity (a few best-sellers, a long tail), small add-on items, spread over the
 * last {@code days} days. Same seed, same history.
 */
public final class OrderHistoryGenerator {

    /** One generated order. */
    public static final class Order {
        public final int customerIndex;
        /** Days before "now" (0 = today), with a fraction for the time of day. */
        public final double daysAgo;
        /** Product to quantity, in the order added. */
        public final Map<Product, Integer> lines;

        Order(int customerIndex, double daysAgo, Map<Product, Integer> lines) {
            this.customerIndex = customerIndex;
            this.daysAgo = daysAgo;
            this.lines = Collections.unmodifiableMap(lines);
        }
    }

    private final DemoCatalog catalog;
    private final Random random;
    private final List<Product> accessoryPool = new ArrayList<Product>();
    private final double[] accessoryWeights;

    public OrderHistoryGenerator(DemoCatalog catalog, long seed) {
        this.catalog = catalog;
        this.random = new Random(seed);
        for (Product p : catalog.products()) {
            if (p.active && p.popularity > 0 && p.category != catalog.phones && p.category != catalog.laptops
                    && p.category != catalog.services) {
                accessoryPool.add(p);
            }
        }
        accessoryWeights = new double[accessoryPool.size()];
        for (int i = 0; i < accessoryWeights.length; i++) {
            accessoryWeights[i] = accessoryPool.get(i).popularity;
        }
    }

    /**
     * @param orders    how many orders
     * @param customers how many distinct customers place them (each at least once when orders &gt;= customers)
     * @param days      spread over this many days before now
     */
    public List<Order> generate(int orders, int customers, int days) {
        if (orders < 1 || customers < 1 || days < 1) {
            throw new IllegalArgumentException("orders, customers and days must be positive: " + orders + ", "
                    + customers + ", " + days);
        }
        List<Order> out = new ArrayList<Order>(orders);
        for (int i = 0; i < orders; i++) {
            // the first pass gives every customer an order, then repeat customers follow a skewed distribution
            int customer = i < customers ? i : (int) Math.floor(Math.pow(random.nextDouble(), 1.8) * customers);
            // slightly more orders in recent weeks
            double daysAgo = days * Math.pow(random.nextDouble(), 1.15);
            out.add(new Order(customer, daysAgo, basket()));
        }
        return out;
    }

    private Map<Product, Integer> basket() {
        Map<Product, Integer> lines = new LinkedHashMap<Product, Integer>();
        double mission = random.nextDouble();
        if (mission < 0.22) {
            phoneMission(lines);
        } else if (mission < 0.34) {
            laptopMission(lines);
        } else {
            int n = 1 + (random.nextDouble() < 0.5 ? 0 : random.nextInt(3));
            for (int i = 0; i < n; i++) {
                Product p = accessoryPool.get(weighted(accessoryWeights));
                add(lines, p, p.category == catalog.smallItems && random.nextDouble() < 0.25 ? 2 : 1);
                if (p.name.endsWith(" Case") && random.nextDouble() < 0.5) {
                    add(lines, protectorFor(p), 1);
                }
            }
        }
        if (random.nextDouble() < 0.12) {
            add(lines, catalog.giftWrap, 1);
        }
        return lines;
    }

    private void phoneMission(Map<Product, Integer> lines) {
        int family = pickFamily(catalog.phoneFamilies);
        List<Product> tiers = catalog.phoneFamilies.get(family);
        Product phone = tiers.get(weighted(new double[] {tiers.get(0).popularity, tiers.get(1).popularity, tiers.get(2).popularity}));
        add(lines, phone, 1);
        List<Product> acc = catalog.phoneFamilyAccessories.get(family);
        maybe(lines, acc.get(0), 0.62);
        maybe(lines, acc.get(1), 0.48);
        maybe(lines, acc.get(2), 0.12);
        maybe(lines, catalog.charger20, 0.30);
        maybe(lines, catalog.cableUsbC1m, 0.22);
        maybe(lines, catalog.powerBank, 0.08);
        maybe(lines, catalog.cloth, 0.10);
        plan(lines, 0.24);
    }

    private void laptopMission(Map<Product, Integer> lines) {
        int family = pickFamily(catalog.laptopFamilies);
        List<Product> tiers = catalog.laptopFamilies.get(family);
        Product laptop = tiers.get(weighted(new double[] {tiers.get(0).popularity, tiers.get(1).popularity, tiers.get(2).popularity}));
        add(lines, laptop, 1);
        maybe(lines, catalog.mouse, 0.50);
        maybe(lines, family == 0 ? catalog.bag14 : catalog.sleeve16, 0.40);
        maybe(lines, catalog.hub, 0.32);
        maybe(lines, catalog.keyboard, 0.12);
        maybe(lines, catalog.ssd, 0.10);
        maybe(lines, catalog.laptopStand, 0.10);
        maybe(lines, catalog.mousePad, 0.08);
        plan(lines, 0.28);
    }

    private void plan(Map<Product, Integer> lines, double probability) {
        if (random.nextDouble() < probability) {
            double r = random.nextDouble();
            add(lines, r < 0.35 ? catalog.protection1 : r < 0.8 ? catalog.protection2 : catalog.protection3, 1);
        }
    }

    private int pickFamily(List<List<Product>> families) {
        double[] w = new double[families.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = families.get(i).get(0).popularity;
        }
        return weighted(w);
    }

    private Product protectorFor(Product phoneCase) {
        for (List<Product> acc : catalog.phoneFamilyAccessories) {
            if (acc.get(0) == phoneCase) {
                return acc.get(1);
            }
        }
        return catalog.cloth;
    }

    private void maybe(Map<Product, Integer> lines, Product p, double probability) {
        if (random.nextDouble() < probability) {
            add(lines, p, 1);
        }
    }

    private static void add(Map<Product, Integer> lines, Product p, int quantity) {
        Integer q = lines.get(p);
        lines.put(p, q == null ? quantity : q + quantity);
    }

    private int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
