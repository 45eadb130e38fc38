package io.uplift.widget.order;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.source.FallbackChain;
import io.uplift.slot.PlacedOrder;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;
import io.uplift.widget.suggest.RankingSettings;
import io.uplift.widget.suggest.SuggestionWidgetProvider;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Offers on the order-confirmation page (type {@value #TYPE}): products that complement what the order holds, from
 * the engine's chain (default {@code copurchase, personal, trending}: bought with the order's products, then with the
 * shopper's earlier orders), with the order's products as the basket, so what was bought and protection plans are
 * left out by the standard filters. Headed by what can be done with them: "Add to your order" while the order is
 * open (each card adds one unit to it as a linked follow-up order), "For next time" once it is shipped or cancelled
 * (each card a quick add to the cart). Shows nothing on a page without a placed order.
 */
public class OrderOffersWidgetProvider extends SuggestionWidgetProvider {

    public static final String TYPE = "ORDER_OFFERS";
    public static final String TEMPLATE = "uplift/widgets/order-offers";

    private final CatalogFacts catalog;

    public OrderOffersWidgetProvider(String type, String template, String defaultChain, FallbackChain chain,
            CatalogFacts catalog, RankingSettings ranking) {
        super(type, template, defaultChain, chain, catalog, ranking);
        this.catalog = catalog;
    }

    @Override
    public WidgetView build(WidgetSettings settings, SlotRequest request) {
        PlacedOrder order = request.getOrder();
        if (order == null) {
            return null;
        }
        WidgetView cards = super.build(settings, request);
        if (cards == null) {
            return null;
        }
        Map<Long, String> prices = new LinkedHashMap<Long, String>();
        for (ProductCard card : cards.getItems()) {
            ProductFacts p = catalog.find(card.getProductId());
            BigDecimal price = p == null ? null : p.getPrice();
            if (price != null) {
                prices.put(card.getProductId(), price.setScale(2, RoundingMode.HALF_UP).toPlainString());
            }
        }
        OrderOffers offers = new OrderOffers(order.getNumber(), order.getOffer(), prices);
        return new WidgetView(cards.getWidgetId(), cards.getWidgetType(), cards.getTemplate(), offers.getHeading(),
                cards.getItems(), offers);
    }
}
