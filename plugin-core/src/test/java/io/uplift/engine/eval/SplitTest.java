package io.uplift.engine.eval;

import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

public class SplitTest {

    /** Literal: Collections.shuffle([0..9], new Random(42)) is [4, 6, 2, 1, 7, 9, 8, 5, 3, 0]. */
    @Test
    public void trainIsTheFirstEightTenthsOfTheSeededShuffle() {
        Split split = Split.of(10, 42);
        assertArrayEquals(new int[] {4, 6, 2, 1, 7, 9, 8, 5}, split.train());
        assertArrayEquals(new int[] {3, 0}, split.test());
    }

    @Test
    public void trainSizeIsIntegerDivision() {
        assertEquals(7, Split.of(9, 1).train().length);
        assertEquals(2, Split.of(9, 1).test().length);
        assertEquals(0, Split.of(1, 1).train().length);
        assertEquals(0, Split.of(0, 1).test().length);
    }

    @Test
    public void matchesCollectionsShuffleForAnotherSeed() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        Split split = Split.of(1000, 7);
        for (int i = 0; i < 800; i++) {
            assertEquals(order.get(i).intValue(), split.train()[i]);
        }
        for (int i = 800; i < 1000; i++) {
            assertEquals(order.get(i).intValue(), split.test()[i - 800]);
        }
    }

    @Test
    public void theTuningSplitCutsTheTrainLinesOnlyAndNeverTouchesTest() {
        Split tuning = Split.of(10, 42).tuning();
        assertArrayEquals(new int[] {4, 6, 2, 1, 7, 9}, tuning.train());
        assertArrayEquals(new int[] {8, 5}, tuning.test());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aNegativeLineCountIsRefused() {
        Split.of(-1, 42);
    }
}
