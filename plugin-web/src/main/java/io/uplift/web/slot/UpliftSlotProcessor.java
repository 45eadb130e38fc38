package io.uplift.web.slot;

import io.uplift.engine.SuggestionContext;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.SlotService;
import io.uplift.slot.SlotView;
import io.uplift.slot.WidgetFailures;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.web.order.CartState;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;
import org.thymeleaf.dom.Node;
import org.thymeleaf.processor.element.AbstractMarkupSubstitutionElementProcessor;
import org.thymeleaf.standard.expression.StandardExpressions;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code <blc:uplift_slot slot="product" product="${product}"/>}: one per page region. Thin by design: it reads
 * its attributes, asks {@link SlotService} for the finished {@link SlotView} and substitutes itself with the
 * overridable fragment {@code uplift/slot :: slot}. An empty slot renders nothing.
 *
 * <p>Attributes: {@code slot} (literal: product, cart, checkout or confirmation) and, on the product page,
 * {@code product} (an expression giving the product or its id). The cart comes from Broadleaf's {@link CartState}.</p>
 *
 * <p>Failure policy: anything that goes wrong below this tag (bad attribute, a widget's exception) is logged once
 * with the template and line, counted in {@link WidgetFailures}, and the slot renders nothing; the page never
 * breaks because of the plugin.</p>
 */
public class UpliftSlotProcessor extends AbstractMarkupSubstitutionElementProcessor {

    /** The element name after Broadleaf's {@code blc:} prefix. */
    public static final String ELEMENT = "uplift_slot";
    /** The variable the slot fragment receives. */
    public static final String SLOT_VARIABLE = "upliftSlot";
    /** The overridable fragment that lays out a slot. */
    public static final String SLOT_FRAGMENT = "uplift/slot :: slot";

    private final SlotService slotService;

    public UpliftSlotProcessor(SlotService slotService) {
        super(ELEMENT);
        this.slotService = slotService;
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected List<Node> getMarkupSubstitutes(Arguments arguments, Element element) {
        String where = arguments.getTemplateName() + " line " + element.getLineNumber();
        SlotKey slot;
        try {
            slot = SlotKey.fromName(element.getAttributeValue("slot"));
        } catch (IllegalArgumentException e) {
            slotService.getFailures().record("tag:bad-slot", where, e);
            return Collections.emptyList();
        }
        try {
            SlotView view = slotService.render(new SlotRequest(slot,
                    new SuggestionContext(productId(arguments, element), cartProductIds())));
            if (view.isEmpty()) {
                return Collections.emptyList();
            }
            Element host = new Element("div");
            host.setAttribute("th:replace", SLOT_FRAGMENT);
            host.setNodeLocalVariable(SLOT_VARIABLE, view);
            return Collections.<Node>singletonList(host);
        } catch (RuntimeException e) {
            slotService.getFailures().record("tag:" + slot.tagName(), where, e);
            return Collections.emptyList();
        }
    }

    static Long productIdOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Product) {
            return ((Product) value).getId();
        }
        if (value instanceof Number) {
            return ((Number) value).longValue();
        }
        String s = value.toString().trim();
        if (s.matches("\\d{1,18}")) {
            return Long.valueOf(s);
        }
        throw new IllegalArgumentException("product attribute must give a product or a product id: '" + value + "'");
    }

    private Long productId(Arguments arguments, Element element) {
        String expression = element.getAttributeValue("product");
        if (expression == null || expression.trim().isEmpty()) {
            return null;
        }
        Object value = StandardExpressions.getExpressionParser(arguments.getConfiguration())
                .parseExpression(arguments.getConfiguration(), arguments, expression)
                .execute(arguments.getConfiguration(), arguments);
        return productIdOf(value);
    }

    private static Set<Long> cartProductIds() {
        Order cart = CartState.getCart();
        if (cart == null || cart.getOrderItems() == null) {
            return Collections.emptySet();
        }
        Set<Long> ids = new LinkedHashSet<Long>();
        for (OrderItem item : cart.getOrderItems()) {
            if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getProduct() != null) {
                ids.add(((DiscreteOrderItem) item).getProduct().getId());
            }
        }
        return ids;
    }
}
