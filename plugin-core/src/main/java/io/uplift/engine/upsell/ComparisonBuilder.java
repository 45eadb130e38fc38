package io.uplift.engine.upsell;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Builds the comparison of a viewed product with up to N better versions of its group, from the catalog's real
 * facts. Tolerant by design: a missing, inactive or unbuyable version is left out, an attribute missing on some
 * versions shows as a dash, and a table with nothing better to offer is not built at all.
 */
public final class ComparisonBuilder {

    /** Most better versions one table shows. */
    public static final int MAX_UPGRADES = 3;

    private final CatalogFacts catalog;
    private final SocialProofCounts counts;

    public ComparisonBuilder(CatalogFacts catalog, SocialProofCounts counts) {
        this.catalog = catalog;
        this.counts = counts;
    }

    /** Where the social-proof counts come from. */
    public SocialProofCounts getCounts() {
        return counts;
    }

    /**
     * @param maxUpgrades the admin's limit of better versions (capped at {@link #MAX_UPGRADES})
     * @return the table, or {@code null} when the viewed product is unknown or inactive or has no buyable better version
     */
    public ComparisonTable build(ComparisonGroup group, long anchorId, int maxUpgrades, UpsellOptions options, Date now) {
        ProductFacts anchor = catalog.find(anchorId);
        if (anchor == null || !anchor.isActive() || anchor.getPrice() == null || group.rankOf(anchorId) < 0) {
            return null;
        }
        int limit = Math.max(0, Math.min(maxUpgrades, MAX_UPGRADES));
        List<ProductFacts> versions = new ArrayList<ProductFacts>();
        versions.add(anchor);
        for (Long id : group.betterThan(anchorId)) {
            if (versions.size() > limit) {
                break;
            }
            ProductFacts p = catalog.find(id);
            if (p != null && p.isActive() && p.isAvailable() && p.getPrice() != null) {
                versions.add(p);
            }
        }
        if (versions.size() < 2) {
            return null;
        }
        List<String> attributes = attributes(group, versions);
        GroupCounts groupCounts = options.isSocialProof() ? counts.get(group.getId(), options.getWindowDays()) : null;
        List<ComparisonTable.Column> columns = new ArrayList<ComparisonTable.Column>();
        for (ProductFacts v : versions) {
            columns.add(column(group, anchor, v, attributes, options, groupCounts));
        }
        List<ComparisonTable.Row> rows = new ArrayList<ComparisonTable.Row>();
        for (String a : attributes) {
            List<ComparisonTable.Cell> cells = new ArrayList<ComparisonTable.Cell>();
            String anchorValue = value(anchor, a);
            for (ProductFacts v : versions) {
                String value = value(v, a);
                cells.add(new ComparisonTable.Cell(AttributeDifference.present(value) ? value.trim() : null,
                        AttributeDifference.of(anchorValue, value)));
            }
            rows.add(new ComparisonTable.Row(a, PriceFraming.label(a, true), cells));
        }
        String offer = group.offerAt(now);
        return new ComparisonTable(group.getId(), group.getName(), columns, rows, offer,
                offer == null ? null : "Ends " + endsText(group.getOfferEnds()));
    }

    private ComparisonTable.Column column(ComparisonGroup group, ProductFacts anchor, ProductFacts v,
            List<String> attributes, UpsellOptions options, GroupCounts groupCounts) {
        boolean isAnchor = v.getId() == anchor.getId();
        String delta = null;
        String perMonth = null;
        List<String> premium = new ArrayList<String>();
        if (!isAnchor) {
            BigDecimal diff = v.getPrice().subtract(anchor.getPrice());
            String framed = null;
            for (String a : attributes) {
                String benefit = PriceFraming.benefit(a, value(anchor, a), value(v, a));
                if (benefit != null) {
                    premium.add(capitalise(benefit));
                    if (framed == null) {
                        framed = PriceFraming.upgrade(diff, v.getCurrency(), a, value(anchor, a), value(v, a));
                    }
                }
            }
            delta = framed != null ? framed : PriceText.signed(diff, v.getCurrency());
            perMonth = PriceFraming.perMonth(diff, v.getCurrency(), options.getPerMonthMonths());
        }
        String proof = groupCounts == null ? null
                : groupCounts.socialProof(v.getId(), options.getMinOrders(), group.getName());
        Integer share = groupCounts == null ? null : groupCounts.sharePercent(v.getId(), options.getMinOrders());
        return new ComparisonTable.Column(v.getId(), v.getName(), v.getUrl(), v.getImageUrl(),
                PriceText.format(v.getPrice(), v.getCurrency()), isAnchor, delta, perMonth, premium, proof, share,
                options.scarcity(v.getQuantityAvailable()));
    }

    /**
     * The rows: the group's attributes in its order when it lists any (rows nobody has are dropped), else every
     * attribute on which some version differs, the viewed product's attributes first.
     */
    static List<String> attributes(ComparisonGroup group, List<ProductFacts> versions) {
        List<String> out = new ArrayList<String>();
        if (!group.getAttributes().isEmpty()) {
            for (String a : group.getAttributes()) {
                for (ProductFacts v : versions) {
                    if (AttributeDifference.present(value(v, a))) {
                        out.add(a);
                        break;
                    }
                }
            }
            return out;
        }
        Map<String, String> names = new LinkedHashMap<String, String>();
        for (ProductFacts v : versions) {
            for (String a : v.getAttributes().keySet()) {
                String key = a.toLowerCase(Locale.ROOT);
                if (!names.containsKey(key)) {
                    names.put(key, a);
                }
            }
        }
        ProductFacts anchor = versions.get(0);
        for (String a : names.values()) {
            for (ProductFacts v : versions) {
                if (AttributeDifference.of(value(anchor, a), value(v, a)).isDifferent()) {
                    out.add(a);
                    break;
                }
            }
        }
        return out;
    }

    /** The product's value of the attribute, matched without regard to case; {@code null} when absent. */
    public static String value(ProductFacts p, String attribute) {
        String v = p.getAttributes().get(attribute);
        if (v != null) {
            return v;
        }
        for (Map.Entry<String, String> e : p.getAttributes().entrySet()) {
            if (e.getKey().equalsIgnoreCase(attribute)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** "Mar 5, 2027" in the JVM's time zone (a formatter is thread-safe; building one per page cost more than the table). */
    private static final DateTimeFormatter ENDS = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private static String endsText(Date ends) {
        return ENDS.format(ends.toInstant().atZone(TimeZone.getDefault().toZoneId()));
    }
}
