package io.uplift.broadleaf.warranty;

import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * A step of Broadleaf's remove-item workflow (order 3500, before {@code blRemoveOrderItemActivity}): a child line
 * that is removed (a protection plan dropped on its own, or one of the children Broadleaf removes before their parent)
 * also leaves its parent's {@code childOrderItems}. Broadleaf 3.1 deletes the child row but leaves the parent's
 * collection as it was, and that collection is in Hibernate's second-level cache: once any page has read it (the
 * cart shows plans under their lines), the next request finds the deleted child in it and fails with "Unable to find
 * OrderItemImpl with id ...". Changing the collection makes Hibernate evict the cached copy.
 */
public class ChildLineRemovalActivity extends BaseActivity<ProcessContext<CartOperationRequest>> {

    public ChildLineRemovalActivity() {
        setOrder(3500);
    }

    @Override
    public ProcessContext<CartOperationRequest> execute(ProcessContext<CartOperationRequest> context) throws Exception {
        OrderItem item = context.getSeedData().getOrderItem();
        OrderItem parent = item == null ? null : item.getParentOrderItem();
        if (parent != null && parent.getChildOrderItems() != null) {
            parent.getChildOrderItems().remove(item);
        }
        return context;
    }
}
