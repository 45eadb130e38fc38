package io.uplift.engine.upsell;

import io.uplift.engine.CartLine;
import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static io.uplift.engine.upsell.UpsellFixtures.GROUP_ID;
import static io.uplift.engine.upsell.UpsellFixtures.catalog;
import static io.uplift.engine.upsell.UpsellFixtures.money;
import static io.uplift.engine.upsell.UpsellFixtures.nova128;
import static io.uplift.engine.upsell.UpsellFixtures.nova1tb;
import static io.uplift.engine.upsell.UpsellFixtures.nova256;
import static io.uplift.engine.upsell.UpsellFixtures.nova2tb;
import static io.uplift.engine.upsell.UpsellFixtures.nova512;
import static io.uplift.engine.upsell.UpsellFixtures.novaGroup;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The Nova X family of {@link UpsellFixtures} (stock: 256 GB 3, 512 GB 5, 1 TB 6, others untracked) and a case,
 * product 20, in no group.
 */
public class CartUpgradesTest {

    private static final ProductFacts CASE = UpsellFixtures.buyable(20, "Orbit Case", "29.00", null, null);
    private static final CatalogFacts ALL = catalog(nova128(), nova256(), nova512(), nova1tb(), nova2tb(), CASE);
    private static final ComparisonGroups GROUPS = new ComparisonGroups(Collections.singletonList(novaGroup()));

    /** Every order of the family (4) has the 256 GB. */
    private static final SocialProofCounts COUNTS = (groupId, windowDays) -> groupId == GROUP_ID
            ? new GroupCounts(groupId, windowDays, 4, Collections.singletonMap(2L, 4L)) : null;
    private static final UpsellOptions OPTIONS = new UpsellOptions(true, 1, 90, 5, 0);

    private static List<UpgradeOffer> find(CatalogFacts catalog, int max, CartLine... lines) {
        return new CartUpgrades(catalog, COUNTS).find(GROUPS, Arrays.asList(lines), max, OPTIONS);
    }

    private static List<Long> targets(List<UpgradeOffer> offers) {
        List<Long> out = new ArrayList<Long>();
        for (UpgradeOffer o : offers) {
            out.add(o.getToProductId());
        }
        return out;
    }

    private static String check(CartLine line, long to) {
        return new CartUpgrades(ALL, COUNTS).check(GROUPS, line, to);
    }

    @Test
    public void aLineIsOfferedItsNextBetterVersion() {
        List<UpgradeOffer> offers = find(ALL, 3, new CartLine(10, 1, 1));
        assertEquals(1, offers.size());
        UpgradeOffer o = offers.get(0);
        assertEquals(10, o.getLineId());
        assertEquals(1, o.getFromProductId());
        assertEquals("Nova X 128 GB", o.getFromName());
        assertEquals(2, o.getToProductId());
        assertEquals("Nova X 256 GB", o.getToName());
        assertEquals("/p/2", o.getToUrl());
        assertEquals("/img/2.png", o.getToImageUrl());
        assertEquals(1, o.getQuantity());
        assertEquals(money("100.00"), o.getUnitDelta());
        assertEquals("100.00", o.getDeltaValue());
        assertEquals("+$100 for twice the storage", o.getDeltaText());
        assertNull("one unit", o.getTotalText());
        assertEquals("Chosen in 100% of 4 Nova X orders in the last 90 days", o.getSocialProof());
        assertEquals("Only 3 left", o.getScarcity());
    }

    @Test
    public void severalUnitsShowTheTotal() {
        UpgradeOffer o = find(ALL, 3, new CartLine(10, 1, 2)).get(0);
        assertEquals(2L, o.getToProductId());
        assertEquals(2, o.getQuantity());
        assertEquals("+$100 for twice the storage", o.getDeltaText());
        assertEquals("+$200 in total", o.getTotalText());
        assertEquals("100.00", o.getDeltaValue());
    }

    @Test
    public void anOutOfStockVersionIsSkippedForTheNextBuyableOne() {
        CatalogFacts soldOut256 = catalog(nova128(), nova256(true, false, 0), nova512(), nova1tb(), nova2tb());
        UpgradeOffer o = find(soldOut256, 3, new CartLine(10, 1, 1)).get(0);
        assertEquals(3L, o.getToProductId());
        assertEquals("+$300 for 4 times the storage", o.getDeltaText());
        assertNull("nobody ordered the 512 GB", o.getSocialProof());
        assertEquals("Only 5 left", o.getScarcity());
        CatalogFacts inactive256 = catalog(nova128(), nova256(false, false, 3), nova512());
        assertEquals(Collections.singletonList(3L), targets(find(inactive256, 3, new CartLine(10, 1, 1))));
        CatalogFacts without256 = catalog(nova128(), nova512());
        assertEquals(Collections.singletonList(3L), targets(find(without256, 3, new CartLine(10, 1, 1))));
    }

