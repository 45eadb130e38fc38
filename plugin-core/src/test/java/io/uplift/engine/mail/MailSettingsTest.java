package io.uplift.engine.mail;

import org.junit.Test;

import static io.uplift.engine.mail.BackoffTest.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

public class MailSettingsTest {

    @Test
    public void defaultsSendNothing() {
        assertFalse(MailSettings.DEFAULTS.isEnabled(MailKind.POST_PURCHASE));
        assertFalse(MailSettings.DEFAULTS.isEnabled(MailKind.ABANDONED_CART));
        assertEquals(3 * 24 * 60, MailSettings.DEFAULTS.getPostPurchaseDelayMinutes());
    }

    @Test
    public void refusesBadValuesQuotingThem() {
        expect("post-purchase delay (minutes) must be between 1 and 43200: 0",
                () -> new MailSettings(true, 0, "a", true, 5, "b", 24, 4, null));
        expect("cart idle time (minutes) must be between 1 and 43200: 43201",
                () -> new MailSettings(true, 1, "a", true, 43201, "b", 24, 4, null));
        expect("resend period (hours) must be between 1 and 8760: 0",
                () -> new MailSettings(true, 1, "a", true, 5, "b", 0, 4, null));
        expect("suggestions per e-mail must be between 1 and 6: 7",
                () -> new MailSettings(true, 1, "a", true, 5, "b", 24, 7, null));
        expect("post-purchase subject must not be empty: '  '",
                () -> new MailSettings(true, 1, "  ", true, 5, "b", 24, 4, null));
        expect("abandoned-cart subject must be one line without control characters: 'Hi\nBcc: x@example.com'",
                () -> new MailSettings(true, 1, "a", true, 5, "Hi\nBcc: x@example.com", 24, 4, null));
    }

    @Test
    public void subjectsAreTrimmedAndChosenByKind() {
        MailSettings m = new MailSettings(true, 1, "  After  ", false, 5, "Cart", 24, 4, null);
        assertEquals("After", m.subject(MailKind.POST_PURCHASE));
        assertEquals("Cart", m.subject(MailKind.ABANDONED_CART));
        assertNull(m.getTips().tipFor(1, null));
    }
}
