package io.uplift.widget.bundle;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.bundle.Bundle;
import io.uplift.engine.bundle.Bundles;
import io.uplift.slot.PageParameters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks of "add selected to cart" that need no cart: which bundle, which of its products, the request token,
 * and no price or quantity from the request. Platform-free; the storefront's action then checks stock and adds.
 * The request carries only ids: prices come from the shop's pricing, one unit of each product per request.
 *
 * <p>Refused, with a message, status 400 and nothing added: an unknown, disabled, expired or not yet started bundle
 * (also a malformed id): "That bundle is not available"; no product selected; a malformed product id; a product
 * listed twice; a product that is not part of the bundle (named); a missing or malformed token; any parameter that
 * looks like a price (price, discount, amount, total, cost in its name) whatever its value; any quantity parameter
 * (quantity or qty in its name) with a value other than 1.</p>
 */
public final class BundleAddRequest {

    /** Form fields of the add action. */
    public static final String BUNDLE = "bundleId";
    public static final String ITEM = "item";
    public static final String TOKEN = "token";

    static final Pattern PRICE_NAME = Pattern.compile("(?i).*(price|discount|amount|total|cost).*");
    static final Pattern QUANTITY_NAME = Pattern.compile("(?i).*(quantity|qty).*");

    private final int status;
    private final String refusal;
    private final Bundle bundle;
    private final List<Long> productIds;
    private final String token;

    private BundleAddRequest(int status, String refusal, Bundle bundle, List<Long> productIds, String token) {
        this.status = status;
        this.refusal = refusal;
        this.bundle = bundle;
        this.productIds = productIds;
        this.token = token;
    }

    private static BundleAddRequest refuse(String message) {
        return new BundleAddRequest(400, message, null, Collections.<Long>emptyList(), null);
    }

    /**
     * @param parameters the request's parameters as a servlet request gives them
     * @param bundles    the current bundles (enabled ones only)
     * @param catalog    names the products in messages
     */
    public static BundleAddRequest parse(Map<String, String[]> parameters, Bundles bundles, CatalogFacts catalog,
            Date now) {
        String forged = forgedParameter(parameters);
        if (forged != null) {
            return refuse(forged);
        }
        String bundleText = first(parameters, BUNDLE);
        Long bundleId = PageParameters.parseId(bundleText);
        Bundle bundle = bundleId == null ? null : bundles.byId(bundleId);
        if (bundle == null || !bundle.isActiveAt(now)) {
            return refuse("That bundle is not available" + (bundleText == null ? "." : ": '" + clip(bundleText) + "'."));
        }
        String token = first(parameters, TOKEN);
        if (!BundleTokens.isWellFormed(token)) {
            return refuse("This form has no valid request token; please reload the page and try again. Nothing was"
                    + " added.");
        }
        String[] items = parameters.get(ITEM);
        if (items == null || items.length == 0) {
            return refuse("Select at least one product of the bundle.");
        }
        Set<Long> chosen = new LinkedHashSet<Long>();
        for (String raw : items) {
            Long id = PageParameters.parseId(raw);
            if (id == null) {
                return refuse("That product does not exist: '" + clip(raw) + "'. Nothing was added.");
            }
            if (!chosen.add(id)) {
                return refuse(name(catalog, id) + " is listed twice; a bundle adds one of each product. Nothing was"
                        + " added.");
            }
            if (!bundle.contains(id)) {
                return refuse(name(catalog, id) + " is not part of this bundle. Nothing was added.");
            }
        }
        List<Long> ordered = new ArrayList<Long>();
        for (Long id : bundle.getItems()) {
            if (chosen.contains(id)) {
                ordered.add(id);
            }
        }
        return new BundleAddRequest(200, null, bundle, Collections.unmodifiableList(ordered), token);
    }

    /** A message refusing the first price-like parameter, or quantity other than 1; {@code null} when none. */
    static String forgedParameter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            String name = e.getKey() == null ? "" : e.getKey();
            if (PRICE_NAME.matcher(name).matches()) {
                return "Prices are set by the shop, not by the request ('" + clip(name) + "' refused). Nothing was added.";
            }
            if (QUANTITY_NAME.matcher(name).matches()) {
                for (String v : e.getValue() == null ? new String[] {null} : e.getValue()) {
                    if (v == null || !v.trim().equals("1")) {
                        return "A bundle adds one of each product; a quantity cannot be chosen ('" + clip(name) + "="
                                + clip(v) + "' refused). Nothing was added.";
                    }
                }
            }
        }
        return null;
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] v = parameters.get(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    /** The product's name, or "Product <id>" when the catalog has none. */
    static String name(CatalogFacts catalog, long id) {
        ProductFacts p = catalog.find(id);
        return p == null ? "Product " + id : p.getName();
    }

    /** A request value quoted in a message: at most 40 characters. */
    private static String clip(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    public boolean isValid() {
        return refusal == null;
    }

    /** 200 when valid, else 400. */
    public int getStatus() {
        return status;
    }

    /** Why the request is refused; {@code null} when valid. */
    public String getRefusal() {
        return refusal;
    }

    public Bundle getBundle() {
        return bundle;
    }

    /** The chosen products in the bundle's order, each once; empty when refused. */
    public List<Long> getProductIds() {
        return productIds;
    }

    public String getToken() {
        return token;
    }
}
