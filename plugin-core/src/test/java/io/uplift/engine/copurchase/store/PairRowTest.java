package io.uplift.engine.copurchase.store;

import org.junit.Test;

import java.util.SplittableRandom;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The partner table against plain arrays, through many segment growths and splits. */
public class PairRowTest {

    @Test
    public void countsSurviveGrowthAndSplitsOfSegments() {
        int partners = 30_000;
        int[] together = new int[partners];
        long[] weight = new long[partners];
        PairRow row = new PairRow();
        SplittableRandom random = new SplittableRandom(1);
        long restructures = 0;
        for (int k = 0; k < 150_000; k++) {
            int b = random.nextInt(partners);
            long w = 1 + random.nextInt(1000);
            together[b]++;
            weight[b] += w;
            restructures += row.add(b, w) ? 1 : 0;
        }
        int distinct = 0;
        for (int b = 0; b < partners; b++) {
            assertEquals(together[b], row.together(b));
            assertEquals(weight[b], row.weight(b));
            distinct += together[b] > 0 ? 1 : 0;
        }
        assertEquals(distinct, row.size());
        assertTrue("segments grew and split: " + restructures, restructures > 20);
        assertEquals(0, row.together(partners + 5));
    }

    @Test
    public void aPresizedRowTakesItsPartnersAndListsThemInOrder() {
        PairRow row = new PairRow(5000);
        for (int b = 9999; b >= 0; b -= 2) {
            row.put(b, b % 7 + 1, b * 3L);
        }
        assertEquals(5000, row.size());
        int[] partners = new int[5000];
        int[] together = new int[5000];
        long[] weight = new long[5000];
        int n = row.partnersAbove(4000, partners, together, weight, new long[5000]);
        assertEquals(3000, n);
        for (int i = 0; i < n; i++) {
            int b = 4001 + 2 * i;
            assertEquals(b, partners[i]);
            assertEquals(b % 7 + 1, together[i]);
            assertEquals(b * 3L, weight[i]);
        }
        assertTrue(row.memoryBytes() > 5000 * 16);
    }
}
