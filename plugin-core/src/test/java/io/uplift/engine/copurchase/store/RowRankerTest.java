package io.uplift.engine.copurchase.store;

import io.uplift.engine.copurchase.PairScorer;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.Assert.assertEquals;

/** The quickselect ranking against a plain full sort, with rising scores and with masses of ties. */
public class RowRankerTest {

    /** Coarse scores, so that hundreds of partners tie at the cut. */
    private static final PairScorer COARSE = Fixtures.scorer("coarse", f -> f.together / 3);

    @Test
    public void selectionEqualsAFullSortWhateverTheTiesAndOrder() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 200; round++) {
            int partners = 1 + random.nextInt(round % 3 == 0 ? 20 : 2000);
            int rowLength = 1 + random.nextInt(60);
            ItemDirectory items = new ItemDirectory();
            int a = items.indexOrAdd(-1);
            items.addCount(a, 100_000);
            int[] together = new int[partners];
            for (int b = 0; b < partners; b++) {
                // ids out of index order; counts with many ties; together rising along the offer order
                int index = items.indexOrAdd(1_000_003L * (b % 7) + b);
                items.addCount(index, 1 + random.nextInt(4));
                together[b] = round % 2 == 0 ? 1 + b / 50 : 1 + random.nextInt(12);
            }
            RowRanker ranker = new RowRanker(COARSE, rowLength);
            ranker.begin(items, a, 200_000);
            for (int b = 0; b < partners; b++) {
                ranker.offer(b + 1, together[b], 1);
            }
            int[] row = ranker.finish();

            List<Integer> all = new ArrayList<>();
            for (int b = 0; b < partners; b++) {
                all.add(b);
            }
            all.sort(Comparator.<Integer>comparingDouble(b -> -(double) (together[b] / 3))
                    .thenComparingInt(b -> -items.count(b + 1))
                    .thenComparingLong(b -> items.id(b + 1)));
            int n = Math.min(rowLength, partners);
            assertEquals(n, RowRanker.length(row));
            for (int r = 0; r < n; r++) {
                int b = all.get(r);
                assertEquals("round " + round + " rank " + r, b + 1, RowRanker.item(row, r));
                assertEquals(together[b], RowRanker.together(row, r));
                assertEquals(together[b] / 3, RowRanker.score(row, r), 0);
            }
        }
    }

    @Test
    public void aProductWithoutPartnersHasTheEmptyRow() {
        ItemDirectory items = new ItemDirectory();
        items.addCount(items.indexOrAdd(5), 1);
        RowRanker ranker = new RowRanker(COARSE, 3);
        ranker.begin(items, 0, 1);
        assertEquals(0, RowRanker.length(ranker.finish()));
    }
}
