package io.uplift.widget.suggest;

/**
 * The suggestion widget types and their default source chains. Each type is one {@link SuggestionWidgetProvider}
 * bean; the admin can give any widget its own chain.
 */
public final class SuggestionWidgets {

    /** Product page: the merchandiser's cross-sale list. */
    public static final String RELATED_PRODUCTS = "RELATED_PRODUCTS";
    /** Product page: customers who bought this also bought. */
    public static final String ALSO_BOUGHT = "ALSO_BOUGHT";
    /** Cart and checkout: add these too, from the whole cart. */
    public static final String CART_ADD_ONS = "CART_ADD_ONS";
    /** Any page: recommended for this shopper. */
    public static final String FOR_YOU = "FOR_YOU";
    /** Any page: trending now. */
    public static final String TRENDING = "TRENDING";
    /** Product page: similar products. */
    public static final String SIMILAR = "SIMILAR";

    /** The template every product-list widget renders with (overridable by the theme). */
    public static final String PRODUCT_LIST_TEMPLATE = "uplift/widgets/product-list";

    private SuggestionWidgets() {
    }
}
