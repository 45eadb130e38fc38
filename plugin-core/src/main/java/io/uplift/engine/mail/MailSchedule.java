package io.uplift.engine.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * When e-mails are due. An order's e-mail: the admin's delay after the order was submitted, one per order. An idle
 * cart's reminder: after it has stayed untouched for the idle time, once per idle spell (the key
 * names the cart and its last change, so two nodes scanning at once make the same job and the store keeps one), and
 * never sooner than the resend period after the cart's previous reminder. Pure functions.
 */
public final class MailSchedule {

    private MailSchedule() {
    }

    /**
     * @param lastChange       the cart's last change (its audit date)
     * @param previousReminder when this cart's previous reminder was scheduled, or {@code null}
     * @return whether a reminder is due now
     */
    public static boolean cartReminderDue(Instant now, Instant lastChange, Instant previousReminder, MailSettings settings) {
        if (!settings.isAbandonedCartEnabled() || lastChange == null) {
            return false;
        }
        if (now.isBefore(lastChange.plus(Duration.ofMinutes(settings.getAbandonedAfterMinutes())))) {
            return false;
        }
        if (previousReminder == null) {
            return true;
        }
        // one reminder per idle spell: the previous one was about this same spell unless the cart changed after it
        return previousReminder.isBefore(lastChange)
                && !now.isBefore(previousReminder.plus(Duration.ofHours(settings.getResendHours())));
    }

    /** The job key of the reminder of this cart's idle spell that began at {@code lastChange}. */
    public static String cartKey(long cartId, Instant lastChange) {
        return MailKind.ABANDONED_CART + ":" + cartId + ":" + lastChange.toEpochMilli();
    }

    /** When the e-mail about an order submitted at {@code submitted} is due. */
    public static Instant postPurchaseDue(Instant submitted, MailSettings settings) {
        return submitted.plus(Duration.ofMinutes(settings.getPostPurchaseDelayMinutes()));
    }

    /** The job key of the post-purchase e-mail of an order (one per order). */
    public static String orderKey(long orderId) {
        return MailKind.POST_PURCHASE + ":" + orderId;
    }
}
