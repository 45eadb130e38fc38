package io.uplift.engine.upsell;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.uplift.engine.upsell.UpsellFixtures.attrs;
import static io.uplift.engine.upsell.UpsellFixtures.catalog;
import static io.uplift.engine.upsell.UpsellFixtures.nova128;
import static io.uplift.engine.upsell.UpsellFixtures.nova256;
import static io.uplift.engine.upsell.UpsellFixtures.nova512;
import static io.uplift.engine.upsell.UpsellFixtures.product;
import static org.junit.Assert.assertEquals;

/**
 * Nova X 128/256/512 GB of {@link UpsellFixtures} in category 100; an inactive Nova X 1 TB (6), also in 100; two
 * Orbit 5 phones (10, 11) in category 200.
 */
public class GroupProposerTest {

    private static final ProductFacts INACTIVE = product(6, "Nova X 1 TB", "1299.00", false, false, null,
            Collections.singletonList(100L), attrs("storage", "1 TB"));
    private static final ProductFacts ORBIT_64 = product(10, "Orbit 5 64 GB", "300.00", true, true, null,
            Collections.singletonList(200L), attrs("storage", "64 GB", "color", "Blue"));
    private static final ProductFacts ORBIT_128 = product(11, "Orbit 5 128 GB", "350.00", true, true, null,
            Arrays.asList(200L, 100L), attrs("storage", "128 GB", "color", "Blue"));

    private static final CatalogFacts CATALOG = catalog(nova128(), nova256(), nova512(), INACTIVE, ORBIT_64, ORBIT_128);

    /** Up-sale relations from id, ids, id, ids, ... in the order given. */
    private static Map<Long, List<Long>> upSales(Object... fromAndTo) {
        Map<Long, List<Long>> map = new LinkedHashMap<Long, List<Long>>();
        for (int i = 0; i < fromAndTo.length; i += 2) {
            List<Long> to = new ArrayList<Long>();
            for (long id : (long[]) fromAndTo[i + 1]) {
                to.add(id);
            }
            map.put((Long) fromAndTo[i], to);
        }
        return map;
    }

    private static List<GroupProposal> propose(Map<Long, List<Long>> upSales, Long... grouped) {
        Set<Long> set = new HashSet<Long>(Arrays.asList(grouped));
        return new GroupProposer(CATALOG).propose(upSales, set);
    }

    private static List<List<Long>> members(List<GroupProposal> proposals) {
        List<List<Long>> out = new ArrayList<List<Long>>();
        for (GroupProposal p : proposals) {
            out.add(p.getMembers());
        }
        return out;
    }

    @Test
    public void upSaleChainsBecomeOneFamilyOrderedByPrice() {
        List<GroupProposal> proposals = propose(upSales(2L, new long[] {3}, 1L, new long[] {2, 3}));
        assertEquals(1, proposals.size());
        GroupProposal p = proposals.get(0);
        assertEquals(Arrays.asList(1L, 2L, 3L), p.getMembers());
        assertEquals(Arrays.asList("Nova X 128 GB", "Nova X 256 GB", "Nova X 512 GB"), p.getMemberNames());
        assertEquals("Nova X", p.getName());
        assertEquals("1-2-3", p.getKey());
    }

    @Test
    public void theRelationCountsInEitherDirection() {
        List<GroupProposal> proposals = propose(upSales(3L, new long[] {2}, 2L, new long[] {1}));
        assertEquals(Collections.singletonList(Arrays.asList(1L, 2L, 3L)), members(proposals));
    }

    @Test
    public void theComparedAttributesAreThoseEveryVersionHasTheDifferingOnesFirst() {
        GroupProposal p = propose(upSales(1L, new long[] {2, 3}, 2L, new long[] {3})).get(0);
        // the 512 GB has no headphone jack, only it has satellite SOS
        assertEquals(Arrays.asList("ram", "storage", "color", "display"), p.getAttributes());
        GroupProposal pair = propose(upSales(1L, new long[] {2})).get(0);
        assertEquals(Arrays.asList("ram", "storage", "color", "display", "headphone jack"), pair.getAttributes());
    }

