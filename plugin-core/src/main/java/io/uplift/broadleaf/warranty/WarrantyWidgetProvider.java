package io.uplift.broadleaf.warranty;

import io.uplift.engine.CartLine;
import io.uplift.engine.upsell.PriceFraming;
import io.uplift.engine.upsell.PriceText;
import io.uplift.engine.warranty.WarrantyChoice;
import io.uplift.engine.warranty.WarrantyPlan;
import io.uplift.engine.warranty.WarrantyQuote;
import io.uplift.slot.DescribedWidget;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetProvider;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderItemService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The protection plan selector (widget type {@value #TYPE}). On the product page: the plans covering the product at
 * its price, each term a button that adds the product with that plan in one action
 * ({@code /uplift/warranty/add-with-product}). In the cart and at checkout: for each line a plan covers, its plans
 * and terms, each term a button that puts the plan on the line ({@code /uplift/warranty/add}; the current one is
 * marked, another replaces it). Every form echoes the price shown, which the server only compares. Its model
 * ({@code upliftWidget.detail}) is a list of {@link Offer}s.
 */
public class WarrantyWidgetProvider implements WidgetProvider, DescribedWidget {

    public static final String TYPE = "WARRANTY";
    public static final String TEMPLATE = "uplift/widgets/warranty";

    private final WarrantyService warranties;
    private final CatalogService catalogService;
    private final OrderItemService orderItemService;

    public WarrantyWidgetProvider(WarrantyService warranties, CatalogService catalogService,
            OrderItemService orderItemService) {
        this.warranties = warranties;
        this.catalogService = catalogService;
        this.orderItemService = orderItemService;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public WidgetView build(WidgetSettings settings, SlotRequest request) {
        List<Offer> offers = offers(request);
        if (offers.isEmpty()) {
            return null;
        }
        return new WidgetView(settings.getId(), TYPE, TEMPLATE, settings.getTitle(),
                Collections.<ProductCard>emptyList(), offers);
    }

    @Override
    public List<String> describe(WidgetSettings settings, SlotRequest request) {
        List<String> lines = new ArrayList<String>();
        for (Offer o : offers(request)) {
            for (PlanOffer p : o.getPlans()) {
                StringBuilder sb = new StringBuilder(o.getItemName()).append(": ").append(p.getName());
                for (TermOffer t : p.getTerms()) {
                    sb.append(", ").append(t.getLabel()).append(' ').append(t.getPriceText());
                }
                lines.add(sb.toString());
            }
        }
        if (lines.isEmpty()) {
            lines.add("No warranty plan covers this product or a line of this cart.");
        }
        return lines;
    }

    /**
     * The product's offer on the product page, else one offer per cart line a plan covers. Once the shopper declined
     * as often as the offer limits allow, nothing is offered again in the visit; lines that already have a plan keep
     * their selector (to change the term).
     */
    public List<Offer> offers(SlotRequest request) {
        List<Offer> out = new ArrayList<Offer>();
        boolean capped = request.getContext().getPage().isWarrantyCapped();
        if (request.getSlot() == SlotKey.PRODUCT) {
            if (capped) {
                return out;
            }
            Long productId = request.getContext().getProductId();
            Product product = productId == null ? null : catalogService.findProductById(productId);
            Sku sku = product == null ? null : product.getDefaultSku();
            if (sku != null && sku.getPrice() != null && product.isActive()) {
                BigDecimal price = sku.getPrice().getAmount().setScale(2, RoundingMode.HALF_UP);
                Offer o = offer(null, product.getId(), product.getName(), warranties.offers(product, price), null);
                if (o != null) {
                    out.add(o);
                }
            }
            return out;
        }
        for (CartLine line : request.getContext().getCartLines()) {
            OrderItem item = orderItemService.readOrderItemById(line.getLineId());
            if (item == null || !WarrantyLines.canBeCovered(item)) {
                continue;
            }
            OrderItem current = WarrantyLines.planChildren(item).isEmpty() ? null
                    : WarrantyLines.planChildren(item).get(0);
            if (capped && current == null) {
                continue;
            }
            Offer o = offer(item.getId(), line.getProductId(), item.getName(), warranties.offers(item), current);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    private static Offer offer(Long lineId, long productId, String itemName, List<WarrantyQuote> quotes,
            OrderItem current) {
        if (quotes.isEmpty()) {
            return null;
        }
        String currentPlan = WarrantyLines.attribute(current, WarrantyLines.PLAN);
        String currentYears = WarrantyLines.attribute(current, WarrantyLines.YEARS);
        Map<Long, PlanOffer> plans = new LinkedHashMap<Long, PlanOffer>();
        for (WarrantyQuote q : quotes) {
            WarrantyPlan p = q.getPlan();
            PlanOffer po = plans.get(p.getId());
            if (po == null) {
                po = new PlanOffer(p);
                plans.put(p.getId(), po);
            }
            boolean chosen = String.valueOf(p.getId()).equals(currentPlan)
                    && String.valueOf(q.getYears()).equals(currentYears);
            po.terms.add(new TermOffer(q.getYears(), q.getPrice(), chosen));
        }
        String currentText = null;
        for (PlanOffer po : plans.values()) {
            for (TermOffer t : po.terms) {
                if (t.chosen) {
                    currentText = po.name + ", " + t.getLabel();
                }
            }
        }
        return new Offer(lineId, productId, itemName, new ArrayList<PlanOffer>(plans.values()), currentText);
    }

    /** The plans for one item: a cart line ({@code lineId} set) or the product page's product. */
    public static final class Offer {
        private final Long lineId;
        private final long productId;
        private final String itemName;
        private final List<PlanOffer> plans;
        private final String current;

        Offer(Long lineId, long productId, String itemName, List<PlanOffer> plans, String current) {
            this.lineId = lineId;
            this.productId = productId;
            this.itemName = itemName;
            this.plans = plans;
            this.current = current;
        }

        /** The cart line, or {@code null} on the product page. */
        public Long getLineId() {
            return lineId;
        }

        public long getProductId() {
            return productId;
        }

        public String getItemName() {
            return itemName;
        }

        public List<PlanOffer> getPlans() {
            return plans;
        }

        /** "Device protection, 2 years" when the line has a plan, else {@code null}. */
        public String getCurrent() {
            return current;
        }
    }

    /** One plan with its terms priced for the item. */
    public static final class PlanOffer {
        private final long planId;
        private final String name;
        private final String provider;
        private final String termsText;
        private final List<TermOffer> terms = new ArrayList<TermOffer>();

        PlanOffer(WarrantyPlan plan) {
            this.planId = plan.getId();
            this.name = plan.getName();
            this.provider = plan.getProvider();
            this.termsText = plan.getTermsText();
        }

        public long getPlanId() {
            return planId;
        }

        public String getName() {
            return name;
        }

        public String getProvider() {
            return provider;
        }

        public String getTermsText() {
            return termsText;
        }

        public List<TermOffer> getTerms() {
            return terms;
        }
    }

    /** One term: "2 years", "$109.90" per unit of the item; {@code chosen} when the line has it. */
    public static final class TermOffer {
        private final int years;
        private final BigDecimal price;
        private final boolean chosen;

        TermOffer(int years, BigDecimal price, boolean chosen) {
            this.years = years;
            this.price = price;
            this.chosen = chosen;
        }

        public int getYears() {
            return years;
        }

        public String getLabel() {
            return WarrantyChoice.years(years);
        }

        /** The price the form echoes back (compared by the server, never charged). */
        public String getPriceValue() {
            return price.toPlainString();
        }

        public String getPriceText() {
            return PriceText.format(price, null);
        }

        /** "only +$109.90 for 2 years of protection", from the server's price. */
        public String getFramingText() {
            return PriceFraming.addOn(price, null, getLabel() + " of protection");
        }

        public boolean isChosen() {
            return chosen;
        }
    }
}
