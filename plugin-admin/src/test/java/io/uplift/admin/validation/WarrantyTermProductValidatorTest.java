package io.uplift.admin.validation;

import io.uplift.engine.warranty.WarrantyPlan;
import io.uplift.engine.warranty.WarrantyPlans;
import io.uplift.engine.warranty.WarrantyRate;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/** A term's product may not be an item a plan covers: it would never again be sold on its own. */
public class WarrantyTermProductValidatorTest {

    private static final long PHONES = 10;
    private static final long PLANS = 90;

    private static WarrantyPlans plans() {
        Map<Integer, Long> terms = new LinkedHashMap<Integer, Long>();
        terms.put(1, 901L);
        WarrantyPlan device = new WarrantyPlan(1, "Device protection", "Acme Care", "Covers drops.",
                Collections.singletonList(PHONES), new BigDecimal("100"), null, terms,
                Arrays.asList(WarrantyRate.fixed(1, null, null, new BigDecimal("49"))));
        return new WarrantyPlans(Collections.singletonList(device), Collections.<Long>emptyList());
    }

    @Test
    public void anItemAPlanCoversIsRefusedNamingItAndThePlan() {
        assertEquals("'Nova X 128 GB' (product 12) is an item the warranty plan 'Device protection' covers, so it cannot"
                + " be a term's product: that would make it unsellable on its own. Pick the plan's own product (e.g."
                + " 'Protection Plan 2 Years'), which is sold only with the item it covers.",
                WarrantyTermProductValidator.problem(plans(), "Nova X 128 GB", 12, Arrays.asList(3L, PHONES),
                        new BigDecimal("799.00")));
    }

    @Test
    public void thePlansOwnProductAndItemsNoPlanCoversAreAccepted() {
        assertNull("a plan product in its own category", WarrantyTermProductValidator.problem(plans(),
                "Protection Plan 1 Year", 901, Collections.singletonList(PLANS), new BigDecimal("0.00")));
        assertNull("in a covered category but below the plan's prices", WarrantyTermProductValidator.problem(plans(),
                "Phone strap", 40, Collections.singletonList(PHONES), new BigDecimal("9.99")));
        assertNull("no price", WarrantyTermProductValidator.problem(plans(), "Draft", 41,
                Collections.singletonList(PHONES), null));
    }
}
