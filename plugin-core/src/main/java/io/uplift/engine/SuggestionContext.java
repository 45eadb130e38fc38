package io.uplift.engine;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a suggestion is for: the product being viewed (if any) and the products already in the cart. Immutable.
 */
public final class SuggestionContext {

    private final Long productId;
    private final Set<Long> cartProductIds;

    public SuggestionContext(Long productId, Set<Long> cartProductIds) {
        this.productId = productId;
        this.cartProductIds = cartProductIds == null ? Collections.<Long>emptySet()
                : Collections.unmodifiableSet(new LinkedHashSet<Long>(cartProductIds));
    }

    /** The product being viewed, or {@code null} on pages without one. */
    public Long getProductId() {
        return productId;
    }

    /** Products already in the shopper's cart; never null. */
    public Set<Long> getCartProductIds() {
        return cartProductIds;
    }
}
