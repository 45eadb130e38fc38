package io.uplift.broadleaf.bundle;

import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.inventory.service.InventoryUnavailableException;
import org.broadleafcommerce.core.workflow.WorkflowException;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/** The shopper's message of a refused checkout, and finding it in what Broadleaf's checkout throws. */
public class CheckoutInventoryActivityTest {

    @Test
    public void messageNamesTheProductTheQuantityAndWhatIsLeft() {
        assertEquals("Sorry, Mouse Pad XL is no longer available in the quantity in your cart (2): it is out of stock."
                + " Please change the quantity or remove it from your cart, then place your order again.",
                CheckoutInventoryActivity.message("Mouse Pad XL", 2, 0));
        assertEquals("Sorry, Mouse Pad XL is no longer available in the quantity in your cart (3): only 1 is left."
                + " Please change the quantity or remove it from your cart, then place your order again.",
                CheckoutInventoryActivity.message("Mouse Pad XL", 3, 1));
        assertEquals("Sorry, Desk Lamp is no longer available in the quantity in your cart (5): only 2 are left."
                + " Please change the quantity or remove it from your cart, then place your order again.",
                CheckoutInventoryActivity.message("Desk Lamp", 5, 2));
        assertEquals("Sorry, Desk Lamp is no longer available in the quantity in your cart (1): it is out of stock."
                + " Please change the quantity or remove it from your cart, then place your order again.",
                CheckoutInventoryActivity.message("Desk Lamp", 1, null));
    }

    @Test
    public void shopperMessageIsFoundThroughBroadleafsWrapping() {
        InventoryUnavailableException stock = new InventoryUnavailableException("Sorry, X is out.", 7L, 2, 0);
        // initiateCheckout throws new Exception(CheckoutException(..., root cause of the WorkflowException))
        Exception thrown = new Exception(new CheckoutException("Unable to checkout order -- id: 1",
                new WorkflowException(stock).getRootCause(), null));
        assertEquals("Sorry, X is out.", CheckoutInventoryActivity.shopperMessage(thrown));
    }

    @Test
    public void otherFailuresHaveNoShopperMessage() {
        assertNull(CheckoutInventoryActivity.shopperMessage(new Exception(new IllegalStateException("payment"))));
        assertNull(CheckoutInventoryActivity.shopperMessage(new InventoryUnavailableException(7L, 2, 0)));
        assertNull(CheckoutInventoryActivity.shopperMessage(null));
    }
}
