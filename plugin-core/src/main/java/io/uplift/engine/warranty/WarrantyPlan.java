package io.uplift.engine.warranty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A warranty / protection plan as the merchandiser defined it: name, provider, the terms shoppers accept, the items
 * it covers (products in one of its categories, unit price in [minPrice, maxPrice)) and its prices, one or more
 * {@link WarrantyRate}s per term. Each term names the catalog product its cart line is for (e.g. "Protection Plan
 * 2 Years"); the terms offered are exactly those, and each must have prices. For each term the rates' bands must cover
 * the plan's whole price range without a gap or an overlap, so every eligible item has exactly one price per term. Immutable; the guards are the admin's save rules and quote the bad value.
 */
public final class WarrantyPlan {

    private final long id;
    private final String name;
    private final String provider;
    private final String termsText;
    private final Set<Long> categoryIds;
    private final BigDecimal minPrice;
    private final BigDecimal maxPrice;
    private final List<WarrantyRate> rates;
    private final List<Integer> terms;
    private final Map<Integer, Long> termProducts;

    /**
     * @param minPrice lowest unit price covered (inclusive), or {@code null}: 0
     * @param maxPrice unit prices from this one on are not covered, or {@code null}: no limit
     * @param termProducts per term (years) the catalog product whose line carries the plan in the cart
     */
    public WarrantyPlan(long id, String name, String provider, String termsText, Collection<Long> categoryIds,
            BigDecimal minPrice, BigDecimal maxPrice, Map<Integer, Long> termProducts, List<WarrantyRate> rates) {
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("warranty plan " + id + ": name must not be blank: '" + name + "'");
        }
        String what = "warranty plan '" + name.trim() + "'";
        if (provider == null || provider.trim().isEmpty()) {
            throw new IllegalArgumentException(what + ": provider must not be blank: '" + provider + "'");
        }
        if (termsText == null || termsText.trim().isEmpty()) {
            throw new IllegalArgumentException(what + ": the terms text shown to shoppers must not be blank: '"
                    + termsText + "'");
        }
        if (categoryIds == null || categoryIds.isEmpty() || categoryIds.contains(null)) {
            throw new IllegalArgumentException(what + ": needs at least one category of covered products: "
                    + categoryIds);
        }
        if (minPrice != null && !WarrantyRate.isMoney(minPrice, true)) {
            throw new IllegalArgumentException(what + ": the minimum item price must be zero or positive with at most"
                    + " two decimals: " + minPrice);
        }
        if (maxPrice != null && !WarrantyRate.isMoney(maxPrice, false)) {
            throw new IllegalArgumentException(what + ": the maximum item price must be positive with at most two"
                    + " decimals: " + maxPrice);
        }
        BigDecimal min = minPrice == null ? BigDecimal.ZERO.setScale(2) : minPrice.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal max = maxPrice == null ? null : maxPrice.setScale(2, RoundingMode.UNNECESSARY);
        if (max != null && max.compareTo(min) <= 0) {
            throw new IllegalArgumentException(what + ": the maximum item price " + max + " must be above the minimum "
                    + min);
        }
        if (rates == null || rates.isEmpty() || rates.contains(null)) {
            throw new IllegalArgumentException(what + ": needs at least one price (a term with a fixed amount or a"
                    + " percentage): " + rates);
        }
        if (termProducts == null || termProducts.isEmpty()) {
            throw new IllegalArgumentException(what + ": needs at least one term (years and the product its cart line"
                    + " is for): " + termProducts);
        }
        Set<Long> seenProducts = new TreeSet<Long>();
        for (Map.Entry<Integer, Long> t : termProducts.entrySet()) {
            if (t.getKey() == null || t.getKey() < WarrantyRate.MIN_YEARS || t.getKey() > WarrantyRate.MAX_YEARS) {
                throw new IllegalArgumentException(what + ": a term must be " + WarrantyRate.MIN_YEARS + " to "
                        + WarrantyRate.MAX_YEARS + " years: " + t.getKey());
            }
            if (t.getValue() == null) {
                throw new IllegalArgumentException(what + ": the " + t.getKey() + "-year term needs a product");
            }
            if (!seenProducts.add(t.getValue())) {
                throw new IllegalArgumentException(what + ": product " + t.getValue() + " is the product of two terms: "
                        + termProducts);
            }
        }
        TreeMap<Integer, List<WarrantyRate>> byTerm = new TreeMap<Integer, List<WarrantyRate>>();
        for (WarrantyRate r : rates) {
            List<WarrantyRate> list = byTerm.get(r.getYears());
            if (list == null) {
                list = new ArrayList<WarrantyRate>();
                byTerm.put(r.getYears(), list);
            }
            list.add(r);
        }
        for (Integer years : termProducts.keySet()) {
            if (!byTerm.containsKey(years)) {
                throw new IllegalArgumentException(what + ": the " + years + "-year term has no price (prices for "
                        + byTerm.keySet() + " years)");
            }
        }
        for (Integer years : byTerm.keySet()) {
            if (!termProducts.containsKey(years)) {
                throw new IllegalArgumentException(what + ": there are prices for " + years + " years but no "
                        + years + "-year term (terms " + new TreeSet<Integer>(termProducts.keySet()) + ")");
            }
        }
        for (List<WarrantyRate> list : byTerm.values()) {
            checkBands(what, list, min, max);
        }
        this.id = id;
        this.name = name.trim();
        this.provider = provider.trim();
        this.termsText = termsText.trim();
        this.categoryIds = Collections.unmodifiableSet(new TreeSet<Long>(categoryIds));
        this.minPrice = min;
        this.maxPrice = max;
        List<WarrantyRate> sorted = new ArrayList<WarrantyRate>();
        for (List<WarrantyRate> list : byTerm.values()) {
            sorted.addAll(list);
        }
        this.rates = Collections.unmodifiableList(sorted);
        this.terms = Collections.unmodifiableList(new ArrayList<Integer>(byTerm.keySet()));
        this.termProducts = Collections.unmodifiableMap(new TreeMap<Integer, Long>(termProducts));
    }

    /** Sorts one term's rates by band and checks that they tile [min, max): no gap, no overlap. */
    private static void checkBands(String what, List<WarrantyRate> list, final BigDecimal min, final BigDecimal max) {
        Collections.sort(list, new Comparator<WarrantyRate>() {
            @Override
            public int compare(WarrantyRate a, WarrantyRate b) {
                return from(a, min).compareTo(from(b, min));
            }
        });
        int years = list.get(0).getYears();
        BigDecimal expected = min;
        for (int i = 0; i < list.size(); i++) {
            WarrantyRate r = list.get(i);
            BigDecimal from = from(r, min);
            if (from.compareTo(expected) != 0) {
                throw new IllegalArgumentException(what + ": the " + years + "-year prices "
                        + (from.compareTo(expected) > 0 ? "leave item prices from " + expected + " to " + from
                                + " without a price" : "overlap from " + from + " (" + r + ")")
                        + ": " + list);
            }
            BigDecimal to = r.getBandTo() != null ? r.getBandTo() : max;
            boolean last = i == list.size() - 1;
            if (to == null && !last) {
                throw new IllegalArgumentException(what + ": the " + years + "-year price " + r
                        + " has no end but is not the last band: " + list);
            }
            if (to != null && to.compareTo(from) <= 0) {
                throw new IllegalArgumentException(what + ": the " + years + "-year price " + r
                        + " ends at or below its start " + from + ": " + list);
            }
            if (max != null && to != null && to.compareTo(max) > 0) {
                throw new IllegalArgumentException(what + ": the " + years + "-year price " + r
                        + " goes beyond the plan's maximum item price " + max + ": " + list);
            }
            if (last && (to == null ? max != null : max == null || to.compareTo(max) != 0)) {
                throw new IllegalArgumentException(what + ": the " + years + "-year prices stop at " + to
                        + " but the plan covers items up to " + (max == null ? "any price" : max.toPlainString())
                        + ": " + list);
            }
            expected = to;
        }
    }

    private static BigDecimal from(WarrantyRate r, BigDecimal min) {
        return r.getBandFrom() != null ? r.getBandFrom() : min;
    }

    /**
     * Whether the plan covers an item in these categories at this unit price.
     *
     * @param itemCategoryIds the categories of the item's product (the adapter decides whether parents count)
     */
    public boolean covers(Collection<Long> itemCategoryIds, BigDecimal unitPrice) {
        if (unitPrice == null || unitPrice.signum() < 0 || itemCategoryIds == null) {
            return false;
        }
        boolean inCategory = false;
        for (Long c : itemCategoryIds) {
            if (c != null && categoryIds.contains(c)) {
                inCategory = true;
                break;
            }
        }
        return inCategory && unitPrice.compareTo(minPrice) >= 0 && (maxPrice == null || unitPrice.compareTo(maxPrice) < 0);
    }

    /** Whether the plan is offered for this many years. */
    public boolean offers(int years) {
        return terms.contains(years);
    }

    /**
     * The price of one unit of the plan for {@code years} on an item priced {@code unitPrice}.
     *
     * @throws IllegalArgumentException when the plan has no such term or does not cover that price (message quotes
     *                                  both)
     */
    public BigDecimal price(int years, BigDecimal unitPrice) {
        if (!offers(years)) {
            throw new IllegalArgumentException(this + " has no " + years + "-year term (terms: " + terms + ")");
        }
        if (unitPrice == null || unitPrice.signum() < 0 || unitPrice.compareTo(minPrice) < 0
                || (maxPrice != null && unitPrice.compareTo(maxPrice) >= 0)) {
            throw new IllegalArgumentException(this + " does not cover an item priced " + unitPrice + " (covers "
                    + minPrice + " to under " + (maxPrice == null ? "any price" : maxPrice.toPlainString()) + ")");
        }
        for (WarrantyRate r : rates) {
            if (r.getYears() == years && r.covers(unitPrice, minPrice, maxPrice)) {
                return r.price(unitPrice);
            }
        }
        throw new IllegalStateException(this + ": no " + years + "-year price for " + unitPrice); // bands tile the range
    }

    /** The plan's offer for an item priced {@code unitPrice}: one quote per term, shortest first. */
    public List<WarrantyQuote> quotes(BigDecimal unitPrice) {
        List<WarrantyQuote> out = new ArrayList<WarrantyQuote>(terms.size());
        for (int years : terms) {
            out.add(new WarrantyQuote(this, years, price(years, unitPrice)));
        }
        return out;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getProvider() {
        return provider;
    }

    public String getTermsText() {
        return termsText;
    }

    public Set<Long> getCategoryIds() {
        return categoryIds;
    }

    /** Lowest covered unit price (inclusive); never null. */
    public BigDecimal getMinPrice() {
        return minPrice;
    }

    /** Unit prices from this one on are not covered; {@code null}: no limit. */
    public BigDecimal getMaxPrice() {
        return maxPrice;
    }

    /** The prices, by term then band. */
    public List<WarrantyRate> getRates() {
        return rates;
    }

    /** The catalog product whose cart line carries this plan for {@code years}, or {@code null} (no such term). */
    public Long productFor(int years) {
        return termProducts.get(years);
    }

    /** The term (years) whose line is for this product, or {@code null}. */
    public Integer termOf(long productId) {
        for (Map.Entry<Integer, Long> t : termProducts.entrySet()) {
            if (t.getValue() == productId) {
                return t.getKey();
            }
        }
        return null;
    }

    /** Years to product, shortest term first. */
    public Map<Integer, Long> getTermProducts() {
        return termProducts;
    }

    /** The terms offered, in years, shortest first. */
    public List<Integer> getTerms() {
        return terms;
    }

    @Override
    public String toString() {
        return "warranty plan " + id + " '" + name + "'";
    }
}
