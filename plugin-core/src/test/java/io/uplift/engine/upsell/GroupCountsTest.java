package io.uplift.engine.upsell;

import org.junit.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

public class GroupCountsTest {

    private static Map<Long, Long> orders(long... productAndCount) {
        Map<Long, Long> map = new HashMap<Long, Long>();
        for (int i = 0; i < productAndCount.length; i += 2) {
            map.put(productAndCount[i], productAndCount[i + 1]);
        }
        return map;
    }

    @Test
    public void sharesAreFlooredNeverRoundedUp() {
        GroupCounts hundred = new GroupCounts(7, 90, 100, orders(1, 68, 2, 32));
        assertEquals(Integer.valueOf(68), hundred.sharePercent(1, 30));
        assertEquals(Integer.valueOf(32), hundred.sharePercent(2, 30));
        GroupCounts three = new GroupCounts(7, 90, 3, orders(1, 2, 2, 1));
        assertEquals("2 of 3 is 66.7 %", Integer.valueOf(66), three.sharePercent(1, 1));
        assertEquals(Integer.valueOf(33), three.sharePercent(2, 1));
        assertEquals(Integer.valueOf(100), new GroupCounts(7, 90, 3, orders(1, 3)).sharePercent(1, 1));
    }

    @Test
    public void noShareBelowTheMinimumSample() {
        GroupCounts three = new GroupCounts(7, 90, 3, orders(1, 2));
        assertEquals(Integer.valueOf(66), three.sharePercent(1, 3));
        assertNull(three.sharePercent(1, 4));
        assertNull(three.socialProof(1, 4, "Nova X"));
    }

    @Test
    public void noShareForAVersionNeverOrderedOrAnEmptyWindow() {
        GroupCounts three = new GroupCounts(7, 90, 3, orders(1, 2, 2, 0));
        assertNull(three.sharePercent(2, 1));
        assertNull("not in the map", three.sharePercent(9, 1));
        assertEquals(0, three.ordersOf(9));
        assertNull(new GroupCounts(7, 90, 0, Collections.<Long, Long>emptyMap()).sharePercent(1, 1));
    }

    @Test
    public void socialProofQuotesShareSampleFamilyAndWindow() {
        GroupCounts three = new GroupCounts(7, 90, 3, orders(1, 2));
        assertEquals("Chosen in 66% of 3 Nova X orders in the last 90 days", three.socialProof(1, 1, "Nova X"));
        GroupCounts many = new GroupCounts(7, 30, 412, orders(1, 280));
        assertEquals("Chosen in 67% of 412 Nova X orders in the last 30 days", many.socialProof(1, 30, "Nova X"));
    }

    @Test
    public void aShareUnderOnePercentSaysSo() {
        GroupCounts big = new GroupCounts(7, 90, 1000, orders(1, 9));
        assertEquals(Integer.valueOf(0), big.sharePercent(1, 30));
        assertEquals("Chosen in under 1% of 1000 Nova X orders in the last 90 days", big.socialProof(1, 30, "Nova X"));
    }

    @Test
    public void countsAreCheckedAgainstTheTotal() {
        IllegalArgumentException over = assertThrows(IllegalArgumentException.class,
                () -> new GroupCounts(7, 90, 3, orders(1, 4)));
        assertEquals("group 7: orders of product 1 must be between 0 and the group's 3: 4", over.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new GroupCounts(7, 90, 3, orders(1, -1)));
        assertEquals("group 7: orders of product 1 must be between 0 and the group's 3: -1", negative.getMessage());
        IllegalArgumentException total = assertThrows(IllegalArgumentException.class,
                () -> new GroupCounts(7, 90, -1, Collections.<Long, Long>emptyMap()));
        assertEquals("group 7: order count cannot be negative: -1", total.getMessage());
    }

    @Test
    public void countsAreACopy() {
        Map<Long, Long> source = orders(1, 2);
        GroupCounts counts = new GroupCounts(7, 90, 3, source);
        source.put(1L, 3L);
        assertEquals(2, counts.ordersOf(1));
        assertThrows(UnsupportedOperationException.class, () -> counts.getOrdersByProduct().put(2L, 1L));
        assertEquals(7, counts.getGroupId());
        assertEquals(90, counts.getWindowDays());
        assertEquals(3, counts.getTotalOrders());
    }
}