    @Test
    public void productsAlreadyGroupedAreLeftOut() {
        assertEquals(Collections.singletonList(Arrays.asList(1L, 3L)),
                members(propose(upSales(1L, new long[] {2, 3}, 2L, new long[] {3}), 2L)));
        assertEquals("the chain breaks at 2", Collections.emptyList(),
                propose(upSales(1L, new long[] {2}, 2L, new long[] {3}), 2L));
    }

    @Test
    public void productsOfDifferentMainCategoriesAreNotLinked() {
        List<GroupProposal> proposals = propose(upSales(1L, new long[] {2, 10}, 10L, new long[] {11}));
        assertEquals(Arrays.asList(Arrays.asList(1L, 2L), Arrays.asList(10L, 11L)), members(proposals));
        assertEquals("Orbit 5", proposals.get(1).getName());
        assertEquals("a secondary category is not enough", Collections.emptyList(),
                propose(upSales(1L, new long[] {11})));
    }

    @Test
    public void inactiveAndUnknownProductsAreLeftOut() {
        assertEquals(Collections.singletonList(Arrays.asList(1L, 2L)),
                members(propose(upSales(1L, new long[] {2, 6, 99}, 6L, new long[] {1}))));
        assertEquals(Collections.emptyList(), propose(upSales(1L, new long[] {6})));
    }

    @Test
    public void aProductIsNotItsOwnFamily() {
        assertEquals(Collections.emptyList(), propose(upSales(1L, new long[] {1})));
        assertEquals(Collections.emptyList(), propose(upSales()));
    }

    @Test
    public void familiesLargerThanAGroupMayBeAreNotProposed() {
        List<ProductFacts> products = new ArrayList<ProductFacts>();
        Map<Long, List<Long>> chain = new LinkedHashMap<Long, List<Long>>();
        for (long id = 100; id < 113; id++) {
            products.add(product(id, "Tee " + id, id + ".00", true, true, null, null, null));
            if (id > 100) {
                chain.put(id - 1, Collections.singletonList(id));
            }
        }
        GroupProposer proposer = new GroupProposer(catalog(products.toArray(new ProductFacts[0])));
        assertEquals("13 versions", Collections.emptyList(), proposer.propose(chain, Collections.<Long>emptySet()));
        chain.remove(111L);
        List<GroupProposal> twelve = proposer.propose(chain, Collections.<Long>emptySet());
        assertEquals(1, twelve.size());
        assertEquals(12, twelve.get(0).getMembers().size());
        assertEquals(Long.valueOf(100), twelve.get(0).getMembers().get(0));
    }

    @Test
    public void versionsOfOnePriceAreOrderedById() {
        ProductFacts a = product(31, "Tee Red", "20.00", true, true, null, null, null);
        ProductFacts b = product(30, "Tee Blue", "20.00", true, true, null, null, null);
        List<GroupProposal> proposals = new GroupProposer(catalog(a, b))
                .propose(upSales(31L, new long[] {30}), Collections.<Long>emptySet());
        assertEquals(Arrays.asList(30L, 31L), proposals.get(0).getMembers());
        assertEquals("Tee", proposals.get(0).getName());
    }

    @Test
    public void theFamilyNameIsTheWordsTheNamesShareAtTheStart() {
        assertEquals("Nova X", GroupProposer.familyName(Arrays.asList("Nova X 128 GB", "Nova X 256 GB")));
        assertEquals("Nova X", GroupProposer.familyName(Arrays.asList("Nova X", "NOVA x Pro", "nova X  Max")));
        assertEquals("Nova X 128 GB", GroupProposer.familyName(Arrays.asList(" Nova X 128 GB ", "Nova X 128 GB")));
    }

    @Test
    public void withoutACommonStartTheFamilyIsNamedAfterItsFirstVersion() {
        assertEquals("Alpha Phone", GroupProposer.familyName(Arrays.asList("Alpha Phone", "Beta Phone")));
        assertEquals("Alpha Phone", GroupProposer.familyName(Arrays.asList(" Alpha Phone ", "Alpha", "Beta")));
        assertEquals("", GroupProposer.familyName(Collections.<String>emptyList()));
    }
}
