package io.uplift.engine.rank;

import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.warranty.WarrantyPlansSource;

import java.math.BigDecimal;

/** The standard merchandising filters: nothing that cannot be bought, nothing the shopper already has. */
public final class Filters {

    private Filters() {
    }

    /** Drops products that are not active (ended, archived or not started). */
    public static SuggestionFilter active() {
        return new SuggestionFilter() {
            @Override
            public String reject(Suggestion c, ProductFacts p, SuggestionContext ctx) {
                return p.isActive() ? null : "inactive";
            }
        };
    }

    /** Drops products that cannot be bought now (out of stock or unavailable). */
    public static SuggestionFilter inStock() {
        return new SuggestionFilter() {
            @Override
            public String reject(Suggestion c, ProductFacts p, SuggestionContext ctx) {
                return p.isAvailable() ? null : "out of stock";
            }
        };
    }

    /** Drops the product being viewed. */
    public static SuggestionFilter notSelf() {
        return new SuggestionFilter() {
            @Override
            public String reject(Suggestion c, ProductFacts p, SuggestionContext ctx) {
                return ctx.getProductId() != null && ctx.getProductId() == p.getId() ? "the viewed product" : null;
            }
        };
    }

    /** Drops products already in the cart. */
    public static SuggestionFilter notInCart() {
        return new SuggestionFilter() {
            @Override
            public String reject(Suggestion c, ProductFacts p, SuggestionContext ctx) {
                return ctx.getCartProductIds().contains(p.getId()) ? "already in the cart" : null;
            }
        };
    }

    /** Drops products the customer bought before (when the shop knows the customer's orders). */
    public static SuggestionFilter notPurchased() {
        return new SuggestionFilter() {
            @Override
            public String reject(Suggestion c, ProductFacts p, SuggestionContext ctx) {
                return ctx.getPurchasedProductIds().contains(p.getId()) ? "already bought by this customer" : null;
            }
        };
    }

    /** Drops products another slot of the same page already shows. */
    public static SuggestionFilter notShownOnPage() {
        return new SuggestionFilter() {
            @Override
            public String reject(Suggestion c, ProductFacts p, SuggestionContext ctx) {
                return ctx.getPage().isShown(p.getId()) ? "already shown on this page" : null;
            }
        };
    }

    /**
     * Drops products already suggested in as many other places (pages) of the shopper's visit as the merchandiser
     * allows (Uplift &gt; Offer limits); the page that showed it before may show it again (a reload).
     */
    public static SuggestionFilter notPushedTooOften() {
        return new SuggestionFilter() {
            @Override
            public String reject(Suggestion c, ProductFacts p, SuggestionContext ctx) {
                return ctx.getPage().isOverPlaceLimit(p.getId())
                        ? "already suggested in " + ctx.getPage().getJourney().placesOf(p.getId())
                                + " other places this visit (limit " + ctx.getPage().getLimits().getProductPlaces() + ")"
                        : null;
            }
        };
    }

    /**
     * Drops warranty plan products: they are sold only as a child line of the item they cover (offered by the
     * protection plan selector), so a quick add of one alone would be refused.
     */
    public static SuggestionFilter notSoldAlone(final WarrantyPlansSource plans) {
        return new SuggestionFilter() {
            @Override
            public String reject(Suggestion c, ProductFacts p, SuggestionContext ctx) {
                return plans.current().isPlanProduct(p.getId()) ? "a protection plan, sold only with the item it covers"
                        : null;
            }
        };
    }

    /**
     * Keeps products whose price lies between {@code minPercent} and {@code maxPercent} of the anchor price: the
     * viewed product's price, else the dearest cart product's. Without an anchor price the band does not apply.
     *
     * @param minPercent lower bound in percent of the anchor price, or {@code null} for none
     * @param maxPercent upper bound in percent of the anchor price, or {@code null} for none
     * @param catalog    to look up the anchor products' prices
     */
    public static SuggestionFilter priceBand(final Integer minPercent, final Integer maxPercent,
            final io.uplift.engine.CatalogFacts catalog) {
        if (minPercent != null && minPercent < 0) {
            throw new IllegalArgumentException("price band minimum cannot be negative: " + minPercent);
        }
        if (maxPercent != null && maxPercent < 1) {
            throw new IllegalArgumentException("price band maximum must be at least 1 %: " + maxPercent);
        }
        if (minPercent != null && maxPercent != null && minPercent > maxPercent) {
            throw new IllegalArgumentException("price band minimum " + minPercent + " % is above its maximum "
                    + maxPercent + " %");
        }
        return new SuggestionFilter() {
            @Override
            public String reject(Suggestion c, ProductFacts p, SuggestionContext ctx) {
                BigDecimal anchor = anchorPrice(ctx, catalog);
                if (anchor == null || anchor.signum() == 0 || p.getPrice() == null) {
                    return null;
                }
                BigDecimal percent = p.getPrice().multiply(BigDecimal.valueOf(100))
                        .divide(anchor, 2, java.math.RoundingMode.HALF_UP);
                if (minPercent != null && percent.compareTo(BigDecimal.valueOf(minPercent)) < 0) {
                    return "price " + percent + " % of the anchor, below the band's " + minPercent + " %";
                }
                if (maxPercent != null && percent.compareTo(BigDecimal.valueOf(maxPercent)) > 0) {
                    return "price " + percent + " % of the anchor, above the band's " + maxPercent + " %";
                }
                return null;
            }
        };
    }

    /** The viewed product's price, else the dearest cart product's, else {@code null}. */
    static BigDecimal anchorPrice(SuggestionContext ctx, io.uplift.engine.CatalogFacts catalog) {
        if (ctx.getProductId() != null) {
            ProductFacts viewed = catalog.find(ctx.getProductId());
            if (viewed != null && viewed.getPrice() != null) {
                return viewed.getPrice();
            }
        }
        BigDecimal max = null;
        for (Long id : ctx.getCartProductIds()) {
            ProductFacts p = catalog.find(id);
            if (p != null && p.getPrice() != null && (max == null || p.getPrice().compareTo(max) > 0)) {
                max = p.getPrice();
            }
        }
        return max;
    }
}
