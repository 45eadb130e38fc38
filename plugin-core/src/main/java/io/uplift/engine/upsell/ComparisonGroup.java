package io.uplift.engine.upsell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A product family in good/better/best versions (e.g. a phone in 128/256/512 GB), as the merchandiser defined or
 * accepted it: the versions in order (good first), the attributes to compare and an optional limited-time offer.
 * Immutable; the guards quote the bad value.
 */
public final class ComparisonGroup {

    /** Longest offer text, in characters. */
    public static final int MAX_OFFER_LENGTH = 120;
    /** Most versions in one group. */
    public static final int MAX_MEMBERS = 12;

    private final long id;
    private final String name;
    private final List<Long> members;
    private final List<String> attributes;
    private final String offerText;
    private final Date offerEnds;

    /**
     * @param members    product ids, good first; at least two, each at most once
     * @param attributes attribute names to compare, in display order; empty to compare every attribute that differs
     * @param offerText  a limited-time message shown with the table until {@code offerEnds}, or {@code null}
     * @param offerEnds  when the offer disappears; required with an offer text
     */
    public ComparisonGroup(long id, String name, List<Long> members, List<String> attributes, String offerText,
            Date offerEnds) {
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("comparison group " + id + ": name must not be blank: '" + name + "'");
        }
        if (members == null || members.size() < 2) {
            throw new IllegalArgumentException("comparison group '" + name + "': needs at least two versions: " + members);
        }
        if (members.size() > MAX_MEMBERS) {
            throw new IllegalArgumentException("comparison group '" + name + "': at most " + MAX_MEMBERS
                    + " versions: " + members.size());
        }
        if (new LinkedHashSet<Long>(members).size() != members.size() || members.contains(null)) {
            throw new IllegalArgumentException("comparison group '" + name + "': a version is listed twice or empty: "
                    + members);
        }
        String offer = offerText == null || offerText.trim().isEmpty() ? null : offerText.trim();
        if (offer != null && offer.length() > MAX_OFFER_LENGTH) {
            throw new IllegalArgumentException("comparison group '" + name + "': offer text is longer than "
                    + MAX_OFFER_LENGTH + " characters: '" + offer + "'");
        }
        if (offer != null && offerEnds == null) {
            throw new IllegalArgumentException("comparison group '" + name + "': a limited-time offer needs an end date: '"
                    + offer + "'");
        }
        this.id = id;
        this.name = name.trim();
        this.members = Collections.unmodifiableList(new ArrayList<Long>(members));
        this.attributes = Collections.unmodifiableList(parseAttributes(attributes));
        this.offerText = offer;
        this.offerEnds = offerEnds == null ? null : new Date(offerEnds.getTime());
    }

    /** Attribute names from a comma-separated admin field; blank gives an empty list. Names are trimmed, deduplicated. */
    public static List<String> attributeList(String text) {
        return text == null ? new ArrayList<String>() : parseAttributes(Arrays.asList(text.split(",")));
    }

    private static List<String> parseAttributes(List<String> attributes) {
        LinkedHashSet<String> seen = new LinkedHashSet<String>();
        List<String> out = new ArrayList<String>();
        if (attributes != null) {
            for (String a : attributes) {
                if (a != null && !a.trim().isEmpty() && seen.add(a.trim().toLowerCase(Locale.ROOT))) {
                    out.add(a.trim());
                }
            }
        }
        return out;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Product ids, good first; never null. */
    public List<Long> getMembers() {
        return members;
    }

    /** Attribute names to compare; empty means every attribute that differs. */
    public List<String> getAttributes() {
        return attributes;
    }

    /** The version's place in the family (0 = good), or -1 when the product is not in this group. */
    public int rankOf(long productId) {
        return members.indexOf(productId);
    }

    /** True when {@code candidate} is a better version of {@code productId} in this group. */
    public boolean isUpgrade(long productId, long candidate) {
        int from = rankOf(productId);
        int to = rankOf(candidate);
        return from >= 0 && to > from;
    }

    /** The versions above {@code productId}, next better first; empty when it is the best or not a member. */
    public List<Long> betterThan(long productId) {
        int from = rankOf(productId);
        return from < 0 ? Collections.<Long>emptyList() : members.subList(from + 1, members.size());
    }

    /** The offer text while the offer runs at {@code now}, else {@code null}. */
    public String offerAt(Date now) {
        return offerText != null && now.before(offerEnds) ? offerText : null;
    }

    public String getOfferText() {
        return offerText;
    }

    public Date getOfferEnds() {
        return offerEnds == null ? null : new Date(offerEnds.getTime());
    }

    @Override
    public String toString() {
        return "ComparisonGroup{" + id + " '" + name + "' " + members + " " + attributes + "}";
    }
}
