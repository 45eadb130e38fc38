package io.uplift.engine.mail;

import org.junit.Test;

import java.util.Arrays;

import static io.uplift.engine.mail.BackoffTest.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

public class UsageTipsTest {

    @Test
    public void aProductsOwnTipWinsOverItsCategorys() {
        UsageTips tips = UsageTips.parse("12: Charge it fully first.\n\ncategory 2: Turn on backups.\nCATEGORY 3 : Update it.");
        assertEquals("Charge it fully first.", tips.tipFor(12, Arrays.asList(2L)));
        assertEquals("Turn on backups.", tips.tipFor(13, Arrays.asList(9L, 2L)));
        assertEquals("Update it.", tips.tipFor(14, Arrays.asList(3L)));
        assertNull(tips.tipFor(15, Arrays.asList(4L)));
        assertEquals(3, tips.size());
        assertEquals("12: Charge it fully first.\ncategory 2: Turn on backups.\ncategory 3: Update it.", tips.toText());
        assertEquals(tips, UsageTips.parse(tips.toText()));
    }

    @Test
    public void blankIsNone() {
        assertEquals(UsageTips.NONE, UsageTips.parse(null));
        assertEquals(UsageTips.NONE, UsageTips.parse(" \n "));
    }

    @Test
    public void refusesBadLinesQuotingThem() {
        expect("usage tips line 2 must read 'product id: tip' or 'category id: tip': 'Nova: charge it'",
                () -> UsageTips.parse("12: ok\nNova: charge it"));
        expect("usage tips line 1 must read 'product id: tip' or 'category id: tip': '12:'", () -> UsageTips.parse("12:"));
        expect("usage tips line 2 repeats product 12: '12: again'", () -> UsageTips.parse("12: once\n12: again"));
        StringBuilder longTip = new StringBuilder("5: ");
        for (int i = 0; i < 301; i++) {
            longTip.append('x');
        }
        expect("usage tips line 1 is longer than 300 characters: '" + longTip + "'", () -> UsageTips.parse(longTip.toString()));
    }
}
