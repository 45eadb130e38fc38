package io.uplift.engine.upsell;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.uplift.engine.upsell.AttributeDifference.ADDED;
import static io.uplift.engine.upsell.AttributeDifference.MISSING;
import static io.uplift.engine.upsell.AttributeDifference.MORE;
import static io.uplift.engine.upsell.AttributeDifference.SAME;
import static io.uplift.engine.upsell.UpsellFixtures.GROUP_ID;
import static io.uplift.engine.upsell.UpsellFixtures.catalog;
import static io.uplift.engine.upsell.UpsellFixtures.nova128;
import static io.uplift.engine.upsell.UpsellFixtures.nova1tb;
import static io.uplift.engine.upsell.UpsellFixtures.nova256;
import static io.uplift.engine.upsell.UpsellFixtures.nova2tb;
import static io.uplift.engine.upsell.UpsellFixtures.nova512;
import static io.uplift.engine.upsell.UpsellFixtures.novaGroup;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The Nova X family of {@link UpsellFixtures}; the viewed product is the 128 GB version unless said. */
public class ComparisonBuilderTest {

    private static final Date NOW = new Date(1767268800000L);
    /** Dec 24, 2026 at noon, local time (the builder prints the end date in the default time zone). */
    private static final Date OFFER_ENDS = new GregorianCalendar(2026, Calendar.DECEMBER, 24, 12, 0).getTime();

    private static final CatalogFacts ALL = catalog(nova128(), nova256(), nova512(), nova1tb(), nova2tb());

    /** 3 orders of the family in 90 days: 1 with the 128 GB, 2 with the 256 GB. */
    private static final SocialProofCounts COUNTS = (groupId, windowDays) -> {
        Map<Long, Long> orders = new HashMap<Long, Long>();
        orders.put(1L, 1L);
        orders.put(2L, 2L);
        return groupId == GROUP_ID && windowDays == 90 ? new GroupCounts(groupId, windowDays, 3, orders) : null;
    };

    /** Social proof from 1 order, low stock at 5, per-month framing over 12 months. */
    private static final UpsellOptions OPTIONS = new UpsellOptions(true, 1, 90, 5, 12);

    private static ComparisonTable build(CatalogFacts catalog, ComparisonGroup group, long anchor, int max) {
        return new ComparisonBuilder(catalog, COUNTS).build(group, anchor, max, OPTIONS, NOW);
    }

    private static ComparisonTable build(long anchor, int max) {
        return build(ALL, novaGroup(), anchor, max);
    }

    private static List<Long> columnIds(ComparisonTable table) {
        List<Long> ids = new ArrayList<Long>();
        for (ComparisonTable.Column c : table.getColumns()) {
            ids.add(c.getProductId());
        }
        return ids;
    }

    private static List<String> rowAttributes(ComparisonTable table) {
        List<String> out = new ArrayList<String>();
        for (ComparisonTable.Row r : table.getRows()) {
            out.add(r.getAttribute());
        }
        return out;
    }

    private static List<String> values(ComparisonTable.Row row) {
        List<String> out = new ArrayList<String>();
        for (ComparisonTable.Cell c : row.getCells()) {
            out.add(c.getValue());
        }
        return out;
    }

    private static List<AttributeDifference> differences(ComparisonTable.Row row) {
        List<AttributeDifference> out = new ArrayList<AttributeDifference>();
        for (ComparisonTable.Cell c : row.getCells()) {
            out.add(c.getDifference());
        }
        return out;
    }

    @Test
    public void theViewedProductComesFirstThenItsBetterVersionsNextBetterFirst() {
        ComparisonTable table = build(1, 3);
        assertEquals(Arrays.asList(1L, 2L, 3L, 4L), columnIds(table));
        assertEquals(Arrays.asList(2L, 3L, 4L), columnIds(table).subList(1, 4));
        assertEquals(3, table.getUpgrades().size());
        assertEquals(2L, table.getUpgrades().get(0).getProductId());
        assertEquals(GROUP_ID, table.getGroupId());
        assertEquals("Nova X", table.getGroupName());
        assertEquals(Arrays.asList(3L, 4L, 5L), columnIds(build(3, 3)));
    }

