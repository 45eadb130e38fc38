package io.uplift.broadleaf.warranty;

import io.uplift.engine.warranty.WarrantyChoice;
import io.uplift.engine.warranty.WarrantyPlan;
import io.uplift.engine.warranty.WarrantyPlans;
import io.uplift.engine.warranty.WarrantyPlansSource;
import io.uplift.engine.warranty.WarrantyQuote;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.math.BigDecimal;

/**
 * The warranty rules of Broadleaf's add-item workflow (order 1500: after {@code blValidateAddRequestActivity} has
 * found the SKU, before {@code blAddOrderItemActivity} creates the line). Whatever adds a plan's product (the shop's
 * own cart, the plugin's quick add, an API client), it is refused unless it is the plugin's warranty add: a child of
 * a line of the same cart that the plan covers, for the plan's term, with the covered line's quantity, at the price
 * the plan gives (set as Broadleaf's price override, so the catalog price of the plan product never counts), and the
 * line has no plan yet. A refusal ({@link WarrantyRefused}) rolls the add back: the cart is unchanged.
 */
public class WarrantyAddActivity extends BaseActivity<ProcessContext<CartOperationRequest>> {

    private final WarrantyPlansSource plans;
    private final CatalogService catalogService;

    public WarrantyAddActivity(WarrantyPlansSource plans, CatalogService catalogService) {
        this.plans = plans;
        this.catalogService = catalogService;
        setOrder(1500);
    }

    @Override
    public ProcessContext<CartOperationRequest> execute(ProcessContext<CartOperationRequest> context) throws Exception {
        CartOperationRequest request = context.getSeedData();
        OrderItemRequestDTO dto = request.getItemRequest();
        Product product = product(dto);
        WarrantyPlans current = plans.current();
        if (product == null || !current.isPlanProduct(product.getId())) {
            return context;
        }
        String name = product.getName();
        OrderItem parent = WarrantyLines.line(request.getOrder(), dto.getParentOrderItemId());
        if (dto.getParentOrderItemId() == null) {
            throw new WarrantyRefused(name + " can only be added together with the item it covers.");
        }
        if (parent == null) {
            throw new WarrantyRefused("That line is not in your cart: '" + dto.getParentOrderItemId() + "'.");
        }
        if (!WarrantyLines.canBeCovered(parent)) {
            throw new WarrantyRefused(name + " cannot cover " + parent.getName() + ".");
        }
        Long planId = number(dto.getItemAttributes().get(WarrantyLines.PLAN));
        Long years = number(dto.getItemAttributes().get(WarrantyLines.YEARS));
        if (planId == null || years == null || years > Integer.MAX_VALUE
                || !String.valueOf(parent.getId()).equals(dto.getItemAttributes().get(WarrantyLines.COVERS))) {
            throw new WarrantyRefused(name + " can only be chosen as a protection plan of an item in your cart.");
        }
        DiscreteOrderItem covered = (DiscreteOrderItem) parent;
        WarrantyQuote quote;
        try {
            quote = WarrantyChoice.check(current, planId, years.intValue(), parent.getName(),
                    WarrantyLines.categories(covered.getProduct()), WarrantyLines.unitPrice(parent), null);
        } catch (WarrantyChoice.Refused e) {
            throw new WarrantyRefused(e.getMessage());
        }
        WarrantyPlan plan = quote.getPlan();
        if (!Long.valueOf(product.getId()).equals(plan.productFor(quote.getYears()))) {
            throw new WarrantyRefused(name + " is not the " + WarrantyChoice.years(quote.getYears()) + " term of "
                    + plan.getName() + ".");
        }
        if (dto.getQuantity() == null || dto.getQuantity() != parent.getQuantity()) {
            throw new WarrantyRefused("A protection plan always has the quantity of the item it covers ("
                    + parent.getQuantity() + "), not " + dto.getQuantity() + ".");
        }
        if (!samePrice(dto.getOverrideSalePrice(), quote.getPrice())
                || !samePrice(dto.getOverrideRetailPrice(), quote.getPrice())) {
            throw new WarrantyRefused("The price of " + plan.getName() + " is set by the shop, not by the request.");
        }
        if (!WarrantyLines.planChildren(parent).isEmpty()) {
            throw new WarrantyRefused(parent.getName() + " already has a protection plan.");
        }
        return context;
    }

    private Product product(OrderItemRequestDTO dto) {
        if (dto.getProductId() != null) {
            Product p = catalogService.findProductById(dto.getProductId());
            if (p != null) {
                return p;
            }
        }
        Sku sku = dto.getSkuId() == null ? null : catalogService.findSkuById(dto.getSkuId());
        return sku == null ? null : sku.getProduct();
    }

    private static boolean samePrice(org.broadleafcommerce.common.money.Money given, BigDecimal expected) {
        return given != null && given.getAmount() != null && given.getAmount().compareTo(expected) == 0;
    }

    static Long number(String raw) {
        return raw == null || !raw.trim().matches("\\d{1,18}") ? null : Long.valueOf(raw.trim());
    }
}
