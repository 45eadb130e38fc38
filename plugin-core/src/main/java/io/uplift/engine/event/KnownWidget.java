package io.uplift.engine.event;

/** A widget the shop has configured, as the event validator looks it up by id: its type and slot. */
public final class KnownWidget {

    private final long id;
    private final String type;
    private final String slot;

    public KnownWidget(long id, String type, String slot) {
        this.id = id;
        this.type = type;
        this.slot = slot;
    }

    public long getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public String getSlot() {
        return slot;
    }

    /** Where the widget's events come from (shop-side lookup of which widgets exist). */
    public interface Directory {
        /** The widget with this id, or null when there is none (a forged or deleted widget). */
        KnownWidget find(long widgetId);
    }
}