    @Test
    public void theAdminLimitCountsBetterVersionsAndIsCappedAtThree() {
        assertEquals(Arrays.asList(1L, 2L), columnIds(build(1, 1)));
        assertEquals(Arrays.asList(1L, 2L, 3L), columnIds(build(1, 2)));
        assertEquals(Arrays.asList(1L, 2L, 3L, 4L), columnIds(build(1, 5)));
        assertNull(build(1, 0));
        assertNull(build(1, -1));
    }

    @Test
    public void inactiveUnavailableAndUnknownVersionsAreLeftOutWithoutUsingTheLimit() {
        List<Long> expected = Arrays.asList(1L, 3L, 4L);
        assertEquals("inactive", expected,
                columnIds(build(catalog(nova128(), nova256(false, false, 3), nova512(), nova1tb(), nova2tb()),
                        novaGroup(), 1, 2)));
        assertEquals("unavailable", expected,
                columnIds(build(catalog(nova128(), nova256(true, false, 0), nova512(), nova1tb(), nova2tb()),
                        novaGroup(), 1, 2)));
        assertEquals("not in the catalog", expected,
                columnIds(build(catalog(nova128(), nova512(), nova1tb(), nova2tb()), novaGroup(), 1, 2)));
    }

    @Test
    public void noTableForAnInactiveUnknownOrForeignViewedProduct() {
        ProductFacts inactive = UpsellFixtures.product(1, "Nova X 128 GB", "799.00", false, false, null,
                null, nova128().getAttributes());
        assertNull(build(catalog(inactive, nova256(), nova512()), novaGroup(), 1, 3));
        assertNull("unknown", build(catalog(nova256(), nova512()), novaGroup(), 1, 3));
        ProductFacts foreign = UpsellFixtures.buyable(9, "Orbit", "500.00", null, null);
        assertNull("not in the group", build(catalog(foreign, nova128(), nova256()), novaGroup(), 9, 3));
    }

    @Test
    public void noTableWithoutABuyableBetterVersion() {
        assertNull("the best version", build(5, 3));
        ProductFacts soldOut = UpsellFixtures.product(5, "Nova X 2 TB", "1499.00", true, false, 0, null, null);
        assertNull(build(catalog(nova128(), nova1tb(), soldOut), novaGroup(), 4, 3));
    }

    @Test
    public void rowsFollowTheGroupsAttributesDroppingThoseNobodyHas() {
        ComparisonTable table = build(1, 3);
        assertEquals(Arrays.asList("storage", "RAM", "satellite SOS", "headphone jack"), rowAttributes(table));
        List<String> labels = new ArrayList<String>();
        for (ComparisonTable.Row r : table.getRows()) {
            labels.add(r.getLabel());
        }
        assertEquals(Arrays.asList("Storage", "RAM", "Satellite SOS", "Headphone jack"), labels);
        // neither 128 GB nor 256 GB has satellite SOS
        assertEquals(Arrays.asList("storage", "RAM", "headphone jack"), rowAttributes(build(1, 1)));
        ComparisonGroup ramFirst = novaGroup(Arrays.asList("RAM", "storage"), null, null);
        assertEquals(Arrays.asList("RAM", "storage"), rowAttributes(build(ALL, ramFirst, 1, 3)));
    }

    @Test
    public void withoutGroupAttributesEveryDifferingAttributeIsARowTheViewedProductsFirst() {
        ComparisonGroup auto = novaGroup(Collections.<String>emptyList(), null, null);
        // color and display are the same everywhere; satellite SOS only comes with the 512 GB
        assertEquals(Arrays.asList("headphone jack", "ram", "storage", "satellite SOS"),
                rowAttributes(build(ALL, auto, 1, 3)));
        assertEquals(Arrays.asList("ram", "storage"), rowAttributes(build(ALL, auto, 1, 1)));
    }

