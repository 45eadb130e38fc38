package io.uplift.slot;

/**
 * Builds one kind of widget (its {@link #type()}, e.g. {@code RELATED_PRODUCTS}). Providers are strategy beans
 * collected by {@link WidgetProviderRegistry}; a shop adds a widget type by adding a provider bean.
 */
public interface WidgetProvider {

    /** The type name stored in the widget settings; upper case with underscores. */
    String type();

    /**
     * @return the finished widget, or {@code null} when it has nothing sensible to show for this request
     */
    WidgetView build(WidgetSettings settings, SlotRequest request);
}
