package io.uplift.engine.upsell;

import org.junit.Test;

import static io.uplift.engine.upsell.UpsellFixtures.money;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class PriceFramingTest {

    @Test
    public void twiceTheMeasureIsNamedTwice() {
        assertEquals("+$100 for twice the storage",
                PriceFraming.upgrade(money("100"), "USD", "storage", "128 GB", "256 GB"));
        assertEquals("+$100 for twice the storage",
                PriceFraming.upgrade(money("100.00"), "USD", "storage", "512 GB", "1 TB"));
    }

    @Test
    public void otherWholeRatiosAreTimes() {
        assertEquals("+$300 for 4 times the storage",
                PriceFraming.upgrade(money("300"), "USD", "storage", "128 GB", "512 GB"));
        assertEquals("3 times the zoom", PriceFraming.benefit("zoom", "1", "3"));
    }

    @Test
    public void fractionalRatiosArePercentMore() {
        assertEquals("+$50 for 50% more RAM", PriceFraming.upgrade(money("50"), "USD", "ram", "8 GB", "12 GB"));
        // 4400 / 3300 = 1.333...: 33 %
        assertEquals("33% more battery", PriceFraming.benefit("battery", "3,300 mAh", "4,400 mAh"));
        // 1.15 is 0.1499999... in floating point: still 15 %
        assertEquals("15% more battery", PriceFraming.benefit("battery", "100 mAh", "115 mAh"));
    }

    @Test
    public void percentagesAreFlooredNeverRoundedUp() {
        assertEquals("95% more storage", PriceFraming.benefit("storage", "100 GB", "195 GB"));
        assertEquals("99% more storage", PriceFraming.benefit("storage", "1000 GB", "1999 GB"));
        assertEquals("more storage", PriceFraming.benefit("storage", "1000 GB", "1005 GB"));
    }

    @Test
    public void anAddedYesFeatureIsItsLabelOtherwiseValueAndLabel() {
        assertEquals("+$100 for satellite SOS",
                PriceFraming.upgrade(money("100"), "USD", "satellite SOS", null, "Yes"));
        assertEquals("satellite SOS", PriceFraming.benefit("satellite SOS", "no", " yes "));
        assertEquals("OLED display", PriceFraming.benefit("display", null, "OLED"));
        assertEquals("NFC", PriceFraming.benefit("nfc", "none", "Yes"));
    }

    @Test
    public void noBenefitGivesTheBareDelta() {
        assertEquals("+$100", PriceFraming.upgrade(money("100"), "USD", null, null, null));
        assertEquals("+$100", PriceFraming.upgrade(money("100"), "USD", "storage", "256 GB", "128 GB"));
        assertEquals("+$100", PriceFraming.upgrade(money("100"), "USD", "storage", "256 GB", "256 GB"));
        assertEquals("+$100", PriceFraming.upgrade(money("100"), "USD", "cpu", "6-core", "8-core"));
        assertEquals("-$20", PriceFraming.upgrade(money("-20"), "USD", "color", "Black", "Blue"));
        assertNull(PriceFraming.benefit("headphone jack", "Yes", null));
    }

    @Test
    public void perMonthRoundsUpToTheCent() {
        assertEquals("+$8.34/month over 12 months", PriceFraming.perMonth(money("100"), "USD", 12));
        assertEquals("+$25.00/month over 12 months", PriceFraming.perMonth(money("300"), "USD", 12));
        assertEquals("+$0.01/month over 24 months", PriceFraming.perMonth(money("0.01"), "USD", 24));
        assertEquals("+$49.00/month over 1 month", PriceFraming.perMonth(money("49"), "USD", 1));
    }

    @Test
    public void perMonthIsOffForZeroMonthsOrNoRise() {
        assertNull(PriceFraming.perMonth(money("100"), "USD", 0));
        assertNull(PriceFraming.perMonth(money("0"), "USD", 12));
        assertNull(PriceFraming.perMonth(money("-20"), "USD", 12));
        assertEquals("+$1.67/month over 60 months",
                PriceFraming.perMonth(money("100"), "USD", PriceFraming.MAX_MONTHS));
    }

    @Test
    public void perMonthRejectsNegativeOrTooManyMonthsQuotingTheValue() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> PriceFraming.perMonth(money("100"), "USD", -1));
        assertTrue(negative.getMessage(), negative.getMessage().endsWith(": -1"));
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> PriceFraming.perMonth(money("100"), "USD", 61));
        assertTrue(tooMany.getMessage(), tooMany.getMessage().endsWith(": 61"));
    }

    @Test
    public void addOnIsOnlyThePriceForTheBenefit() {
        assertEquals("only +$49 for 2 years of protection",
                PriceFraming.addOn(money("49"), "USD", "2 years of protection"));
        assertEquals("only +$49.99 for a case", PriceFraming.addOn(money("49.99"), "USD", "  a case "));
        assertEquals("only +$49", PriceFraming.addOn(money("49.00"), "USD", " "));
        assertEquals("only +$49", PriceFraming.addOn(money("49.00"), "USD", null));
    }

    @Test
    public void shortLetterNamesAreAcronymsAndTitlesAreCapitalised() {
        assertEquals("RAM", PriceFraming.label("ram", true));
        assertEquals("RAM", PriceFraming.label(" ram ", false));
        assertEquals("storage", PriceFraming.label("storage", false));
        assertEquals("Storage", PriceFraming.label("storage", true));
        assertEquals("Satellite SOS", PriceFraming.label("satellite SOS", true));
        assertEquals("5g", PriceFraming.label("5g", false));
    }
}
