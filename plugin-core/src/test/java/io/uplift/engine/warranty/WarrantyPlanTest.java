package io.uplift.engine.warranty;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * A phone plan (category 10 "phones", items from 100.00 to under 2000.00): 1 year fixed per band (19.00 under 500,
 * 39.00 from 500), 2 years 12 % with floor 29.00 and ceiling 149.00, 3 years 18 % floor 45.00.
 */
public class WarrantyPlanTest {

    private static BigDecimal m(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static List<WarrantyRate> phoneRates() {
        return Arrays.asList(
                WarrantyRate.fixed(1, null, m("500"), m("19")),
                WarrantyRate.fixed(1, m("500"), null, m("39")),
                WarrantyRate.percent(2, null, null, m("12"), m("29"), m("149")),
                WarrantyRate.percent(3, null, null, m("18"), m("45"), null));
    }

    private static WarrantyPlan phonePlan() {
        return new WarrantyPlan(5, " Phone protection ", "Acme Care", "Covers drops and spills.",
                Arrays.asList(10L, 11L), m("100"), m("2000"), terms(1, 901L, 2, 902L, 3, 903L), phoneRates());
    }

    private static Map<Integer, Long> terms(Object... yearsAndProducts) {
        Map<Integer, Long> out = new LinkedHashMap<Integer, Long>();
        for (int i = 0; i < yearsAndProducts.length; i += 2) {
            out.put((Integer) yearsAndProducts[i], (Long) yearsAndProducts[i + 1]);
        }
        return out;
    }

    private static final Map<Integer, Long> ONE_TO_THREE = terms(1, 901L, 2, 902L, 3, 903L);

    private static void refused(String expected, Runnable r) {
        try {
            r.run();
            fail("accepted, expected: " + expected);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(expected));
        }
    }

    @Test
    public void termsAreTheTermsThatHavePricesShortestFirst() {
        WarrantyPlan p = phonePlan();
        assertEquals("Phone protection", p.getName());
        assertEquals(Arrays.asList(1, 2, 3), p.getTerms());
        assertTrue(p.offers(2));
        assertFalse(p.offers(4));
    }

    @Test
    public void eachTermNamesTheProductOfItsCartLine() {
        WarrantyPlan p = phonePlan();
        assertEquals(Long.valueOf(902L), p.productFor(2));
        assertEquals(null, p.productFor(4));
        assertEquals(Integer.valueOf(3), p.termOf(903L));
        assertEquals(null, p.termOf(10L));
    }

    @Test
    public void fixedAmountPerPriceBand() {
        WarrantyPlan p = phonePlan();
        assertEquals(m("19.00"), p.price(1, m("100.00")));
        assertEquals(m("19.00"), p.price(1, m("499.99")));
        assertEquals(m("39.00"), p.price(1, m("500.00")));
        assertEquals(m("39.00"), p.price(1, m("1999.99")));
    }

    @Test
    public void percentageIsRoundedToTheCentAndKeptBetweenFloorAndCeiling() {
        WarrantyPlan p = phonePlan();
        assertEquals(m("29.00"), p.price(2, m("199.00")));   // 23.88 -> floor
        assertEquals(m("47.99"), p.price(2, m("399.95")));   // 47.994 -> 47.99
        assertEquals(m("119.99"), p.price(2, m("999.95")));  // 119.994
        assertEquals(m("149.00"), p.price(2, m("1299.00"))); // 155.88 -> ceiling
        assertEquals(m("45.00"), p.price(3, m("199.00")));   // 35.82 -> floor
        assertEquals(m("359.99"), p.price(3, m("1999.95"))); // 359.991, no ceiling
    }

    @Test
    public void quotesOneTermEach() {
        List<WarrantyQuote> q = phonePlan().quotes(m("799.00"));
        assertEquals("[Phone protection 1y 39.00, Phone protection 2y 95.88, Phone protection 3y 143.82]", q.toString());
    }

    @Test
    public void coversByCategoryAndPriceBandFromInclusiveToExclusive() {
        WarrantyPlan p = phonePlan();
        assertTrue(p.covers(Arrays.asList(3L, 11L), m("100.00")));
        assertTrue(p.covers(Collections.singletonList(10L), m("1999.99")));
        assertFalse(p.covers(Collections.singletonList(10L), m("2000.00")));
        assertFalse(p.covers(Collections.singletonList(10L), m("99.99")));
        assertFalse(p.covers(Collections.singletonList(12L), m("500.00")));
        assertFalse(p.covers(Collections.<Long>emptyList(), m("500.00")));
        assertFalse(p.covers(Collections.singletonList(10L), null));
    }

