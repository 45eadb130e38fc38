package io.uplift.engine.upsell;

import org.junit.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

/** The index of groups by product, and what it tells the admin about a product in two groups. */
public class ComparisonGroupsTest {

    private static ComparisonGroup group(long id, String name, Long... members) {
        return new ComparisonGroup(id, name, Arrays.asList(members), null, null, null);
    }

    @Test
    public void eachProductFindsItsGroupAndNothingIsShared() {
        ComparisonGroup phones = group(1, "Nova X", 11L, 12L, 13L);
        ComparisonGroup laptops = group(2, "Aero 14", 21L, 22L);
        ComparisonGroups groups = new ComparisonGroups(Arrays.asList(phones, laptops));
        assertSame(phones, groups.groupOf(12));
        assertSame(laptops, groups.groupOf(21));
        assertNull(groups.groupOf(99));
        assertSame(laptops, groups.byId(2));
        assertEquals(2, groups.size());
        assertTrue(groups.getShared().isEmpty());
        assertTrue(ComparisonGroups.EMPTY.getShared().isEmpty());
    }

    @Test
    public void aProductInTwoGroupsBelongsToTheFirstAndIsNamed() {
        ComparisonGroup first = group(1, "Nova X", 11L, 12L);
        ComparisonGroup second = group(2, "Nova X Max", 12L, 31L);
        ComparisonGroups groups = new ComparisonGroups(Arrays.asList(first, second));
        assertSame(first, groups.groupOf(12));
        assertSame(second, groups.groupOf(31));
        assertEquals(Collections.singletonList("product 12 is a version of the comparison groups 'Nova X' and"
                + " 'Nova X Max': its page shows the table of 'Nova X'"), groups.getShared());
    }
}
