package io.uplift.engine.copurchase.ease;

import org.junit.Test;

import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class EaseHeadTest {

    /**
     * Two products, 2 baskets each, 1 together, lambda 1: (G + I)^-1 = [[3, -1], [-1, 3]] / 8, so the weight is
     * 1/8 / 3/8 = 1/3, the ridge coefficient G01 / (G00 + lambda) of one product on the other.
     */
    @Test
    public void twoProductsByHand() {
        EaseHead ease = EaseHead.fit(new double[] {2, 1, 1, 2}, 2, 1);
        assertEquals(1 / 3.0, ease.weight(0, 1), 1e-12);
        assertEquals(1 / 3.0, ease.weight(1, 0), 1e-12);
        assertEquals(0.0, ease.weight(0, 0), 0);
        assertEquals(2, ease.size());
    }

    /** A correlated third product takes part of the credit: the weight is lower than the pairwise one. */
    @Test
    public void aProductThatAlwaysComesWithAnotherSharesItsCredit() {
        // 0 and 2 always together (3 baskets), 1 with both in 2 of them
        double[] gram = {3, 2, 3, 2, 2, 2, 3, 2, 3};
        EaseHead three = EaseHead.fit(gram, 3, 1);
        EaseHead two = EaseHead.fit(new double[] {3, 2, 2, 2}, 2, 1);
        assertTrue(three.weight(0, 1) + " < " + two.weight(0, 1), three.weight(0, 1) < two.weight(0, 1));
    }

    @Test
    public void theInverseTimesTheMatrixIsTheIdentity() {
        int n = 30;
        Random random = new Random(1);
        double[] a = new double[n * n];
        for (int k = 0; k < 200; k++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            a[i * n + j] += 1;
            a[j * n + i] += 1;
        }
        for (int i = 0; i < n; i++) {
            a[i * n + i] += n;
        }
        double[] inverse = EaseHead.invertSpd(a, n, 0.5);
        for (int i = 0; i < n; i++) {
            a[i * n + i] += 0.5;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += a[i * n + k] * inverse[k * n + j];
                }
                assertEquals(i == j ? 1.0 : 0.0, sum, 1e-10);
            }
        }
    }

    @Test
    public void anEmptyHeadIsFine() {
        assertEquals(0, EaseHead.fit(new double[0], 0, 1).size());
    }

    @Test
    public void badInputIsRefusedWithTheValue() {
        assertRefused("lambda must be a positive number: 0.0", new double[] {1}, 1, 0);
        assertRefused("expected a 2 x 2 Gram matrix, got 3 values", new double[3], 2, 1);
        assertRefused("head size must be in [0, 20000]: -1", new double[0], -1, 1);
        try {
            EaseHead.invertSpd(new double[] {0, 3, 3, 0}, 2, 1);
            fail("a matrix that is not positive definite must be refused");
        } catch (IllegalArgumentException e) {
            assertEquals("the Gram matrix plus 1.0 I is not positive definite (2 x 2)", e.getMessage());
        }
    }

    private static void assertRefused(String message, double[] gram, int size, double lambda) {
        try {
            EaseHead.fit(gram, size, lambda);
            fail("expected a refusal: " + message);
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
