package io.uplift.engine.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which lines of a placed order go together when one is cancelled, and what is refunded. Platform-free rule:
 * <ul>
 * <li>only an order not yet fulfilled (no fulfillment group shipped, fulfilled or delivered) can be changed;</li>
 * <li>a line is cancelled with every line under it (its protection plans, its other child lines), recursively;</li>
 * <li>a child line (e.g. a plan) can be cancelled alone: its parent stays;</li>
 * <li>cancelling the whole order cancels every line not cancelled yet;</li>
 * <li>the refund is what was paid for the lines cancelled now; when no line is left the order is cancelled and the
 * shipping paid is refunded too.</li>
 * </ul>
 * Immutable result.
 */
public final class Cancellation {

    private final List<Long> lineIds;
    private final BigDecimal refund;
    private final boolean orderCancelled;

    private Cancellation(List<Long> lineIds, BigDecimal refund, boolean orderCancelled) {
        this.lineIds = Collections.unmodifiableList(lineIds);
        this.refund = refund;
        this.orderCancelled = orderCancelled;
    }

    /**
     * @param lines     every line of the order, cancelled ones included
     * @param fulfilled whether any part of the order was fulfilled (shipped, delivered)
     * @param lineId    the line to cancel, or {@code null} for the whole order
     * @param shipping  the shipping the shopper paid (refunded when the order ends up cancelled), &gt;= 0
     * @throws CancellationRefused with the reason, quoting the line
     */
    public static Cancellation of(List<OrderLine> lines, boolean fulfilled, Long lineId, BigDecimal shipping) {
        if (shipping == null || shipping.signum() < 0) {
            throw new IllegalArgumentException("shipping must be 0 or more: " + shipping);
        }
        if (fulfilled) {
            throw new CancellationRefused("This order has already been shipped and can no longer be cancelled.");
        }
        Map<Long, OrderLine> byId = new LinkedHashMap<Long, OrderLine>();
        for (OrderLine l : lines) {
            byId.put(l.getId(), l);
        }
        Set<Long> chosen = new LinkedHashSet<Long>();
        if (lineId == null) {
            for (OrderLine l : lines) {
                if (!l.isCancelled()) {
                    chosen.add(l.getId());
                }
            }
            if (chosen.isEmpty()) {
                throw new CancellationRefused("This order is already cancelled.");
            }
        } else {
            OrderLine line = byId.get(lineId);
            if (line == null) {
                throw new CancellationRefused("That line is not part of this order: '" + lineId + "'.");
            }
            if (line.isCancelled()) {
                throw new CancellationRefused("That line is already cancelled: '" + lineId + "'.");
            }
            addWithChildren(line.getId(), lines, chosen);
        }
        BigDecimal refund = BigDecimal.ZERO;
        List<Long> ids = new ArrayList<Long>(chosen.size());
        for (Long id : chosen) {
            OrderLine l = byId.get(id);
            if (!l.isCancelled()) {
                ids.add(id);
                refund = refund.add(l.getPaid());
            }
        }
        boolean allGone = true;
        for (OrderLine l : lines) {
            allGone &= l.isCancelled() || chosen.contains(l.getId());
        }
        if (allGone) {
            refund = refund.add(shipping);
        }
        return new Cancellation(ids, refund.setScale(2, RoundingMode.HALF_UP), allGone);
    }

    private static void addWithChildren(long id, List<OrderLine> lines, Set<Long> out) {
        if (!out.add(id)) {
            return;
        }
        for (OrderLine l : lines) {
            if (l.getParentId() != null && l.getParentId() == id) {
                addWithChildren(l.getId(), lines, out);
            }
        }
    }

    /** The lines cancelled now, the asked one first, then its children; never an already cancelled line. */
    public List<Long> getLineIds() {
        return lineIds;
    }

    /** What to refund for this cancellation, 2 decimals. */
    public BigDecimal getRefund() {
        return refund;
    }

    /** Whether no line of the order is left (the order itself is cancelled). */
    public boolean isOrderCancelled() {
        return orderCancelled;
    }
}
