package io.uplift.engine.warranty;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/** A shopper's choice of plan and term is checked against the plans; a sent price is compared, never charged. */
public class WarrantyChoiceTest {

    private static final List<Long> PHONES = Collections.singletonList(2L);

    private static WarrantyPlans plans() {
        Map<Integer, Long> terms = new LinkedHashMap<Integer, Long>();
        terms.put(1, 901L);
        terms.put(2, 902L);
        WarrantyPlan device = new WarrantyPlan(1, "Device protection", "Acme Care", "Covers drops.", PHONES,
                new BigDecimal("100"), null, terms, Arrays.asList(
                        WarrantyRate.fixed(1, null, null, new BigDecimal("49")),
                        WarrantyRate.percent(2, null, null, new BigDecimal("10"), new BigDecimal("79"), null)));
        return new WarrantyPlans(Collections.singletonList(device), Collections.<Long>emptyList());
    }

    private static String refusal(long plan, int years, List<Long> categories, String unitPrice, String shown) {
        try {
            WarrantyChoice.check(plans(), plan, years, "Nova X 128 GB", categories, new BigDecimal(unitPrice),
                    shown == null ? null : new BigDecimal(shown));
            fail("accepted");
            return null;
        } catch (WarrantyChoice.Refused e) {
            return e.getMessage();
        }
    }

    @Test
    public void aCoveredItemGetsTheServersPrice() throws Exception {
        WarrantyQuote q = WarrantyChoice.check(plans(), 1, 2, "Nova X 512 GB", PHONES, new BigDecimal("1099.00"), null);
        assertEquals(new BigDecimal("109.90"), q.getPrice());
        assertEquals(2, q.getYears());
        assertEquals(new BigDecimal("79.00"), WarrantyChoice.check(plans(), 1, 2, "Nova X 128 GB", PHONES,
                new BigDecimal("699.00"), new BigDecimal("79")).getPrice());
    }

    @Test
    public void refusalsSayWhy() {
        assertEquals("That protection plan is not offered: '7'.", refusal(7, 1, PHONES, "699.00", null));
        assertEquals("Device protection does not cover Nova X 128 GB.", refusal(1, 1,
                Collections.singletonList(6L), "699.00", null));
        assertEquals("Device protection does not cover Nova X 128 GB.", refusal(1, 1, PHONES, "99.99", null));
        assertEquals("Device protection has no 3-year term (1 or 2 years).", refusal(1, 3, PHONES, "699.00", null));
        assertEquals("The price of Device protection for 1 year is $49.00 now, not $0.01; nothing was changed."
                + " Please check and try again.", refusal(1, 1, PHONES, "699.00", "0.01"));
    }

    @Test
    public void termsReadNaturally() {
        assertEquals("1 year", WarrantyChoice.terms(Collections.singletonList(1)));
        assertEquals("2 years", WarrantyChoice.terms(Collections.singletonList(2)));
        assertEquals("1, 2 or 3 years", WarrantyChoice.terms(Arrays.asList(1, 2, 3)));
        assertEquals("3 years", WarrantyChoice.years(3));
    }
}
