package io.uplift.engine.upsell;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Proposes comparison groups from the shop's up-sale relations and shared attributes: every set of active products
 * linked by up-sale relations (in either direction) that share a main category becomes a family, its versions
 * ordered by price (good first), its compared attributes those every version has, the differing ones first. Products
 * already in a group are left out.
 */
public final class GroupProposer {

    private final CatalogFacts catalog;

    public GroupProposer(CatalogFacts catalog) {
        this.catalog = catalog;
    }

    /**
     * @param upSales  product id to the ids of its up-sale products
     * @param grouped  products already in a comparison group
     */
    public List<GroupProposal> propose(Map<Long, List<Long>> upSales, Set<Long> grouped) {
        Map<Long, Set<Long>> links = new LinkedHashMap<Long, Set<Long>>();
        for (Map.Entry<Long, List<Long>> e : upSales.entrySet()) {
            for (Long to : e.getValue()) {
                if (usable(e.getKey(), grouped) && usable(to, grouped) && sameCategory(e.getKey(), to)) {
                    link(links, e.getKey(), to);
                    link(links, to, e.getKey());
                }
            }
        }
        List<GroupProposal> out = new ArrayList<GroupProposal>();
        Set<Long> seen = new LinkedHashSet<Long>();
        for (Long start : links.keySet()) {
            if (seen.contains(start)) {
                continue;
            }
            List<Long> component = new ArrayList<Long>();
            List<Long> stack = new ArrayList<Long>(Collections.singletonList(start));
            seen.add(start);
            while (!stack.isEmpty()) {
                Long id = stack.remove(stack.size() - 1);
                component.add(id);
                for (Long next : links.get(id)) {
                    if (seen.add(next)) {
                        stack.add(next);
                    }
                }
            }
            if (component.size() >= 2 && component.size() <= ComparisonGroup.MAX_MEMBERS) {
                out.add(proposal(component));
            }
        }
        return out;
    }

    private GroupProposal proposal(List<Long> ids) {
        final Map<Long, ProductFacts> facts = new HashMap<Long, ProductFacts>();
        for (Long id : ids) {
            facts.put(id, catalog.find(id));
        }
        List<Long> members = new ArrayList<Long>(ids);
        Collections.sort(members, new Comparator<Long>() {
            @Override
            public int compare(Long a, Long b) {
                int c = facts.get(a).getPrice().compareTo(facts.get(b).getPrice());
                return c != 0 ? c : a.compareTo(b);
            }
        });
        List<String> names = new ArrayList<String>();
        for (Long id : members) {
            names.add(facts.get(id).getName());
        }
        return new GroupProposal(familyName(names), members, names, sharedAttributes(members, facts));
    }

    static List<String> sharedAttributes(List<Long> members, Map<Long, ProductFacts> facts) {
        List<String> differing = new ArrayList<String>();
        List<String> same = new ArrayList<String>();
        ProductFacts first = facts.get(members.get(0));
        for (String a : first.getAttributes().keySet()) {
            boolean everywhere = true;
            boolean differs = false;
            for (Long id : members) {
                String v = ComparisonBuilder.value(facts.get(id), a);
                if (!AttributeDifference.present(v)) {
                    everywhere = false;
                    break;
                }
                differs |= AttributeDifference.of(first.getAttributes().get(a), v).isDifferent();
            }
            if (everywhere) {
                (differs ? differing : same).add(a);
            }
        }
        differing.addAll(same);
        return differing;
    }

    /** The words the names share at the start ("Nova X" of "Nova X 128 GB" and "Nova X 256 GB"); else the first name. */
    static String familyName(Collection<String> names) {
        String[] prefix = null;
        int length = 0;
        for (String n : names) {
            String[] words = n.trim().split("\\s+");
            if (prefix == null) {
                prefix = words;
                length = words.length;
                continue;
            }
            int i = 0;
            while (i < length && i < words.length && prefix[i].toLowerCase(Locale.ROOT).equals(words[i].toLowerCase(Locale.ROOT))) {
                i++;
            }
            length = i;
        }
        if (prefix == null) {
            return "";
        }
        if (length == 0) {
            return names.iterator().next().trim();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(i == 0 ? "" : " ").append(prefix[i]);
        }
        return b.toString();
    }

    private boolean usable(Long id, Set<Long> grouped) {
        ProductFacts p = catalog.find(id);
        return p != null && p.isActive() && p.getPrice() != null && !grouped.contains(id);
    }

    private boolean sameCategory(Long a, Long b) {
        List<Long> ca = catalog.find(a).getCategoryIds();
        List<Long> cb = catalog.find(b).getCategoryIds();
        return ca.isEmpty() || cb.isEmpty() || ca.get(0).equals(cb.get(0));
    }

    private static void link(Map<Long, Set<Long>> links, Long a, Long b) {
        Set<Long> s = links.get(a);
        if (s == null) {
            s = new LinkedHashSet<Long>();
            links.put(a, s);
        }
        s.add(b);
    }
}
