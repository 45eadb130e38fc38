package io.uplift.engine.eval;

import org.junit.Test;

import static org.junit.Assert.assertArrayEquals;

public class TopNTest {

    @Test
    public void keepsTheBestByScoreThenBySmallerId() {
        TopN top = new TopN(3);
        top.offer(7, 1.0);
        top.offer(3, 2.0);
        top.offer(9, 2.0);
        top.offer(1, 2.0);
        top.offer(0, 0.5);
        assertArrayEquals(new int[] {1, 3, 9}, top.ids());
    }

    @Test
    public void holdsFewerWhenFewerWereOffered() {
        TopN top = new TopN(5);
        top.offer(4, -1.0);
        top.offer(2, 3.0);
        assertArrayEquals(new int[] {2, 4}, top.ids());
        top.clear();
        assertArrayEquals(new int[0], top.ids());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aSizeBelowOneIsRefused() {
        new TopN(0);
    }
}