    @Test
    public void cellsCarryTheValuesAndTheirDifferences() {
        List<ComparisonTable.Row> rows = build(1, 3).getRows();
        assertEquals(Arrays.asList("128 GB", "256 GB", "512 GB", "1 TB"), values(rows.get(0)));
        assertEquals(Arrays.asList(SAME, MORE, MORE, MORE), differences(rows.get(0)));
        assertEquals(Arrays.asList("8 GB", "12 GB", "12 GB", "16 GB"), values(rows.get(1)));
        // satellite SOS: "no" on the 1 TB shows as a dash, like a value nobody entered
        assertEquals(Arrays.asList(null, null, "Yes", null), values(rows.get(2)));
        assertEquals(Arrays.asList(SAME, SAME, ADDED, SAME), differences(rows.get(2)));
        // headphone jack: "No" on the 512 GB and nothing on the 1 TB are missing
        assertEquals(Arrays.asList("Yes", "Yes", null, null), values(rows.get(3)));
        assertEquals(Arrays.asList(SAME, SAME, MISSING, MISSING), differences(rows.get(3)));
    }

    @Test
    public void highlightingAndPremiumFollowTheDifference() {
        List<ComparisonTable.Row> rows = build(1, 3).getRows();
        ComparisonTable.Row storage = rows.get(0);
        assertFalse(storage.getCells().get(0).isHighlighted());
        assertTrue(storage.getCells().get(1).isHighlighted());
        assertTrue(storage.getCells().get(1).isPremium());
        assertEquals("same", storage.getCells().get(0).getCssModifier());
        assertEquals("more", storage.getCells().get(1).getCssModifier());
        ComparisonTable.Cell noJack = rows.get(3).getCells().get(2);
        assertTrue(noJack.isHighlighted());
        assertFalse(noJack.isPremium());
        assertEquals("missing", noJack.getCssModifier());
        assertEquals("added", rows.get(2).getCells().get(2).getCssModifier());
        assertTrue(storage.isDiffers());
        assertFalse("both have a headphone jack", build(1, 1).getRows().get(2).isDiffers());
    }

    @Test
    public void theViewedProductsColumnHasNoDeltaAndNoPremium() {
        ComparisonTable.Column anchor = build(1, 3).getColumns().get(0);
        assertTrue(anchor.isAnchor());
        assertNull(anchor.getDeltaText());
        assertNull(anchor.getPerMonthText());
        assertEquals(Collections.emptyList(), anchor.getPremium());
        assertEquals("$799.00", anchor.getPriceText());
        assertEquals("Nova X 128 GB", anchor.getName());
        assertEquals("/p/1", anchor.getUrl());
        assertEquals("/img/1.png", anchor.getImageUrl());
    }

    @Test
    public void upgradesListWhatTheyAddOverTheViewedProduct() {
        List<ComparisonTable.Column> columns = build(1, 3).getColumns();
        assertFalse(columns.get(1).isAnchor());
        assertEquals(Arrays.asList("Twice the storage", "50% more RAM"), columns.get(1).getPremium());
        assertEquals(Arrays.asList("4 times the storage", "50% more RAM", "Satellite SOS"),
                columns.get(2).getPremium());
        assertEquals(Arrays.asList("8 times the storage", "Twice the RAM"), columns.get(3).getPremium());
    }

    @Test
    public void theDeltaIsFramedWithTheFirstPremiumAttributeInRowOrder() {
        List<ComparisonTable.Column> columns = build(1, 3).getColumns();
        assertEquals("+$100 for twice the storage", columns.get(1).getDeltaText());
        assertEquals("+$300 for 4 times the storage", columns.get(2).getDeltaText());
        assertEquals("+$500 for 8 times the storage", columns.get(3).getDeltaText());
        assertEquals("$1,099.00", columns.get(2).getPriceText());
        ComparisonGroup ramFirst = novaGroup(Arrays.asList("RAM", "storage"), null, null);
        assertEquals("+$100 for 50% more RAM", build(ALL, ramFirst, 1, 3).getColumns().get(1).getDeltaText());
        ComparisonGroup auto = novaGroup(Collections.<String>emptyList(), null, null);
        assertEquals("+$100 for 50% more RAM", build(ALL, auto, 1, 3).getColumns().get(1).getDeltaText());
    }

