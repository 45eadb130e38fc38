package io.uplift.engine.upsell;

import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class ComparisonGroupTest {

    private static final Date ENDS = new Date(1798113600000L);

    private static ComparisonGroup group(List<Long> members) {
        return new ComparisonGroup(7, "Nova X", members, null, null, null);
    }

    private static String rejection(List<Long> members, String offer, Date ends) {
        return assertThrows(IllegalArgumentException.class,
                () -> new ComparisonGroup(7, "Nova X", members, null, offer, ends)).getMessage();
    }

    private static String repeat(char c, int n) {
        char[] chars = new char[n];
        Arrays.fill(chars, c);
        return new String(chars);
    }

    @Test
    public void aGroupNeedsAtLeastTwoVersions() {
        assertEquals("comparison group 'Nova X': needs at least two versions: [1]",
                rejection(Collections.singletonList(1L), null, null));
        assertEquals("comparison group 'Nova X': needs at least two versions: null", rejection(null, null, null));
    }

    @Test
    public void aVersionMayBeListedOnlyOnce() {
        assertEquals("comparison group 'Nova X': a version is listed twice or empty: [1, 2, 1]",
                rejection(Arrays.asList(1L, 2L, 1L), null, null));
        assertEquals("comparison group 'Nova X': a version is listed twice or empty: [1, null]",
                rejection(Arrays.asList(1L, null), null, null));
    }

    @Test
    public void aGroupHasAtMostTwelveVersions() {
        List<Long> thirteen = new ArrayList<Long>();
        for (long i = 1; i <= 13; i++) {
            thirteen.add(i);
        }
        assertEquals("comparison group 'Nova X': at most 12 versions: 13", rejection(thirteen, null, null));
        assertEquals(12, group(thirteen.subList(0, 12)).getMembers().size());
    }

    @Test
    public void aNameIsRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ComparisonGroup(7, "  ", Arrays.asList(1L, 2L), null, null, null));
        assertEquals("comparison group 7: name must not be blank: '  '", e.getMessage());
        assertEquals("Nova X", new ComparisonGroup(7, " Nova X ", Arrays.asList(1L, 2L), null, null, null).getName());
    }

    @Test
    public void anOfferNeedsAnEndDate() {
        assertEquals("comparison group 'Nova X': a limited-time offer needs an end date: 'Free case'",
                rejection(Arrays.asList(1L, 2L), " Free case ", null));
    }

    @Test
    public void anOfferTextMayNotBeLongerThan120Characters() {
        String tooLong = repeat('x', 121);
        assertEquals("comparison group 'Nova X': offer text is longer than 120 characters: '" + tooLong + "'",
                rejection(Arrays.asList(1L, 2L), tooLong, ENDS));
        String longest = repeat('x', 120);
        assertEquals(longest, new ComparisonGroup(7, "Nova X", Arrays.asList(1L, 2L), null, longest, ENDS)
                .getOfferText());
    }

    @Test
    public void aBlankOfferIsNoOfferAndNeedsNoDate() {
        ComparisonGroup g = new ComparisonGroup(7, "Nova X", Arrays.asList(1L, 2L), null, "   ", null);
        assertNull(g.getOfferText());
        assertNull(g.getOfferEnds());
        assertNull(g.offerAt(new Date(0)));
    }

    @Test
    public void theOfferRunsUntilItsEndDate() {
        ComparisonGroup g = new ComparisonGroup(7, "Nova X", Arrays.asList(1L, 2L), null, " Free case ", ENDS);
        assertEquals("Free case", g.offerAt(new Date(ENDS.getTime() - 1)));
        assertNull("ends exactly then", g.offerAt(ENDS));
        assertNull(g.offerAt(new Date(ENDS.getTime() + 1)));
    }

    @Test
    public void theEndDateIsCopiedInAndOut() {
        Date ends = new Date(ENDS.getTime());
        ComparisonGroup g = new ComparisonGroup(7, "Nova X", Arrays.asList(1L, 2L), null, "Free case", ends);
        ends.setTime(0);
        assertEquals(ENDS, g.getOfferEnds());
        g.getOfferEnds().setTime(0);
        assertEquals(ENDS, g.getOfferEnds());
    }

    @Test
    public void membersAreACopyInGoodBetterBestOrder() {
        List<Long> members = new ArrayList<Long>(Arrays.asList(3L, 1L, 2L));
        ComparisonGroup g = group(members);
        members.clear();
        assertEquals(Arrays.asList(3L, 1L, 2L), g.getMembers());
        assertThrows(UnsupportedOperationException.class, () -> g.getMembers().add(4L));
    }

    @Test
    public void rankIsThePlaceInTheFamily() {
        ComparisonGroup g = group(Arrays.asList(3L, 1L, 2L));
        assertEquals(0, g.rankOf(3));
        assertEquals(1, g.rankOf(1));
        assertEquals(2, g.rankOf(2));
        assertEquals(-1, g.rankOf(9));
    }

    @Test
    public void anUpgradeIsAHigherRankInTheSameGroup() {
        ComparisonGroup g = group(Arrays.asList(3L, 1L, 2L));
        assertTrue(g.isUpgrade(3, 1));
        assertTrue(g.isUpgrade(3, 2));
        assertTrue(g.isUpgrade(1, 2));
        assertFalse("downgrade", g.isUpgrade(2, 1));
        assertFalse("same", g.isUpgrade(1, 1));
        assertFalse("candidate not a member", g.isUpgrade(3, 9));
        assertFalse("product not a member", g.isUpgrade(9, 2));
    }

    @Test
    public void betterThanListsTheHigherVersionsNextBetterFirst() {
        ComparisonGroup g = group(Arrays.asList(3L, 1L, 2L));
        assertEquals(Arrays.asList(1L, 2L), g.betterThan(3));
        assertEquals(Collections.singletonList(2L), g.betterThan(1));
        assertEquals(Collections.emptyList(), g.betterThan(2));
        assertEquals(Collections.emptyList(), g.betterThan(9));
    }

    @Test
    public void attributesAreTrimmedAndDeduplicatedIgnoringCase() {
        ComparisonGroup g = new ComparisonGroup(7, "Nova X", Arrays.asList(1L, 2L),
                Arrays.asList(" storage ", "RAM", null, "  ", "Storage", "ram", "battery"), null, null);
        assertEquals(Arrays.asList("storage", "RAM", "battery"), g.getAttributes());
        assertEquals(Collections.emptyList(), group(Arrays.asList(1L, 2L)).getAttributes());
    }

    @Test
    public void attributeListSplitsTheAdminFieldOnCommas() {
        assertEquals(Arrays.asList("storage", "RAM", "satellite SOS"),
                ComparisonGroup.attributeList(" storage, RAM ,, satellite SOS ,"));
        assertEquals(Arrays.asList("storage", "RAM"), ComparisonGroup.attributeList("storage, RAM, Storage"));
        assertEquals(Collections.emptyList(), ComparisonGroup.attributeList("  "));
        assertEquals(Collections.emptyList(), ComparisonGroup.attributeList(null));
    }

    @Test
    public void theIndexFindsAGroupByMemberAndByIdTheFirstGroupWinningAShared() {
        ComparisonGroup nova = new ComparisonGroup(7, "Nova X", Arrays.asList(1L, 2L, 3L), null, null, null);
        ComparisonGroup orbit = new ComparisonGroup(8, "Orbit", Arrays.asList(3L, 4L), null, null, null);
        ComparisonGroups groups = new ComparisonGroups(Arrays.asList(nova, orbit));
        assertSame(nova, groups.groupOf(1));
        assertSame(nova, groups.groupOf(3));
        assertSame(orbit, groups.groupOf(4));
        assertNull(groups.groupOf(9));
        assertSame(orbit, groups.byId(8));
        assertNull(groups.byId(9));
        assertEquals(2, groups.size());
        assertEquals(Arrays.asList(nova, orbit), new ArrayList<ComparisonGroup>(groups.all()));
        assertThrows(UnsupportedOperationException.class, () -> groups.all().clear());
    }

    @Test
    public void theEmptyIndexHasNoGroups() {
        assertEquals(0, ComparisonGroups.EMPTY.size());
        assertNull(ComparisonGroups.EMPTY.groupOf(1));
    }
}
