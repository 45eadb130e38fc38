package io.uplift.engine.eval;

import io.uplift.engine.copurchase.PairFigures;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** Baskets "a b c", "a b", "a c d": ids a0 b1 c2 d3 (counts 3, 2, 2, 1). */
public class PairStatisticsTest {

    static TrainingSet example() {
        List<List<String>> lines = new ArrayList<>();
        for (String line : new String[] {"a b c", "a b", "a c d"}) {
            lines.add(Arrays.asList(line.split(" ")));
        }
        return TrainingSet.of(lines, new int[] {0, 1, 2});
    }

    @Test
    public void rowsHoldTheCoPurchasedItemsInIdOrderWithTheirFigures() {
        PairStatistics stats = PairStatistics.of(example());
        assertEquals(3, stats.rowStart(1) - stats.rowStart(0));
        assertEquals(Arrays.asList(1, 2, 3), neighbours(stats, 0));
        assertEquals(Arrays.asList(0, 2), neighbours(stats, 1));
        assertEquals(Arrays.asList(0, 2), neighbours(stats, 3));
        // 5 unordered pairs, each in both directions
        assertEquals(10, stats.pairs());

        PairFigures ab = stats.figures(0, stats.rowStart(0), new PairFigures());
        assertEquals(2, ab.together);
        assertEquals(1 / 3.0 + 1 / 2.0, ab.weightedTogether, 1e-12);
        assertEquals(3, ab.countA);
        assertEquals(2, ab.countB);
        assertEquals(3, ab.baskets);

        PairFigures da = stats.figures(3, stats.rowStart(3), new PairFigures());
        assertEquals(1, da.together);
        assertEquals(1 / 3.0, da.weightedTogether, 1e-12);
        assertEquals(1, da.countA);
        assertEquals(3, da.countB);
    }

    private static List<Integer> neighbours(PairStatistics stats, int a) {
        List<Integer> out = new ArrayList<>();
        for (int p = stats.rowStart(a); p < stats.rowStart(a + 1); p++) {
            out.add(stats.neighbor(p));
        }
        return out;
    }
}
