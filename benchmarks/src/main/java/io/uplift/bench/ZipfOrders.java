package io.uplift.bench;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.basket.OrderHistory;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic orders: products drawn from a Zipf popularity (exponent 1: the most popular product is
 * in about a quarter of the 4-item orders, half of the products sell a few times), distinct within an order.
 * Product ids are a fixed permutation of the ranks, so popularity does not follow id order.
 */
public final class ZipfOrders {

    /**
     * Writes the 1M-order synthetic set of {@code bin/uplift bench} (seed 1, 100,000 products, 4 per order) as a
     * basket file, one order per line in order id order, for harnesses outside this module
     * ({@code bin/uplift spark-bench}): {@code ZipfOrders FILE}.
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length != 1) {
            System.err.println("usage: ZipfOrders FILE");
            System.exit(2);
        }
        int n = EngineBench.SYNTHETIC_ITEMS;
        long[] flat = new ZipfOrders(EngineBench.SYNTHETIC_PRODUCTS, 1.0).generate(1, EngineBench.SYNTHETIC_ORDERS, n);
        try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(java.nio.file.Paths.get(args[0]))) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < flat.length / n; k++) {
                line.setLength(0);
                for (int i = 0; i < n; i++) {
                    line.append(i == 0 ? "" : " ").append(flat[k * n + i]);
                }
                out.write(line.append('\n').toString());
            }
        }
    }

    private final int products;
    private final double[] cdf;

    ZipfOrders(int products, double exponent) {
        this.products = products;
        cdf = new double[products];
        double sum = 0;
        for (int r = 0; r < products; r++) {
            sum += 1 / Math.pow(r + 1, exponent);
            cdf[r] = sum;
        }
        for (int r = 0; r < products; r++) {
            cdf[r] /= sum;
        }
    }

    int products() {
        return products;
    }

    /** The product id of a popularity rank (0 = most popular). */
    long id(int rank) {
        return 1_000_000L + (rank * 7_919L) % products;
    }

    int rank(SplittableRandom random) {
        int i = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(products - 1, i >= 0 ? i : -i - 1);
    }

    /** One order of {@code n} distinct products (as ids). */
    long[] order(SplittableRandom random, int n) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            long id;
            boolean duplicate;
            do {
                id = id(rank(random));
                duplicate = false;
                for (int j = 0; j < i; j++) {
                    duplicate |= ids[j] == id;
                }
            } while (duplicate);
            ids[i] = id;
        }
        return ids;
    }

    /** {@code orders} orders of {@code n} products, generated up front (ids flat, n per order). */
    long[] generate(long seed, int orders, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] flat = new long[orders * n];
        for (int k = 0; k < orders; k++) {
            System.arraycopy(order(random, n), 0, flat, k * n, n);
        }
        return flat;
    }

    /** Streams generated orders (order ids 1..orders) as an order history. */
    static OrderHistory history(long[] flat, int n) {
        int orders = flat.length / n;
        return new OrderHistory() {
            @Override
            public long forEachSince(long sinceMillis, BasketVisitor visitor) {
                // every generated order has submit time 0: all of them, or none after a later time
                if (sinceMillis > 0) {
                    return 0;
                }
                long visited = 0;
                for (int k = 0; k < orders; k++) {
                    visitor.visit(new Basket(k + 1, Basket.ANONYMOUS, 0, Arrays.copyOfRange(flat, k * n, k * n + n)));
                    visited++;
                }
                return visited;
            }

            @Override
            public long countSince(long sinceMillis) {
                return sinceMillis > 0 ? 0 : orders;
            }
        };
    }
}
