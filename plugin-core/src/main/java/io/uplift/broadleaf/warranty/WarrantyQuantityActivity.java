package io.uplift.broadleaf.warranty;

import org.broadleafcommerce.core.order.domain.FulfillmentGroupItem;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.order.strategy.FulfillmentGroupItemStrategy;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The warranty rules of Broadleaf's update-quantity workflow, in two steps of the same class.
 * <ul>
 * <li>{@link Step#CHECK} (order 1500, before {@code blUpdateOrderItemActivity} changes anything): a warranty line's
 * own quantity can only be set to its covered line's; anything else is refused ({@link WarrantyRefused}), so the
 * cart is unchanged. (Quantity 0 is a removal, which Broadleaf handles before this workflow: a plan may be
 * dropped on its own.)</li>
 * <li>{@link Step#FOLLOW} (order 4500, after {@code blUpdateFulfillmentGroupItemActivity} has moved the covered line's
 * fulfillment quantity, before the order is priced): the covered line's warranty lines take its new quantity, and
 * their fulfillment group items follow through Broadleaf's own strategy, as for any updated line.</li>
 * </ul>
 * The quantity of a covered line also changes when the same product is added again (Broadleaf's "merge like items"
 * runs this workflow), so its plan follows then too.
 */
public class WarrantyQuantityActivity extends BaseActivity<ProcessContext<CartOperationRequest>> {

    /** Which of the two steps this bean is. */
    public enum Step {
        CHECK, FOLLOW
    }

    private final Step step;
    private final FulfillmentGroupItemStrategy fgItemStrategy;

    public WarrantyQuantityActivity(Step step, FulfillmentGroupItemStrategy fgItemStrategy) {
        this.step = step;
        this.fgItemStrategy = fgItemStrategy;
        setOrder(step == Step.CHECK ? 1500 : 4500);
    }

    @Override
    public ProcessContext<CartOperationRequest> execute(ProcessContext<CartOperationRequest> context) throws Exception {
        CartOperationRequest request = context.getSeedData();
        if (step == Step.CHECK) {
            check(request);
        } else {
            follow(request);
        }
        return context;
    }

    private static void check(CartOperationRequest request) {
        OrderItemRequestDTO dto = request.getItemRequest();
        OrderItem item = WarrantyLines.line(request.getOrder(), dto.getOrderItemId());
        if (item == null || !WarrantyLines.isPlanLine(item) || dto.getQuantity() == null) {
            return;
        }
        OrderItem parent = item.getParentOrderItem();
        int wanted = parent == null ? -1 : parent.getQuantity();
        if (dto.getQuantity() != wanted) {
            throw new WarrantyRefused("A protection plan always has the quantity of the item it covers ("
                    + (parent == null ? "none" : String.valueOf(wanted)) + "), not " + dto.getQuantity() + ".");
        }
    }

    private void follow(CartOperationRequest request) throws Exception {
        OrderItem parent = request.getOrderItem();
        if (parent == null || WarrantyLines.isPlanLine(parent)) {
            return;
        }
        for (OrderItem child : WarrantyLines.planChildren(parent)) {
            int delta = parent.getQuantity() - child.getQuantity();
            if (delta == 0) {
                continue;
            }
            child.setQuantity(parent.getQuantity());
            CartOperationRequest childRequest = new CartOperationRequest(request.getOrder(),
                    new OrderItemRequestDTO().setOrderItemId(child.getId()).setQuantity(parent.getQuantity()), false);
            childRequest.setOrderItem(child);
            childRequest.setOrderItemQuantityDelta(delta);
            childRequest = fgItemStrategy.onItemUpdated(childRequest);
            if (childRequest.getFgisToDelete() != null && !childRequest.getFgisToDelete().isEmpty()) {
                List<FulfillmentGroupItem> all = request.getFgisToDelete() == null
                        ? new ArrayList<FulfillmentGroupItem>() : new ArrayList<FulfillmentGroupItem>(request.getFgisToDelete());
                all.addAll(childRequest.getFgisToDelete());
                request.setFgisToDelete(all);
            }
        }
    }
}
