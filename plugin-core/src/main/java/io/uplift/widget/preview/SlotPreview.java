package io.uplift.widget.preview;

import io.uplift.engine.source.FallbackChain;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetProvider;
import io.uplift.slot.WidgetProviderRegistry;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetSettingsSource;
import io.uplift.engine.rank.SuggestionPipeline;
import io.uplift.slot.DescribedWidget;
import io.uplift.widget.suggest.SuggestionWidgetProvider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The admin's preview of a slot for any product, cart or customer: every widget the admin placed in the slot
 * (enabled or not), what it would show and why, and what each source proposed and the rules dropped. Reads the
 * stored widget settings directly (the admin path may do I/O); shares the storefront's providers, sources and rules,
 * so the preview is what a shopper would see.
 */
public class SlotPreview {

    private final WidgetSettingsSource settings;
    private final WidgetProviderRegistry providers;

    public SlotPreview(WidgetSettingsSource settings, WidgetProviderRegistry providers) {
        this.settings = settings;
        this.providers = providers;
    }

    public List<WidgetPreview> preview(SlotRequest request) {
        List<WidgetSettings> widgets = new ArrayList<WidgetSettings>();
        for (WidgetSettings w : settings.loadAll().getWidgets()) {
            if (w.getSlot() == request.getSlot()) {
                widgets.add(w);
            }
        }
        Collections.sort(widgets, new Comparator<WidgetSettings>() {
            @Override
            public int compare(WidgetSettings a, WidgetSettings b) {
                int c = Integer.compare(a.getPosition(), b.getPosition());
                return c != 0 ? c : Long.compare(a.getId(), b.getId());
            }
        });
        List<WidgetPreview> out = new ArrayList<WidgetPreview>();
        for (WidgetSettings w : widgets) {
            try {
                WidgetProvider p = providers.get(w.getWidgetType());
                if (p instanceof DescribedWidget) {
                    DescribedWidget d = (DescribedWidget) p;
                    out.add(new WidgetPreview(w, null, Collections.<FallbackChain.SourceTrace>emptyList(), null,
                            d.describe(w, request)));
                    if (w.isEnabled()) {
                        for (Long id : d.shownProducts(w, request)) {
                            request.getContext().getPage().markShown(id);
                        }
                    }
                    continue;
                }
                if (!(p instanceof SuggestionWidgetProvider)) {
                    out.add(new WidgetPreview(w, null, Collections.<FallbackChain.SourceTrace>emptyList(),
                            "this widget type has no preview"));
                    continue;
                }
                SuggestionWidgetProvider s = (SuggestionWidgetProvider) p;
                List<FallbackChain.SourceTrace> trace = s.preview(w, request);
                if (w.isEnabled()) {
                    for (FallbackChain.SourceTrace t : trace) {
                        for (SuggestionPipeline.Ranked r : t.getKept()) {
                            request.getContext().getPage().markShown(r.getProduct().getId());
                        }
                    }
                }
                out.add(new WidgetPreview(w, s.chainOf(w).toString(), trace, null));
            } catch (RuntimeException e) {
                out.add(new WidgetPreview(w, null, Collections.<FallbackChain.SourceTrace>emptyList(),
                        e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return out;
    }

    /** One widget in the preview. */
    public static final class WidgetPreview {
        private final WidgetSettings settings;
        private final String chain;
        private final List<FallbackChain.SourceTrace> trace;
        private final String error;
        private final List<String> description;

        WidgetPreview(WidgetSettings settings, String chain, List<FallbackChain.SourceTrace> trace, String error) {
            this(settings, chain, trace, error, Collections.<String>emptyList());
        }

        WidgetPreview(WidgetSettings settings, String chain, List<FallbackChain.SourceTrace> trace, String error,
                List<String> description) {
            this.settings = settings;
            this.chain = chain;
            this.trace = trace;
            this.error = error;
            this.description = Collections.unmodifiableList(new ArrayList<String>(description));
        }

        /** What a widget that is not a suggestion list would show, with its figures (e.g. social-proof counts). */
        public List<String> getDescription() {
            return description;
        }

        public WidgetSettings getSettings() {
            return settings;
        }

        /** The chain the widget runs, e.g. {@code copurchase, similar, trending}. */
        public String getChain() {
            return chain;
        }

        public List<FallbackChain.SourceTrace> getTrace() {
            return trace;
        }

        /** What the widget shows, in order, across its sources. */
        public List<SuggestionPipeline.Ranked> getShown() {
            List<SuggestionPipeline.Ranked> shown = new ArrayList<SuggestionPipeline.Ranked>();
            for (FallbackChain.SourceTrace t : trace) {
                shown.addAll(t.getKept());
            }
            return shown;
        }

        public String getError() {
            return error;
        }
    }
}
