package io.uplift.engine.order;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The cancellation rule on a hand-made order: a phone (line 1, 649.00) with its 2-year plan (line 2, 79.00, child of
 * 1), a case (line 3, 29.00) and a laptop (line 4, 1,099.00) with a 1-year plan (line 5, 69.00); shipping 0.00 (over
 * the free-shipping threshold) unless said otherwise.
 */
public class CancellationTest {

    private static List<OrderLine> order(boolean... cancelled) {
        return Arrays.asList(
                new OrderLine(1, null, false, cancelled.length > 0 && cancelled[0], new BigDecimal("649.00")),
                new OrderLine(2, 1L, true, cancelled.length > 1 && cancelled[1], new BigDecimal("79.00")),
                new OrderLine(3, null, false, cancelled.length > 2 && cancelled[2], new BigDecimal("29.00")),
                new OrderLine(4, null, false, cancelled.length > 3 && cancelled[3], new BigDecimal("1099.00")),
                new OrderLine(5, 4L, true, cancelled.length > 4 && cancelled[4], new BigDecimal("69.00")));
    }

    @Test
    public void cancellingALineCancelsItsPlanAndRefundsBoth() {
        Cancellation c = Cancellation.of(order(), false, 1L, BigDecimal.ZERO);
        assertEquals(Arrays.asList(1L, 2L), c.getLineIds());
        assertEquals(new BigDecimal("728.00"), c.getRefund());
        assertFalse(c.isOrderCancelled());
    }

    @Test
    public void aPlanAloneIsCancelledWithoutItsParent() {
        Cancellation c = Cancellation.of(order(), false, 5L, BigDecimal.ZERO);
        assertEquals(Arrays.asList(5L), c.getLineIds());
        assertEquals(new BigDecimal("69.00"), c.getRefund());
        assertFalse(c.isOrderCancelled());
    }

    @Test
    public void aLineWhosePlanIsAlreadyCancelledRefundsOnlyItself() {
        Cancellation c = Cancellation.of(order(false, false, false, false, true), false, 4L, BigDecimal.ZERO);
        assertEquals(Arrays.asList(4L), c.getLineIds());
        assertEquals(new BigDecimal("1099.00"), c.getRefund());
    }

    @Test
    public void theLastLineCancelsTheOrderAndRefundsShipping() {
        Cancellation c = Cancellation.of(order(true, true, false, true, true), false, 3L, new BigDecimal("6.99"));
        assertEquals(Arrays.asList(3L), c.getLineIds());
        assertEquals("29.00 + 6.99 shipping", new BigDecimal("35.99"), c.getRefund());
        assertTrue(c.isOrderCancelled());
    }

    @Test
    public void theWholeOrderCancelsWhatIsLeftWithShipping() {
        Cancellation c = Cancellation.of(order(true, true), false, null, new BigDecimal("6.99"));
        assertEquals(Arrays.asList(3L, 4L, 5L), c.getLineIds());
        assertEquals("29.00 + 1,099.00 + 69.00 + 6.99", new BigDecimal("1203.99"), c.getRefund());
        assertTrue(c.isOrderCancelled());
    }

    @Test
    public void refusals() {
        refused(order(), true, 1L, "This order has already been shipped and can no longer be cancelled.");
        refused(order(), true, null, "This order has already been shipped and can no longer be cancelled.");
        refused(order(), false, 9L, "That line is not part of this order: '9'.");
        refused(order(false, true), false, 2L, "That line is already cancelled: '2'.");
        refused(order(true, true, true, true, true), false, null, "This order is already cancelled.");
    }

    private static void refused(List<OrderLine> lines, boolean fulfilled, Long lineId, String message) {
        try {
            Cancellation.of(lines, fulfilled, lineId, BigDecimal.ZERO);
            fail("expected a refusal for line " + lineId);
        } catch (CancellationRefused e) {
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    public void confirmationOfferFollowsTheOrdersState() {
        assertEquals(ConfirmationOffer.ADD_TO_ORDER, ConfirmationOffer.of(false, false));
        assertEquals(ConfirmationOffer.FOR_NEXT_TIME, ConfirmationOffer.of(true, false));
        assertEquals(ConfirmationOffer.FOR_NEXT_TIME, ConfirmationOffer.of(false, true));
        assertEquals("Add to your order", ConfirmationOffer.ADD_TO_ORDER.getHeading());
        assertEquals("For next time", ConfirmationOffer.FOR_NEXT_TIME.getHeading());
    }
}
