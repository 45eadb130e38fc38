package io.uplift.broadleaf.mail;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.mail.MailJob;
import io.uplift.engine.mail.MailKind;
import io.uplift.engine.mail.MailSettings;
import io.uplift.engine.mail.Recipients;
import io.uplift.engine.rank.SuggestionPipeline;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotKey;
import io.uplift.slot.WidgetProvider;
import io.uplift.slot.WidgetProviderRegistry;
import io.uplift.slot.WidgetRules;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetSettingsSource;
import io.uplift.widget.suggest.SuggestionWidgetProvider;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a scheduled e-mail into its message: reads the order (or cart) through Broadleaf's {@link OrderService} in a
 * read-only transaction, checks the recipient, picks the suggestions with the engine (the shop's order-offers widget's
 * chain and rules for a placed order, the cart add-ons widget's for a cart, what was bought or is in the cart left
 * out), attaches the merchandiser's usage tips and the tracked links. Whatever makes the e-mail pointless or wrong
 * ends as a reason instead: no or a bad address, a checked-out or changed cart, only deleted or inactive products.
 * Thread-safe.
 */
public class MailComposer {

    /** The widget whose chain and rules pick an order e-mail's suggestions. */
    public static final String ORDER_WIDGET = "ORDER_OFFERS";
    /** The widget whose chain and rules pick a cart reminder's suggestions. */
    public static final String CART_WIDGET = "CART_ADD_ONS";
    /** Template names under Broadleaf's e-mail template engine (classpath {@code emailTemplates/}, {@code .html}). */
    public static final String POST_PURCHASE_TEMPLATE = "uplift/post-purchase";
    public static final String ABANDONED_CART_TEMPLATE = "uplift/abandoned-cart";

    private final OrderService orders;
    private final CatalogFacts catalog;
    private final WidgetProviderRegistry providers;
    private final WidgetSettingsSource widgets;
    private final TransactionTemplate readOnly;
    private final MailLinkFactory links;

    public MailComposer(OrderService orders, CatalogFacts catalog, WidgetProviderRegistry providers,
            WidgetSettingsSource widgets, PlatformTransactionManager transactions, MailLinkFactory links) {
        this.orders = orders;
        this.catalog = catalog;
        this.providers = providers;
        this.widgets = widgets;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.links = links;
    }

    /** The message of a scheduled job, with links tracked to that job. */
    public ComposedMail compose(final MailJob job, final MailSettings settings) {
        final List<WidgetSettings> shop = shopWidgets();
        return readOnly.execute(new TransactionCallback<ComposedMail>() {
            @Override
            public ComposedMail doInTransaction(TransactionStatus status) {
                Order order = orders.findOrderById(job.getTargetId());
                return job.getKind() == MailKind.POST_PURCHASE ? postPurchase(order, job.getId(), settings, shop)
                        : abandonedCart(order, job.getId(), job.getCartChange(), settings, shop);
            }
        });
    }

    /**
     * The shop's widgets, read before the composing transaction begins: the source reads them with an entity manager
     * (a connection) of its own, and a thread that holds a second connection while its transaction keeps the first
     * can hang the store. The soak found it on HSQLDB: the mail thread's second connection waited behind an automatic
     * CHECKPOINT, which waited for the mail thread's open transaction, and every other session then waited behind the
     * CHECKPOINT. With a bounded pool the same pattern can also starve the pool on any database.
     */
    private List<WidgetSettings> shopWidgets() {
        return widgets.loadAll().getWidgets();
    }

    /**
     * The message an order (by number, post-purchase) or a cart (by id, abandoned cart) would get now, for the admin's
     * preview: links lead straight to the products (nothing is tracked), the address is not checked against opt-outs.
     *
     * @throws IllegalArgumentException quoting the order number or cart id when there is no such order or cart
     */
    public ComposedMail preview(final MailKind kind, final String orderNumberOrCartId, final MailSettings settings) {
        final List<WidgetSettings> shop = shopWidgets();
        return readOnly.execute(new TransactionCallback<ComposedMail>() {
            @Override
            public ComposedMail doInTransaction(TransactionStatus status) {
                String ref = orderNumberOrCartId == null ? "" : orderNumberOrCartId.trim();
                Order order;
                if (kind == MailKind.POST_PURCHASE) {
                    order = ref.isEmpty() ? null : orders.findOrderByOrderNumber(ref);
                    if (order == null) {
                        throw new IllegalArgumentException("no order with the number '" + ref + "'");
                    }
                    return postPurchase(order, 0, settings, shop);
                }
                if (!ref.matches("\\d{1,18}")) {
                    throw new IllegalArgumentException("a cart id is a number: '" + ref + "'");
                }
                order = orders.findOrderById(Long.valueOf(ref));
                if (order == null) {
                    throw new IllegalArgumentException("no cart with the id '" + ref + "'");
                }
                return abandonedCart(order, 0, null, settings, shop);
            }
        });
    }

