package io.uplift.slot;

import io.uplift.engine.upsell.UpsellOptions;

/**
 * One widget placed in a slot, as the merchandiser configured it. Immutable.
 *
 * <p>The guards here are the same rules the admin enforces on save; a row that breaks them (for example one
 * written by hand into the database) is rejected when it is read, so a bad row can never reach a page.</p>
 */
public final class WidgetSettings {

    /** Smallest number of items a widget may show. */
    public static final int MIN_ITEMS = 1;
    /** Largest number of items a widget may show. */
    public static final int MAX_ITEMS = 12;
    /** Longest title, in characters. */
    public static final int MAX_TITLE_LENGTH = 80;

    private final long id;
    private final SlotKey slot;
    private final String widgetType;
    private final boolean enabled;
    private final String title;
    private final int maxItems;
    private final int position;
    private final WidgetRules rules;
    private final UpsellOptions upsell;

    public WidgetSettings(long id, SlotKey slot, String widgetType, boolean enabled, String title, int maxItems,
            int position) {
        this(id, slot, widgetType, enabled, title, maxItems, position, WidgetRules.DEFAULTS);
    }

    public WidgetSettings(long id, SlotKey slot, String widgetType, boolean enabled, String title, int maxItems,
            int position, WidgetRules rules) {
        this(id, slot, widgetType, enabled, title, maxItems, position, rules, UpsellOptions.DEFAULTS);
    }

    /**
     * @param upsell the upsell options (social proof, scarcity, per-month framing) of comparison and cart-upgrade
     *               widgets; {@code null} for the defaults
     */
    public WidgetSettings(long id, SlotKey slot, String widgetType, boolean enabled, String title, int maxItems,
            int position, WidgetRules rules, UpsellOptions upsell) {
        if (slot == null) {
            throw new IllegalArgumentException("widget " + id + ": slot is required");
        }
        if (widgetType == null || widgetType.trim().isEmpty()) {
            throw new IllegalArgumentException("widget " + id + ": widget type is required: '" + widgetType + "'");
        }
        if (title == null || title.trim().isEmpty()) {
            throw new IllegalArgumentException("widget " + id + ": title must not be empty: '" + title + "'");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("widget " + id + ": title is longer than " + MAX_TITLE_LENGTH
                    + " characters: '" + title + "'");
        }
        if (maxItems < MIN_ITEMS || maxItems > MAX_ITEMS) {
            throw new IllegalArgumentException("widget " + id + ": number of items must be between " + MIN_ITEMS
                    + " and " + MAX_ITEMS + ": " + maxItems);
        }
        this.id = id;
        this.slot = slot;
        this.widgetType = widgetType.trim();
        this.enabled = enabled;
        this.title = title.trim();
        this.maxItems = maxItems;
        this.position = position;
        this.rules = rules == null ? WidgetRules.DEFAULTS : rules;
        this.upsell = upsell == null ? UpsellOptions.DEFAULTS : upsell;
    }

    public long getId() {
        return id;
    }

    public SlotKey getSlot() {
        return slot;
    }

    public String getWidgetType() {
        return widgetType;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getTitle() {
        return title;
    }

    public int getMaxItems() {
        return maxItems;
    }

    /** Order inside the slot, smallest first. */
    public int getPosition() {
        return position;
    }

    /** The suggestion rules (sources and optional filters); never null. */
    public WidgetRules getRules() {
        return rules;
    }

    /** The upsell options (comparison and cart-upgrade widgets); never null. */
    public UpsellOptions getUpsell() {
        return upsell;
    }

    @Override
    public String toString() {
        return "WidgetSettings{id=" + id + ", slot=" + slot + ", type=" + widgetType + ", enabled=" + enabled
                + ", title='" + title + "', maxItems=" + maxItems + ", position=" + position + ", " + rules + ", " + upsell + "}";
    }
}
