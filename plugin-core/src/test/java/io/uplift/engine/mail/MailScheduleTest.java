package io.uplift.engine.mail;

import org.junit.Test;

import java.time.Instant;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class MailScheduleTest {

    /** Carts idle 180 minutes, one reminder per cart in 24 hours; orders written to 60 minutes after. */
    private final MailSettings on = new MailSettings(true, 60, "After", true, 180, "Cart", 24, 4, null);
    private final MailSettings cartOff = new MailSettings(true, 60, "After", false, 180, "Cart", 24, 4, null);
    private final Instant changed = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    public void aCartIsDueOnceIdleForTheAdminsTime() {
        assertFalse("2:59 idle", MailSchedule.cartReminderDue(Instant.parse("2026-03-01T11:59:00Z"), changed, null, on));
        assertTrue("3:00 idle", MailSchedule.cartReminderDue(Instant.parse("2026-03-01T12:00:00Z"), changed, null, on));
        assertFalse("switched off", MailSchedule.cartReminderDue(Instant.parse("2026-03-01T12:00:00Z"), changed, null, cartOff));
    }

    @Test
    public void oneReminderPerIdleSpellAndNoneWithinTheResendPeriod() {
        Instant reminded = Instant.parse("2026-03-01T12:00:00Z");
        assertFalse("the same spell: the cart did not change since",
                MailSchedule.cartReminderDue(Instant.parse("2026-03-05T12:00:00Z"), changed, reminded, on));
        Instant changedAgain = Instant.parse("2026-03-01T13:00:00Z");
        assertFalse("a new spell, idle long enough, but 23 h after the last reminder",
                MailSchedule.cartReminderDue(Instant.parse("2026-03-02T11:00:00Z"), changedAgain, reminded, on));
        assertTrue("24 h after the last reminder",
                MailSchedule.cartReminderDue(Instant.parse("2026-03-02T12:00:00Z"), changedAgain, reminded, on));
    }

    @Test
    public void keysNameTheOrderOrTheCartAndItsSpell() {
        assertEquals("POST_PURCHASE:42", MailSchedule.orderKey(42));
        assertEquals("ABANDONED_CART:7:1772355600000", MailSchedule.cartKey(7, changed));
        MailJob job = new MailJob(1, MailSchedule.cartKey(7, changed), MailKind.ABANDONED_CART, 7, 3L, MailStatus.PENDING,
                changed, changed, 0, null, null, null, null, null, 0);
        assertEquals("the job knows the change it was scheduled for", changed, job.getCartChange());
    }

    @Test
    public void anOrdersMailIsDueTheDelayAfterTheOrder() {
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), MailSchedule.postPurchaseDue(changed, on));
    }
}
