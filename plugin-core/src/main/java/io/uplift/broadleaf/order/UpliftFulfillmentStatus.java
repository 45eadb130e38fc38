package io.uplift.broadleaf.order;

import org.broadleafcommerce.core.order.service.type.FulfillmentGroupStatusType;

/**
 * Broadleaf 3.1's fulfillment statuses plus {@link #CANCELLED}, which 3.1 does not have: set on the fulfillment group
 * items of a cancelled line, and on the fulfillment group when none of its items is left. Broadleaf's extensible
 * enumeration: creating the constant registers it, so {@code FulfillmentGroupStatusType.getInstance("CANCELLED")}
 * answers it once this class is loaded ({@link PlacedOrders} loads it).
 */
public class UpliftFulfillmentStatus extends FulfillmentGroupStatusType {

    private static final long serialVersionUID = 1L;

    public static final FulfillmentGroupStatusType CANCELLED = new UpliftFulfillmentStatus("CANCELLED", "Cancelled");

    public UpliftFulfillmentStatus() {
    }

    public UpliftFulfillmentStatus(String type, String friendlyType) {
        super(type, friendlyType);
    }
}
