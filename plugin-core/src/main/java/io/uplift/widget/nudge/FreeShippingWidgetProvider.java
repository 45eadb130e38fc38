package io.uplift.widget.nudge;

import io.uplift.engine.SuggestionContext;
import io.uplift.engine.nudge.CartShipping;
import io.uplift.engine.nudge.FreeShipping;
import io.uplift.engine.nudge.GapFillers;
import io.uplift.engine.nudge.PriceIndexRefresher;
import io.uplift.engine.nudge.ShippingOptionsSource;
import io.uplift.engine.nudge.ShippingProgress;
import io.uplift.engine.rank.Filters;
import io.uplift.engine.rank.SuggestionFilter;
import io.uplift.engine.rank.SuggestionPipeline;
import io.uplift.engine.source.SourceChain;
import io.uplift.engine.source.SourceRegistry;
import io.uplift.engine.warranty.WarrantyPlansSource;
import io.uplift.slot.DescribedWidget;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetProvider;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Add $12.40 more for free shipping" with a progress bar and gap fillers, or "Your order ships free" (type
 * {@code FREE_SHIPPING}, template {@code uplift/widgets/free-shipping}). The threshold is the shop's own shipping
 * configuration ({@link ShippingOptionsSource}, the rule of {@code ShippingOptions.forCart}); nothing shows when the
 * cart is empty or the shop has no free-shipping threshold for it. Gap fillers come from {@link GapFillers}, with
 * the widget's sources (blank: {@code copurchase, trending}) as the measure of fit and its "number of products" as
 * their most. Its model ({@code upliftWidget.detail}) is a {@link FreeShippingNudge}.
 * Its fillers count as shown on the page, also in the mini-cart (rendered first, in the header): the page's own
 * widgets do not repeat them.
 */
public class FreeShippingWidgetProvider implements WidgetProvider, DescribedWidget {

    public static final String TYPE = "FREE_SHIPPING";
    public static final String TEMPLATE = "uplift/widgets/free-shipping";
    /** The fit sources when the admin sets none: the cart's co-purchases, then best-sellers. */
    public static final String DEFAULT_FIT = "copurchase, trending";

    private final ShippingOptionsSource shipping;
    private final PriceIndexRefresher prices;
    private final GapFillers fillers;
    private final SourceRegistry sources;
    private WarrantyPlansSource warrantyPlans;

    public FreeShippingWidgetProvider(ShippingOptionsSource shipping, PriceIndexRefresher prices, GapFillers fillers,
            SourceRegistry sources) {
        this.shipping = shipping;
        this.prices = prices;
        this.fillers = fillers;
        this.sources = sources;
        SourceChain.parse(DEFAULT_FIT, sources.names());
    }

    /** Never proposes warranty plan products (sold only with the item they cover); unset: nothing left out. */
    public void setWarrantyPlans(WarrantyPlansSource warrantyPlans) {
        this.warrantyPlans = warrantyPlans;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public WidgetView build(WidgetSettings settings, SlotRequest request) {
        CartShipping cart = request.getContext().getCartShipping();
        ShippingProgress progress = progress(cart);
        if (progress == null) {
            return null;
        }
        List<ProductCard> cards = new ArrayList<ProductCard>();
        for (SuggestionPipeline.Ranked r : fillersFor(settings, request, progress)) {
            cards.add(ProductCard.of(r.getProduct(), r.getSuggestion()));
            request.getContext().getPage().markShownOnPageOnly(r.getProduct().getId());
        }
        return new WidgetView(settings.getId(), TYPE, TEMPLATE, settings.getTitle(), cards,
                new FreeShippingNudge(progress, cart.getCurrency()));
    }

    /** The cart's progress, or {@code null} when the nudge does not show (empty cart, no threshold). */
    private ShippingProgress progress(CartShipping cart) {
        if (cart.isEmpty()) {
            return null; // the common case on every page of a new visitor: no work at all
        }
        FreeShipping free = shipping.current().forCart(cart.getOptionId());
        return free.getState() == FreeShipping.State.FROM ? free.progress(cart.getSubtotal()) : null;
    }

    private List<SuggestionPipeline.Ranked> fillersFor(WidgetSettings settings, SlotRequest request,
            ShippingProgress progress) {
        return progress.isQualifies() ? Collections.<SuggestionPipeline.Ranked>emptyList()
                : gapFillers(settings, request, progress, null);
    }

    private List<SuggestionPipeline.Ranked> gapFillers(WidgetSettings settings, SlotRequest request,
            ShippingProgress progress, List<SuggestionPipeline.Rejected> rejected) {
        String text = settings.getRules().getSources();
        SourceChain fit = SourceChain.parse(text == null ? DEFAULT_FIT : text, sources.names());
        List<SuggestionFilter> extra = warrantyPlans == null ? Collections.<SuggestionFilter>emptyList()
                : Collections.singletonList(Filters.notSoldAlone(warrantyPlans));
        return fillers.rank(progress.getMissing(), request.getContext(), prices.current(), fit, extra,
                settings.getMaxItems(), rejected);
    }

    @Override
    public List<String> describe(WidgetSettings settings, SlotRequest request) {
        List<String> lines = new ArrayList<String>();
        SuggestionContext context = request.getContext();
        CartShipping cart = context.getCartShipping();
        FreeShipping free = shipping.current().forCart(cart.getOptionId());
        lines.add("Shipping: " + free.getWhy() + ".");
        if (free.getState() != FreeShipping.State.FROM) {
            lines.add("No free-shipping threshold for this cart: the nudge does not show.");
            return lines;
        }
        if (cart.isEmpty()) {
            lines.add("Shown when the cart holds something: add products to the preview's cart.");
            return lines;
        }
        ShippingProgress progress = free.progress(cart.getSubtotal());
        FreeShippingNudge nudge = new FreeShippingNudge(progress, cart.getCurrency());
        lines.add(nudge.getMessage() + " (" + nudge.getValueText() + ", " + nudge.getPercent() + " %).");
        if (!progress.isQualifies()) {
            BigDecimal[] window = fillers.window(progress.getMissing());
            lines.add("Gap fillers priced " + window[0].toPlainString() + " to " + window[1].toPlainString() + ":");
            List<SuggestionPipeline.Rejected> rejected = new ArrayList<SuggestionPipeline.Rejected>();
            for (SuggestionPipeline.Ranked r : gapFillers(settings, request, progress, rejected)) {
                lines.add(String.format(Locale.ROOT, "%s, %s: score %.3f; %s", r.getProduct().getName(),
                        ProductCard.of(r.getProduct(), null, null).getPriceText(), r.getFinalScore(),
                        r.getSuggestion().getReason()));
            }
            for (SuggestionPipeline.Rejected r : rejected) {
                lines.add("left out: " + (r.getProduct() == null ? "product " + r.getSuggestion().getProductId()
                        : r.getProduct().getName()) + " (" + r.getReason() + ")");
            }
        }
        return lines;
    }

    @Override
    public Set<Long> shownProducts(WidgetSettings settings, SlotRequest request) {
        Set<Long> ids = new LinkedHashSet<Long>();
        ShippingProgress progress = progress(request.getContext().getCartShipping());
        if (progress != null) {
            for (SuggestionPipeline.Ranked r : fillersFor(settings, request, progress)) {
                ids.add(r.getProduct().getId());
            }
        }
        return ids;
    }
}
