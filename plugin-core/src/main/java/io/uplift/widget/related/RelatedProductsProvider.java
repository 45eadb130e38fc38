package io.uplift.widget.related;

import io.uplift.engine.rank.SuggestionPipeline;
import io.uplift.engine.source.ManualRelationSource;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetProvider;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;

import java.util.ArrayList;
import java.util.List;

/**
 * "Related products" on the product page: the merchandiser's cross-sale list of the viewed product, without
 * inactive, out-of-stock or already-carted products, cut to the admin's count.
 */
public class RelatedProductsProvider implements WidgetProvider {

    public static final String TYPE = "RELATED_PRODUCTS";
    public static final String TEMPLATE = "uplift/widgets/related-products";

    private final ManualRelationSource source;
    private final SuggestionPipeline pipeline;

    public RelatedProductsProvider(ManualRelationSource source, SuggestionPipeline pipeline) {
        this.source = source;
        this.pipeline = pipeline;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public WidgetView build(WidgetSettings settings, SlotRequest request) {
        List<SuggestionPipeline.Ranked> ranked = pipeline.apply(source.candidates(request.getContext()),
                request.getContext(), settings.getMaxItems());
        if (ranked.isEmpty()) {
            return null;
        }
        List<ProductCard> cards = new ArrayList<ProductCard>(ranked.size());
        for (SuggestionPipeline.Ranked r : ranked) {
            cards.add(ProductCard.of(r.getProduct(), r.getSuggestion().getSource(), r.getSuggestion().getReason()));
        }
        return new WidgetView(settings.getId(), TYPE, TEMPLATE, settings.getTitle(), cards);
    }
}
