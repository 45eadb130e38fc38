package io.uplift.slot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A finished widget for one page: its template fragment, title and products. Immutable.
 */
public final class WidgetView {

    private final long widgetId;
    private final String widgetType;
    private final String template;
    private final String title;
    private final List<ProductCard> items;
    private final Object detail;

    /**
     * @param template the fragment's template name, e.g. {@code uplift/widgets/related-products}; a theme overrides
     *                 it by placing a template of the same name in its own templates folder
     */
    public WidgetView(long widgetId, String widgetType, String template, String title, List<ProductCard> items) {
        this(widgetId, widgetType, template, title, items, null);
    }

    /**
     * @param detail the widget's own model beyond product cards (e.g. a comparison table), or {@code null}; the
     *               template reads it as {@code upliftWidget.detail}
     */
    public WidgetView(long widgetId, String widgetType, String template, String title, List<ProductCard> items,
            Object detail) {
        if (!isTemplateName(template)) {
            throw new IllegalArgumentException("widget template name must be lower-case letters, digits, '/', '_' or '-': '"
                    + template + "'");
        }
        this.widgetId = widgetId;
        this.widgetType = widgetType;
        this.template = template;
        this.title = title;
        this.items = Collections.unmodifiableList(new ArrayList<ProductCard>(items));
        this.detail = detail;
    }

    /**
     * Whether {@code name} is a template name a widget may give: lower-case letters, digits, '/', '_' and '-', at
     * least one. A loop, not a regular expression: a view is made for every widget of every page.
     */
    static boolean isTemplateName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The widget's own model (e.g. {@code io.uplift.engine.upsell.ComparisonTable}), or {@code null}. */
    public Object getDetail() {
        return detail;
    }

    /** True when there is nothing to show: no product and no model of its own. */
    public boolean isEmpty() {
        return items.isEmpty() && detail == null;
    }

    public long getWidgetId() {
        return widgetId;
    }

    public String getWidgetType() {
        return widgetType;
    }

    public String getTemplate() {
        return template;
    }

    /** The Thymeleaf fragment selector of this widget: {@code <template> :: widget}. */
    public String getFragment() {
        return template + " :: widget";
    }

    public String getTitle() {
        return title;
    }

    public List<ProductCard> getItems() {
        return items;
    }

    /** The widget type as a BEM modifier, e.g. {@code related-products}. */
    public String getCssModifier() {
        return widgetType.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
