package io.uplift.broadleaf.warranty;

import io.uplift.engine.warranty.WarrantyPlans;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** Rows as read from the tables become the enabled valid plans; bad ones are left out and listed, never thrown. */
public class WarrantyPlansCacheTest {

    private static BigDecimal m(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static WarrantyPlansCache.Rows plan(long id, boolean enabled) {
        WarrantyPlansCache.Rows r = new WarrantyPlansCache.Rows(id, "Plan " + id, "Acme", "Covers drops.", null, null,
                enabled);
        r.categories.add(10L);
        r.terms.add(new Object[] {1, id * 100 + 1});
        r.terms.add(new Object[] {2, id * 100 + 2});
        r.rates.add(new Object[] {1, null, null, m("19.00"), null, null, null});
        r.rates.add(new Object[] {2, null, null, null, m("12.00"), m("29.00"), null});
        return r;
    }

    @Test
    public void goodEnabledPlansAreKeptBadOnesListedWithTheReason() {
        WarrantyPlansCache.Rows good = plan(1, true);
        WarrantyPlansCache.Rows off = plan(2, false);
        WarrantyPlansCache.Rows gap = plan(3, true);
        gap.rates.set(0, new Object[] {1, m("50.00"), null, m("19.00"), null, null, null});
        WarrantyPlansCache.Rows noPrice = plan(4, true);
        noPrice.rates.remove(1);
        WarrantyPlansCache.Rows twice = plan(5, true);
        twice.terms.add(new Object[] {2, 599L});
        WarrantyPlansCache.Rows both = plan(6, true);
        both.rates.set(0, new Object[] {1, null, null, m("19.00"), m("10.00"), null, null});
        WarrantyPlansCache.Rows noCategory = plan(7, true);
        noCategory.categories.clear();

        List<String> rejected = new ArrayList<String>();
        WarrantyPlans plans = WarrantyPlansCache.build(Arrays.asList(good, off, gap, noPrice, twice, both, noCategory),
                rejected);

        assertEquals(1, plans.size());
        assertNotNull(plans.byId(1));
        assertNull("switched off", plans.byId(2));
        assertEquals(m("29.00"), plans.byId(1).price(2, m("100.00")));
        assertEquals(5, rejected.size());
        assertTrue(rejected.get(0), rejected.get(0).startsWith("warranty plan 3 ignored: warranty plan 'Plan 3': the"
                + " 1-year prices leave item prices from 0.00 to 50.00 without a price"));
        assertTrue(rejected.get(1), rejected.get(1).startsWith("warranty plan 4 ignored: warranty plan 'Plan 4': the"
                + " 2-year term has no price"));
        assertEquals("warranty plan 5 ignored: the 2-year term is listed twice", rejected.get(2));
        assertTrue(rejected.get(3), rejected.get(3).contains("not both (19.00 and 10.00 %)"));
        assertTrue(rejected.get(4), rejected.get(4).contains("needs at least one category"));
        for (long product : new long[] {101, 102, 201, 202, 301, 599, 701}) {
            assertTrue("plan product " + product + " is never sold alone", plans.isPlanProduct(product));
        }
    }
}
