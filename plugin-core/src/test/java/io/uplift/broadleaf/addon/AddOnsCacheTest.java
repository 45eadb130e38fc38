package io.uplift.broadleaf.addon;

import io.uplift.engine.addon.AddOns;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** Rows as read from UPLIFT_ADD_ON become add-ons; rows that break the rules are left out and named, never thrown. */
public class AddOnsCacheTest {

    private static Object[] row(long id, String name, String kind, String amount, String percent, String floor,
            boolean enabled, Integer order) {
        return new Object[] {id, name, "", kind, amount == null ? null : new BigDecimal(amount),
                percent == null ? null : new BigDecimal(percent), floor == null ? null : new BigDecimal(floor), null,
                enabled, order};
    }

    @Test
    public void goodRowsAreKeptInDisplayOrderBadOnesListedWithTheReason() {
        List<String> rejected = new ArrayList<String>();
        AddOns addOns = AddOnsCache.build(Arrays.asList(
                row(1, "Gift wrap", "GIFT_WRAP", "4.99", null, null, true, 10),
                row(2, "Insurance", "SHIPPING_INSURANCE", null, "2", "1.99", true, 5),
                row(3, "Off", "OTHER", "1", null, null, false, null),
                row(4, "Both", "OTHER", "1", "2", null, true, 1),
                row(5, "Kind", "BOGUS", "1", null, null, true, 1),
                row(6, "Floor", "OTHER", "1", null, "0.5", true, 1)), rejected);
        assertEquals(Arrays.asList(3L, 2L, 1L), ids(addOns, false));
        assertEquals(Arrays.asList(2L, 1L), ids(addOns, true));
        assertEquals(Arrays.asList(
                "add-on 4 ignored: add-on 'Both': needs either a fixed amount or a percentage, not both (1 and 2 %)",
                "add-on 5 ignored: unknown kind 'BOGUS'",
                "add-on 6 ignored: add-on 'Floor': a floor or ceiling only applies to a percentage, not to the fixed"
                        + " amount 1 (floor 0.5, ceiling null)"), rejected);
    }

    private static List<Long> ids(AddOns addOns, boolean activeOnly) {
        List<Long> out = new ArrayList<Long>();
        for (io.uplift.engine.addon.AddOn a : activeOnly ? addOns.active() : addOns.all()) {
            out.add(a.getId());
        }
        return out;
    }
}