    @Test
    public void theQuantityMustBeInStockForTheTarget() {
        // 4 units: more than the 256 GB's 3, the 512 GB has 5
        assertEquals(Collections.singletonList(3L), targets(find(ALL, 3, new CartLine(10, 1, 4))));
        // 7 units: the 2 TB's stock is untracked
        assertEquals(Collections.singletonList(5L), targets(find(ALL, 3, new CartLine(10, 1, 7))));
        CatalogFacts noUntracked = catalog(nova128(), nova256(), nova512(), nova1tb());
        assertEquals(Collections.emptyList(), find(noUntracked, 3, new CartLine(10, 1, 7)));
    }

    @Test
    public void oneOfferPerLineInCartOrderUpToTheMaximum() {
        CartLine[] lines = {new CartLine(10, 2, 1), new CartLine(11, 20, 1), new CartLine(12, 5, 1),
            new CartLine(13, 1, 1)};
        assertEquals(Arrays.asList(3L, 2L), targets(find(ALL, 3, lines)));
        assertEquals(Collections.singletonList(3L), targets(find(ALL, 1, lines)));
        assertEquals(Collections.emptyList(), find(ALL, 0, lines));
        assertEquals(12, find(ALL, 3, new CartLine(12, 4, 1)).get(0).getLineId());
    }

    @Test
    public void lineProductsOutsideTheCatalogOrGroupsGetNoOffer() {
        assertEquals(Collections.emptyList(), find(ALL, 3, new CartLine(10, 20, 1)));
        assertEquals(Collections.emptyList(), find(catalog(nova256(), nova512()), 3, new CartLine(10, 1, 1)));
        assertEquals(Collections.emptyList(), new CartUpgrades(ALL, COUNTS).find(ComparisonGroups.EMPTY,
                Collections.singletonList(new CartLine(10, 1, 1)), 3, OPTIONS));
    }

    @Test
    public void aValidUpgradeIsAllowed() {
        assertNull(check(new CartLine(10, 1, 1), 2));
        assertNull("not only the next one", check(new CartLine(10, 1, 1), 5));
        assertNull(check(new CartLine(10, 1, 3), 2));
    }

    @Test
    public void anUnknownTargetIsRefused() {
        assertEquals("That product does not exist: '99'.", check(new CartLine(10, 1, 1), 99));
    }

    @Test
    public void onlyABetterVersionOfTheSameFamilyIsAnUpgrade() {
        assertEquals("Orbit Case is not an upgrade of Nova X 128 GB.", check(new CartLine(10, 1, 1), 20));
        assertEquals("Nova X 128 GB is not an upgrade of Nova X 256 GB.", check(new CartLine(10, 2, 1), 1));
        assertEquals("Nova X 128 GB is not an upgrade of Nova X 128 GB.", check(new CartLine(10, 1, 1), 1));
        assertEquals("Nova X 256 GB is not an upgrade of Orbit Case.", check(new CartLine(10, 20, 1), 2));
        assertEquals("Nova X 256 GB is not an upgrade of that product.", check(new CartLine(10, 77, 1), 2));
    }

    @Test
    public void anUnavailableTargetIsRefused() {
        assertEquals("Sorry, Nova X 256 GB is not available in that quantity.", check(new CartLine(10, 1, 4), 2));
        CatalogFacts soldOut = catalog(nova128(), nova256(true, false, 0));
        String refused = new CartUpgrades(soldOut, COUNTS).check(GROUPS, new CartLine(10, 1, 1), 2);
        assertEquals("Sorry, Nova X 256 GB is not available in that quantity.", refused);
        CatalogFacts inactive = catalog(nova128(), nova256(false, true, null));
        refused = new CartUpgrades(inactive, COUNTS).check(GROUPS, new CartLine(10, 1, 1), 2);
        assertTrue(refused, refused.startsWith("Sorry, "));
    }

    @Test
    public void theUnitDeltaIsTheCatalogPriceDifference() {
        CartUpgrades upgrades = new CartUpgrades(ALL, COUNTS);
        assertEquals(money("300.00"), upgrades.unitDelta(1, 3));
        assertEquals(money("-100.00"), upgrades.unitDelta(2, 1));
        assertNull(upgrades.unitDelta(1, 99));
        assertNull(upgrades.unitDelta(99, 1));
    }
}
