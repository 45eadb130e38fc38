package io.uplift.engine.rank;

import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;

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
}
