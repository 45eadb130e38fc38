package io.uplift.broadleaf.addon;

import io.uplift.engine.CartLine;
import io.uplift.engine.addon.AddOn;
import io.uplift.engine.addon.AddOnsSource;
import io.uplift.engine.upsell.PriceText;
import io.uplift.slot.DescribedWidget;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetProvider;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderItemService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The checkout add-ons (widget type {@value #TYPE}, placed by default in the checkout slot): every add-on that is on,
 * with its name, description, the price the server computes for the shopper's cart now (a percentage from the cart's
 * merchandise subtotal) and a check box, ticked when the cart has it; one form posting the whole selection to
 * {@code /uplift/checkout/add-ons}, each price echoed (only compared by the server). Nothing shows without a cart line
 * or without an add-on that is on. Its model ({@code upliftWidget.detail}) is a {@link View}.
 */
public class AddOnWidgetProvider implements WidgetProvider, DescribedWidget {

    public static final String TYPE = "ORDER_ADD_ONS";
    public static final String TEMPLATE = "uplift/widgets/order-add-ons";

    private final AddOnsSource addOns;
    private final OrderItemService orderItemService;

    public AddOnWidgetProvider(AddOnsSource addOns, OrderItemService orderItemService) {
        this.addOns = addOns;
        this.orderItemService = orderItemService;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public WidgetView build(WidgetSettings settings, SlotRequest request) {
        View view = view(request);
        if (view == null) {
            return null;
        }
        return new WidgetView(settings.getId(), TYPE, TEMPLATE, settings.getTitle(),
                Collections.<ProductCard>emptyList(), view);
    }

    @Override
    public List<String> describe(WidgetSettings settings, SlotRequest request) {
        List<String> lines = new ArrayList<String>();
        View view = view(request);
        if (view == null) {
            lines.add(addOns.current().active().isEmpty() ? "No checkout add-on is on (Uplift > Checkout add-ons)."
                    : "Shows for a cart only.");
            return lines;
        }
        for (Item i : view.getItems()) {
            lines.add(i.getName() + " " + i.getPriceText() + (i.getPricingText().isEmpty() ? "" : " (" + i.getPricingText()
                    + ")") + (i.isChosen() ? ", chosen" : ""));
        }
        return lines;
    }

    /** The add-ons offered for the request's cart, or {@code null} when there is no cart or nothing to offer. */
    public View view(SlotRequest request) {
        List<AddOn> offered = addOns.current().active();
        List<CartLine> lines = request.getContext().getCartLines();
        if (offered.isEmpty() || lines.isEmpty()) {
            return null;
        }
        // the request's cart, already loaded by Broadleaf's cart filter in this request's persistence context
        OrderItem any = orderItemService.readOrderItemById(lines.get(0).getLineId());
        Order cart = any == null ? null : any.getOrder();
        if (cart == null) {
            return null;
        }
        Money sub = cart.getSubTotal();
        BigDecimal subtotal = sub == null ? BigDecimal.ZERO : sub.getAmount().max(BigDecimal.ZERO);
        String currency = AddOnService.currency(cart);
        Set<Long> chosen = OrderAddOns.chosen(cart);
        List<Item> items = new ArrayList<Item>();
        for (AddOn a : offered) {
            items.add(new Item(a, a.price(subtotal), currency, chosen.contains(a.getId())));
        }
        return new View(items);
    }

    /** What the template shows. */
    public static final class View {
        private final List<Item> items;

        View(List<Item> items) {
            this.items = Collections.unmodifiableList(items);
        }

        public List<Item> getItems() {
            return items;
        }

        /** How many are chosen now. */
        public int getChosenCount() {
            int n = 0;
            for (Item i : items) {
                n += i.isChosen() ? 1 : 0;
            }
            return n;
        }
    }

    /** One add-on priced for the cart. */
    public static final class Item {
        private final AddOn addOn;
        private final BigDecimal price;
        private final String currency;
        private final boolean chosen;

        Item(AddOn addOn, BigDecimal price, String currency, boolean chosen) {
            this.addOn = addOn;
            this.price = price;
            this.currency = currency;
            this.chosen = chosen;
        }

        public long getId() {
            return addOn.getId();
        }

        public String getName() {
            return addOn.getName();
        }

        public String getDescription() {
            return addOn.getDescription();
        }

        /** "gift-wrap", "shipping-insurance", "other": for the item's class modifier. */
        public String getKind() {
            return addOn.getKind().css();
        }

        /** "$4.99": the server's price for this cart now. */
        public String getPriceText() {
            return PriceText.format(price, currency);
        }

        /** The price the form echoes back (compared by the server, never charged). */
        public String getPriceValue() {
            return price.toPlainString();
        }

        /** "2% of your items (at least $1.99, at most $24.99)", or "" for a fixed price. */
        public String getPricingText() {
            return addOn.pricingText(currency);
        }

        public boolean isChosen() {
            return chosen;
        }

        /** "uplift-add-ons__item--gift-wrap uplift-is-chosen": the item's modifier classes. */
        public String getCssClasses() {
            return "uplift-add-ons__item--" + getKind() + (chosen ? " uplift-is-chosen" : "");
        }
    }
}