    @Test
    public void priceRefusesAMissingTermOrAnUncoveredPriceQuotingIt() {
        final WarrantyPlan p = phonePlan();
        refused("has no 4-year term (terms: [1, 2, 3])", () -> p.price(4, m("500")));
        refused("does not cover an item priced 2000.00", () -> p.price(1, m("2000.00")));
        refused("does not cover an item priced 99", () -> p.price(1, m("99")));
    }

    @Test
    public void noUpperLimitWhenMaxIsBlank() {
        WarrantyPlan p = new WarrantyPlan(6, "Any", "Acme", "t", Collections.singletonList(1L), null, null,
                terms(2, 902L), Collections.singletonList(WarrantyRate.percent(2, null, null, m("10"), null, null)));
        assertEquals(m("0.00"), p.getMinPrice());
        assertTrue(p.covers(Collections.singletonList(1L), m("0.00")));
        assertEquals(m("1000.00"), p.price(2, m("10000.00")));
    }

    @Test
    public void planGuardsQuoteTheBadValue() {
        refused("name must not be blank: ' '", () -> new WarrantyPlan(1, " ", "A", "t", Arrays.asList(1L), null, null,
                ONE_TO_THREE, phoneRates()));
        refused("provider must not be blank: 'null'", () -> new WarrantyPlan(1, "P", null, "t", Arrays.asList(1L),
                null, null, ONE_TO_THREE, phoneRates()));
        refused("terms text shown to shoppers must not be blank: ''", () -> new WarrantyPlan(1, "P", "A", "",
                Arrays.asList(1L), null, null, ONE_TO_THREE, phoneRates()));
        refused("needs at least one category of covered products: []", () -> new WarrantyPlan(1, "P", "A", "t",
                Collections.<Long>emptyList(), null, null, ONE_TO_THREE, phoneRates()));
        refused("minimum item price must be zero or positive with at most two decimals: -1", () -> new WarrantyPlan(1,
                "P", "A", "t", Arrays.asList(1L), m("-1"), null, ONE_TO_THREE, phoneRates()));
        refused("maximum item price 100.00 must be above the minimum 100.00", () -> new WarrantyPlan(1, "P", "A", "t",
                Arrays.asList(1L), m("100"), m("100"), ONE_TO_THREE, phoneRates()));
        refused("needs at least one price", () -> new WarrantyPlan(1, "P", "A", "t", Arrays.asList(1L), null, null,
                ONE_TO_THREE, Collections.<WarrantyRate>emptyList()));
        refused("needs at least one term (years and the product its cart line is for): {}", () -> new WarrantyPlan(1,
                "P", "A", "t", Arrays.asList(1L), null, null, terms(), phoneRates()));
        refused("a term must be 1 to 10 years: 12", () -> new WarrantyPlan(1, "P", "A", "t", Arrays.asList(1L), null,
                null, terms(1, 901L, 2, 902L, 3, 903L, 12, 904L), phoneRates()));
        refused("product 901 is the product of two terms", () -> new WarrantyPlan(1, "P", "A", "t",
                Arrays.asList(1L), null, null, terms(1, 901L, 2, 901L, 3, 903L), phoneRates()));
        refused("the 4-year term has no price (prices for [1, 2, 3] years)", () -> new WarrantyPlan(1, "P", "A", "t",
                Arrays.asList(1L), null, null, terms(1, 901L, 2, 902L, 3, 903L, 4, 904L), phoneRates()));
        refused("there are prices for 3 years but no 3-year term (terms [1, 2])", () -> new WarrantyPlan(1, "P", "A",
                "t", Arrays.asList(1L), null, null, terms(1, 901L, 2, 902L), phoneRates()));
    }

