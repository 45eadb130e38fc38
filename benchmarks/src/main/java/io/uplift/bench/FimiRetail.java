package io.uplift.bench;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.basket.OrderHistory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * FIMI's retail.dat (a Belgian supermarket: 88,162 baskets, 16,470 products; one basket per line, product
 * numbers separated by spaces), read from the class path: it ships at the root of Mahout 0.9's test jar, which
 * Maven fetches as a dependency of this module. Nothing is stored in the repository.
 */
final class FimiRetail {

    static final String RESOURCE = "/retail.dat";

    private FimiRetail() {
    }

    /** The file's bytes, read from the class path (inflated from the jar). */
    static byte[] read() {
        try (InputStream in = FimiRetail.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: it comes from "
                        + "org.apache.mahout:mahout-core:0.9:tests (see benchmarks/pom.xml)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Receives the product numbers of one line. */
    interface LineVisitor {
        void line(int lineNumber, long[] products, int n);
    }

    /** Parses every non-empty line; the array is reused between calls. */
    static int parse(byte[] data, LineVisitor visitor) {
        long[] products = new long[128];
        int n = 0;
        int lines = 0;
        long value = 0;
        boolean inNumber = false;
        for (int i = 0; i <= data.length; i++) {
            int c = i < data.length ? data[i] : '\n';
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                inNumber = true;
                continue;
            }
            if (inNumber) {
                if (n == products.length) {
                    products = Arrays.copyOf(products, n * 2);
                }
                products[n++] = value;
                value = 0;
                inNumber = false;
            }
            if (c == '\n') {
                if (n > 0) {
                    visitor.line(++lines, products, n);
                }
                n = 0;
            }
        }
        return lines;
    }

    /** The file as an order history: order id = line number, submit time 0, parsed while streamed. */
    static OrderHistory history(byte[] data) {
        return (sinceMillis, visitor) -> {
            long[] visited = new long[1];
            parse(data, (line, products, n) -> {
                if (sinceMillis <= 0) {
                    visitor.visit(new Basket(line, Basket.ANONYMOUS, 0, Arrays.copyOf(products, n)));
                    visited[0]++;
                }
            });
            return visited[0];
        };
    }

    /** The file as Smile wants it: one int[] of distinct products per basket. */
    static int[][] transactions(byte[] data) {
        int[][][] out = {new int[1 << 17][]};
        int[] count = {0};
        parse(data, (line, products, n) -> {
            long[] sorted = Arrays.copyOf(products, n);
            Arrays.sort(sorted);
            int[] items = new int[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    items[k++] = (int) sorted[i];
                }
            }
            if (count[0] == out[0].length) {
                out[0] = Arrays.copyOf(out[0], count[0] * 2);
            }
            out[0][count[0]++] = k == n ? items : Arrays.copyOf(items, k);
        });
        return Arrays.copyOf(out[0], count[0]);
    }
}
