package io.uplift.engine.addon;

import io.uplift.engine.price.PriceRule;

import java.math.BigDecimal;

/**
 * An order-level checkout add-on (gift wrap, shipping insurance, ...): one charge per order, chosen at checkout, priced
 * on the server either at a fixed amount or at a percentage of the order's merchandise subtotal (rounded half-up to
 * the cent) kept between an optional floor and ceiling. Immutable; the guards are the admin's save rules and quote the
 * bad value, so a row written by other means that breaks them is left out by whoever reads it.
 */
public final class AddOn {

    /** What the add-on is; a theme may style each kind ({@code uplift-add-ons__item--gift-wrap}). */
    public enum Kind {
        GIFT_WRAP, SHIPPING_INSURANCE, OTHER;

        /** The kind of a stored value, or {@code null} when it is not one. */
        public static Kind of(String value) {
            for (Kind k : values()) {
                if (k.name().equals(value)) {
                    return k;
                }
            }
            return null;
        }

        /** "gift-wrap", for CSS class modifiers. */
        public String css() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_DESCRIPTION_LENGTH = 500;

    private final long id;
    private final String name;
    private final String description;
    private final Kind kind;
    private final PriceRule rule;
    private final boolean enabled;
    private final int displayOrder;

    private AddOn(long id, String name, String description, Kind kind, BigDecimal amount, BigDecimal percent,
            BigDecimal floor, BigDecimal ceiling, boolean enabled, int displayOrder) {
        if (name == null || name.trim().isEmpty() || name.trim().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("add-on " + id + ": the name must be 1 to " + MAX_NAME_LENGTH
                    + " characters, not blank: '" + name + "'");
        }
        String what = "add-on '" + name.trim() + "'";
        if (description != null && description.trim().length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException(what + ": the description must be at most " + MAX_DESCRIPTION_LENGTH
                    + " characters, it has " + description.trim().length());
        }
        if (kind == null) {
            throw new IllegalArgumentException(what + ": needs a kind (" + java.util.Arrays.toString(Kind.values())
                    + ")");
        }
        this.rule = PriceRule.of(what, amount, percent, floor, ceiling);
        this.id = id;
        this.name = name.trim();
        this.description = description == null ? "" : description.trim();
        this.kind = kind;
        this.enabled = enabled;
        this.displayOrder = displayOrder;
    }

    /** A fixed price per order. */
    public static AddOn fixed(long id, String name, String description, Kind kind, BigDecimal amount, boolean enabled,
            int displayOrder) {
        return new AddOn(id, name, description, kind, amount, null, null, null, enabled, displayOrder);
    }

    /** A percentage of the merchandise subtotal, never below {@code floor} nor above {@code ceiling} (either blank). */
    public static AddOn percent(long id, String name, String description, Kind kind, BigDecimal percent,
            BigDecimal floor, BigDecimal ceiling, boolean enabled, int displayOrder) {
        return new AddOn(id, name, description, kind, null, percent, floor, ceiling, enabled, displayOrder);
    }

    /** Either kind of price, as a stored row holds it: exactly one of {@code amount} and {@code percent} is set. */
    public static AddOn of(long id, String name, String description, Kind kind, BigDecimal amount, BigDecimal percent,
            BigDecimal floor, BigDecimal ceiling, boolean enabled, int displayOrder) {
        return new AddOn(id, name, description, kind, amount, percent, floor, ceiling, enabled, displayOrder);
    }

    /**
     * The add-on's price for an order whose merchandise subtotal is {@code subtotal} (not negative), rounded half-up
     * to the cent and kept between the floor and the ceiling.
     */
    public BigDecimal price(BigDecimal subtotal) {
        if (rule.getAmount() == null && (subtotal == null || subtotal.signum() < 0)) {
            throw new IllegalArgumentException("add-on '" + name + "': the merchandise subtotal must be zero or positive: "
                    + subtotal);
        }
        return rule.price(subtotal);
    }

    /** How the price is set, for shoppers: "2% of your items (at least $1.99, at most $24.99)", or "" when fixed. */
    public String pricingText(String currency) {
        if (rule.getAmount() != null) {
            return "";
        }
        BigDecimal floor = rule.getFloor();
        BigDecimal ceiling = rule.getCeiling();
        StringBuilder sb = new StringBuilder(rule.getPercent().toPlainString()).append("% of your items");
        if (floor != null || ceiling != null) {
            sb.append(" (");
            if (floor != null) {
                sb.append("at least ").append(io.uplift.engine.upsell.PriceText.format(floor, currency));
            }
            if (ceiling != null) {
                sb.append(floor != null ? ", " : "").append("at most ")
                        .append(io.uplift.engine.upsell.PriceText.format(ceiling, currency));
            }
            sb.append(')');
        }
        return sb.toString();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** What shoppers read under the name; never null (blank when none). */
    public String getDescription() {
        return description;
    }

    public Kind getKind() {
        return kind;
    }

    /** The fixed price, or {@code null} for a percentage. */
    public BigDecimal getAmount() {
        return rule.getAmount();
    }

    /** The percentage of the merchandise subtotal, or {@code null} for a fixed price. */
    public BigDecimal getPercent() {
        return rule.getPercent();
    }

    public BigDecimal getFloor() {
        return rule.getFloor();
    }

    public BigDecimal getCeiling() {
        return rule.getCeiling();
    }

    /** Whether shoppers can choose it (and carts keep it at their next pricing). */
    public boolean isEnabled() {
        return enabled;
    }

    /** Position among the add-ons at checkout, smallest first. */
    public int getDisplayOrder() {
        return displayOrder;
    }

    @Override
    public String toString() {
        return "add-on " + id + " '" + name + "' " + kind + " " + rule + (enabled ? "" : " off") + " #" + displayOrder
                + " " + description.hashCode();
    }
}