    @Test
    public void withoutAPremiumTheDeltaIsBare() {
        ComparisonGroup colorOnly = novaGroup(Collections.singletonList("color"), null, null);
        ComparisonTable.Column upgrade = build(ALL, colorOnly, 1, 1).getColumns().get(1);
        assertEquals("+$100", upgrade.getDeltaText());
        assertEquals(Collections.emptyList(), upgrade.getPremium());
    }

    @Test
    public void theDeltaIsSpreadOverTheMonthsWhenTheAdminAsks() {
        List<ComparisonTable.Column> columns = build(1, 3).getColumns();
        assertEquals("+$8.34/month over 12 months", columns.get(1).getPerMonthText());
        assertEquals("+$25.00/month over 12 months", columns.get(2).getPerMonthText());
        assertEquals("+$41.67/month over 12 months", columns.get(3).getPerMonthText());
        UpsellOptions off = new UpsellOptions(true, 1, 90, 5, 0);
        ComparisonTable table = new ComparisonBuilder(ALL, COUNTS).build(novaGroup(), 1, 3, off, NOW);
        assertNull(table.getColumns().get(1).getPerMonthText());
    }

    @Test
    public void socialProofShowsFromTheMinimumSample() {
        List<ComparisonTable.Column> columns = build(1, 3).getColumns();
        assertEquals("Chosen in 33% of 3 Nova X orders in the last 90 days", columns.get(0).getSocialProof());
        assertEquals(Integer.valueOf(33), columns.get(0).getSharePercent());
        assertEquals("Chosen in 66% of 3 Nova X orders in the last 90 days", columns.get(1).getSocialProof());
        assertEquals(Integer.valueOf(66), columns.get(1).getSharePercent());
        assertNull("never ordered", columns.get(2).getSocialProof());
        assertNull(columns.get(2).getSharePercent());
    }

    @Test
    public void noSocialProofBelowTheSampleWhenOffOrUncounted() {
        UpsellOptions[] without = {
            new UpsellOptions(true, 4, 90, 5, 12),
            new UpsellOptions(false, 1, 90, 5, 12),
            new UpsellOptions(true, 1, 30, 5, 12),
        };
        for (UpsellOptions options : without) {
            ComparisonTable table = new ComparisonBuilder(ALL, COUNTS).build(novaGroup(), 1, 3, options, NOW);
            for (ComparisonTable.Column c : table.getColumns()) {
                assertNull(options.toString(), c.getSocialProof());
                assertNull(options.toString(), c.getSharePercent());
            }
        }
        ComparisonTable none = new ComparisonBuilder(ALL, SocialProofCounts.NONE).build(novaGroup(), 1, 3, OPTIONS, NOW);
        assertNull(none.getColumns().get(1).getSocialProof());
    }

    @Test
    public void scarcityShowsOnlyAtOrBelowTheThreshold() {
        List<ComparisonTable.Column> columns = build(1, 3).getColumns();
        assertNull("untracked", columns.get(0).getScarcity());
        assertEquals("Only 3 left", columns.get(1).getScarcity());
        assertEquals("Only 5 left", columns.get(2).getScarcity());
        assertNull("6 in stock", columns.get(3).getScarcity());
    }

    @Test
    public void theOfferShowsUntilItEnds() {
        ComparisonGroup withOffer = novaGroup(Arrays.asList("storage"), "Free case with every upgrade", OFFER_ENDS);
        ComparisonBuilder builder = new ComparisonBuilder(ALL, COUNTS);
        ComparisonTable running = builder.build(withOffer, 1, 3, OPTIONS, new Date(OFFER_ENDS.getTime() - 86400000L));
        assertEquals("Free case with every upgrade", running.getOfferText());
        assertEquals("Ends Dec 24, 2026", running.getOfferEndsText());
        ComparisonTable ended = builder.build(withOffer, 1, 3, OPTIONS, new Date(OFFER_ENDS.getTime() + 1));
        assertNull(ended.getOfferText());
        assertNull(ended.getOfferEndsText());
        assertNull(build(1, 3).getOfferText());
    }
}