    ComposedMail postPurchase(Order order, long jobId, MailSettings settings, List<WidgetSettings> shop) {
        MailKind kind = MailKind.POST_PURCHASE;
        if (order == null) {
            return ComposedMail.skipped(kind, null, "the order no longer exists");
        }
        if (!OrderStatus.SUBMITTED.equals(order.getStatus())) {
            return ComposedMail.skipped(kind, null, "order " + order.getOrderNumber() + " is " + order.getStatus().getType()
                    + ", not submitted");
        }
        Customer customer = order.getCustomer();
        String recipient = order.getEmailAddress() != null && !order.getEmailAddress().trim().isEmpty()
                ? order.getEmailAddress().trim() : customer == null ? null : customer.getEmailAddress();
        String problem = Recipients.problem(recipient);
        if (problem != null) {
            return ComposedMail.skipped(kind, recipient, problem);
        }
        Set<Long> bought = productIds(order);
        List<MailItem> tips = new ArrayList<MailItem>();
        for (Long id : bought) {
            ProductFacts p = catalog.find(id);
            String tip = p == null ? null : settings.getTips().tipFor(id, p.getCategoryIds());
            if (tip != null) {
                tips.add(item(p, jobId, 1, tip));
            }
        }
        List<MailItem> suggestions = suggestions(ORDER_WIDGET, SlotKey.CONFIRMATION, bought,
                customer == null ? null : customer.getId(), jobId, settings, shop);
        if (suggestions.isEmpty() && tips.isEmpty()) {
            return ComposedMail.skipped(kind, recipient, "nothing to suggest for order " + order.getOrderNumber()
                    + " (the suggested products are deleted, inactive or already bought) and no usage tips");
        }
        Map<String, Object> v = common(kind, customer, recipient, jobId);
        v.put("orderNumber", order.getOrderNumber());
        v.put("suggestions", suggestions);
        v.put("tips", tips);
        return ComposedMail.message(kind, recipient, settings.getPostPurchaseSubject(), POST_PURCHASE_TEMPLATE, v);
    }

    ComposedMail abandonedCart(Order cart, long jobId, Instant scheduledFor, MailSettings settings,
            List<WidgetSettings> shop) {
        MailKind kind = MailKind.ABANDONED_CART;
        if (cart == null) {
            return ComposedMail.cancelled(kind, "the cart no longer exists");
        }
        if (!OrderStatus.IN_PROCESS.equals(cart.getStatus())) {
            return ComposedMail.cancelled(kind, "the cart was checked out (order " + cart.getOrderNumber() + ", "
                    + cart.getStatus().getType() + ")");
        }
        java.util.Date updated = cart.getAuditable() == null ? null : cart.getAuditable().getDateUpdated();
        // whole seconds: MariaDB/MySQL keep Broadleaf's DATE_UPDATED to the second (the job's key holds that), while
        // Hibernate's cached order may hold the milliseconds it wrote
        if (scheduledFor != null && updated != null
                && updated.toInstant().getEpochSecond() > scheduledFor.getEpochSecond()) {
            return ComposedMail.cancelled(kind, "the customer changed the cart after the reminder was scheduled");
        }
        Customer customer = cart.getCustomer();
        if (customer == null || !customer.isRegistered()) {
            return ComposedMail.skipped(kind, null, "the cart belongs to an anonymous visitor");
        }
        String recipient = customer.getEmailAddress();
        if (customer.isDeactivated()) {
            return ComposedMail.skipped(kind, recipient, "the customer's account is deactivated");
        }
        String problem = Recipients.problem(recipient);
        if (problem != null) {
            return ComposedMail.skipped(kind, recipient, problem);
        }
        List<MailItem> lines = new ArrayList<MailItem>();
        for (DiscreteOrderItem line : cart.getDiscreteOrderItems()) {
            if (line.getParentOrderItem() != null || line.getProduct() == null) {
                continue; // protection plans and other child lines go with their line
            }
            ProductFacts p = catalog.find(line.getProduct().getId());
            if (p == null || !p.isActive()) {
                continue;
            }
            lines.add(item(p, jobId, line.getQuantity(), null));
        }
        if (lines.isEmpty()) {
            return ComposedMail.skipped(kind, recipient, "every product in the cart is deleted or inactive");
        }
        List<MailItem> suggestions = suggestions(CART_WIDGET, SlotKey.CART, productIds(cart), customer.getId(), jobId,
                settings, shop);
        Map<String, Object> v = common(kind, customer, recipient, jobId);
        v.put("lines", lines);
        v.put("suggestions", suggestions);
        v.put("cartUrl", jobId > 0 ? links.click(jobId, 0) : links.absolute("/cart"));
        return ComposedMail.message(kind, recipient, settings.getAbandonedCartSubject(), ABANDONED_CART_TEMPLATE, v);
    }