    @Test
    public void bandsOfATermMustCoverThePlansRangeWithoutGapOrOverlap() {
        refused("the 1-year prices leave item prices from 500.00 to 600.00 without a price", () -> plan100to2000(
                WarrantyRate.fixed(1, null, m("500"), m("19")), WarrantyRate.fixed(1, m("600"), null, m("39"))));
        refused("the 1-year prices overlap from 400.00", () -> plan100to2000(
                WarrantyRate.fixed(1, null, m("500"), m("19")), WarrantyRate.fixed(1, m("400"), null, m("39"))));
        refused("the 1-year prices stop at 1500.00 but the plan covers items up to 2000.00", () -> plan100to2000(
                WarrantyRate.fixed(1, null, m("1500"), m("19"))));
        refused("goes beyond the plan's maximum item price 2000.00", () -> plan100to2000(
                WarrantyRate.fixed(1, null, m("2500"), m("19"))));
        refused("leave item prices from 100.00 to 150.00 without a price", () -> plan100to2000(
                WarrantyRate.fixed(1, m("150"), null, m("19"))));
        refused("overlap from 100.00", () -> plan100to2000(
                WarrantyRate.fixed(2, null, null, m("19")), WarrantyRate.percent(2, null, null, m("5"), null, null)));
        refused("has no end but is not the last band", () -> new WarrantyPlan(1, "P", "A", "t", Arrays.asList(1L),
                null, null, terms(1, 901L), Arrays.asList(WarrantyRate.fixed(1, null, null, m("19")),
                        WarrantyRate.fixed(1, m("500"), null, m("39")))));
    }

    private static WarrantyPlan plan100to2000(WarrantyRate... rates) {
        Map<Integer, Long> terms = new LinkedHashMap<Integer, Long>();
        for (WarrantyRate r : rates) {
            terms.put(r.getYears(), 900L + r.getYears());
        }
        return new WarrantyPlan(1, "P", "A", "t", Arrays.asList(1L), m("100"), m("2000"), terms, Arrays.asList(rates));
    }

    @Test
    public void rateGuardsQuoteTheBadValue() {
        refused("a term must be 1 to 10 years: 0", () -> WarrantyRate.fixed(0, null, null, m("19")));
        refused("a term must be 1 to 10 years: 11", () -> WarrantyRate.fixed(11, null, null, m("19")));
        refused("2-year price: needs either a fixed amount or a percentage, not neither",
                () -> WarrantyRate.of(2, null, null, null, null, null, null));
        refused("not both (19 and 10 %)", () -> WarrantyRate.of(2, null, null, m("19"), m("10"), null, null));
        refused("the amount must be positive with at most two decimals: 0", () -> WarrantyRate.fixed(1, null, null,
                m("0")));
        refused("the amount must be positive with at most two decimals: 19.999", () -> WarrantyRate.fixed(1, null,
                null, m("19.999")));
        refused("the percentage must be above 0 and at most 100 with at most two decimals: 120",
                () -> WarrantyRate.percent(1, null, null, m("120"), null, null));
        refused("the ceiling 20.00 is below the floor 30.00", () -> WarrantyRate.percent(1, null, null, m("10"),
                m("30.00"), m("20.00")));
        refused("a floor or ceiling only applies to a percentage, not to the fixed amount 19",
                () -> WarrantyRate.of(1, null, null, m("19"), null, m("5"), null));
        refused("the band's end 100 must be above its start 200", () -> WarrantyRate.fixed(1, m("200"), m("100"),
                m("19")));
        refused("the band's start must be zero or a positive amount with at most two decimals: -5",
                () -> WarrantyRate.fixed(1, m("-5"), null, m("19")));
    }

    @Test
    public void plansFindTheOnesCoveringAnItem() {
        WarrantyPlan phone = phonePlan();
        WarrantyPlan cheap = new WarrantyPlan(7, "Basic", "Acme", "t", Collections.singletonList(10L), null, m("300"),
                terms(1, 911L), Collections.singletonList(WarrantyRate.fixed(1, null, null, m("9.99"))));
        WarrantyPlans plans = new WarrantyPlans(Arrays.asList(phone, cheap), Collections.singletonList(950L));
        assertEquals(Arrays.asList(phone, cheap), plans.covering(Collections.singletonList(10L), m("199")));
        assertEquals(Collections.singletonList(phone), plans.covering(Collections.singletonList(10L), m("300")));
        assertTrue(plans.covering(Collections.singletonList(99L), m("300")).isEmpty());
        assertEquals(cheap, plans.byId(7));
        assertEquals(null, plans.byId(8));
        assertEquals(0, WarrantyPlans.EMPTY.size());
        assertTrue(plans.isPlanProduct(902L));
        assertTrue(plans.isPlanProduct(911L));
        assertTrue("a product of a plan that is off or left out is never sold alone either", plans.isPlanProduct(950L));
        assertFalse(plans.isPlanProduct(10L));
    }
}