    private Map<String, Object> common(MailKind kind, Customer customer, String recipient, long jobId) {
        Map<String, Object> v = new LinkedHashMap<String, Object>();
        v.put("kind", kind.name());
        v.put("firstName", customer == null || customer.getFirstName() == null || customer.getFirstName().trim().isEmpty()
                ? null : customer.getFirstName().trim());
        v.put("shopUrl", links.absolute("/"));
        v.put("unsubscribeUrl", links.unsubscribe(recipient));
        v.put("preview", jobId <= 0);
        return v;
    }

    private static Set<Long> productIds(Order order) {
        Set<Long> ids = new LinkedHashSet<Long>();
        for (DiscreteOrderItem line : order.getDiscreteOrderItems()) {
            Product p = line.getProduct();
            if (p != null) {
                ids.add(p.getId());
            }
        }
        return ids;
    }

    /** The engine's picks for the basket, through the shop's widget of that type (its chain and rules). */
    List<MailItem> suggestions(String widgetType, SlotKey slot, Set<Long> basket, Long customerId, long jobId,
            MailSettings settings, List<WidgetSettings> shopWidgets) {
        WidgetProvider provider = providers.get(widgetType);
        if (!(provider instanceof SuggestionWidgetProvider)) {
            return new ArrayList<MailItem>();
        }
        WidgetSettings shop = shopWidget(shopWidgets, widgetType);
        WidgetRules r = shop == null ? WidgetRules.DEFAULTS : shop.getRules();
        // what was bought (or is in the cart) is left out whatever the widget's own rule says
        WidgetRules rules = new WidgetRules(r.getSources(), true, r.getPriceMinPercent(), r.getPriceMaxPercent(), false,
                r.isStockMarginBoost());
        WidgetSettings forMail = new WidgetSettings(shop == null ? 0 : shop.getId(), slot, widgetType, true, "e-mail",
                settings.getSuggestions(), 0, rules);
        SuggestionContext context = SuggestionContext.builder().cart(basket).purchased(basket).customer(customerId)
                .visitor(customerId == null ? "mail" : "c" + customerId).build();
        List<MailItem> items = new ArrayList<MailItem>();
        for (SuggestionPipeline.Ranked ranked : ((SuggestionWidgetProvider) provider).suggest(forMail, context)) {
            items.add(item(ranked.getProduct(), jobId, 1, null)); // the reason is for the merchandiser, not the customer
        }
        return items;
    }

    /** The shop's widget whose chain picks the suggestions of this kind of e-mail (clicks are attributed to it), or null. */
    public WidgetSettings attributionWidget(MailKind kind) {
        return shopWidget(shopWidgets(), kind == MailKind.POST_PURCHASE ? ORDER_WIDGET : CART_WIDGET);
    }

    private static WidgetSettings shopWidget(List<WidgetSettings> shop, String widgetType) {
        for (WidgetSettings w : shop) {
            if (w.isEnabled() && widgetType.equals(w.getWidgetType())) {
                return w;
            }
        }
        return null;
    }

    private MailItem item(ProductFacts p, long jobId, int quantity, String note) {
        ProductCard card = ProductCard.of(p, null, null);
        String url = jobId > 0 ? links.click(jobId, p.getId()) : links.absolute(p.getUrl());
        return new MailItem(p.getId(), p.getName(), card.getPriceText(), links.absolute(p.getImageUrl()), url, quantity,
                note);
    }
}
