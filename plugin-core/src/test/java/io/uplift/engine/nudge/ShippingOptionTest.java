package io.uplift.engine.nudge;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * Free shipping read from an option's configuration, against Broadleaf 3.1's banded pricing rule (the band with the
 * highest minimum at or below the amount; of equal minimums the cheaper; below every minimum nothing).
 */
public class ShippingOptionTest {

    static ShippingBand rate(String minimum, String amount) {
        return new ShippingBand(new BigDecimal(minimum), ShippingBand.Result.RATE, new BigDecimal(amount));
    }

    static ShippingBand percent(String minimum, String fraction) {
        return new ShippingBand(new BigDecimal(minimum), ShippingBand.Result.PERCENTAGE, new BigDecimal(fraction));
    }

    static ShippingOption banded(ShippingBand... bands) {
        return ShippingOption.banded(7, "Standard", ShippingOption.PHYSICAL_SHIP, Arrays.asList(bands), false);
    }

    /** Broadleaf's BandedFulfillmentPricingProvider, restated: what shipping costs for an order amount. */
    static BigDecimal broadleafPrice(List<ShippingBand> bands, BigDecimal amount) {
        BigDecimal lowest = null;
        BigDecimal lowestMinimum = BigDecimal.ZERO;
        for (ShippingBand band : bands) {
            if (amount.compareTo(band.getMinimum()) >= 0) {
                BigDecimal price = band.priceFor(amount);
                if (lowest == null) {
                    lowest = price;
                    lowestMinimum = band.getMinimum();
                }
                if (lowestMinimum.compareTo(band.getMinimum()) == 0) {
                    if (price.compareTo(lowest) <= 0) {
                        lowest = price;
                    }
                } else if (band.getMinimum().compareTo(lowestMinimum) > 0) {
                    lowest = price;
                    lowestMinimum = band.getMinimum();
                }
            }
        }
        return lowest == null ? BigDecimal.ZERO : lowest;
    }

    @Test
    public void theDemosStandardShippingIsFreeFrom75() {
        FreeShipping f = banded(rate("0", "6.99"), rate("75", "0")).freeShipping();
        assertEquals(FreeShipping.State.FROM, f.getState());
        assertEquals(0, new BigDecimal("75").compareTo(f.getThreshold()));
        assertEquals(Long.valueOf(7), f.getOptionId());
    }

    @Test
    public void aPercentageOfZeroIsFree() {
        FreeShipping f = banded(rate("0", "5"), percent("50", "0.10"), percent("100", "0")).freeShipping();
        assertEquals(FreeShipping.State.FROM, f.getState());
        assertEquals(0, new BigDecimal("100").compareTo(f.getThreshold()));
    }

    @Test
    public void bandsInAnyOrderGiveTheSameThreshold() {
        FreeShipping f = banded(rate("75", "0"), rate("0", "6.99")).freeShipping();
        assertEquals(0, new BigDecimal("75").compareTo(f.getThreshold()));
    }

    @Test
    public void aPaidBandAboveTheFreeOneMeansNoFreeShipping() {
        FreeShipping f = banded(rate("0", "6.99"), rate("75", "0"), rate("200", "10")).freeShipping();
        assertEquals(FreeShipping.State.NONE, f.getState());
        assertNull(f.getThreshold());
    }

    @Test
    public void onlyTheLastRunOfFreeBandsCounts() {
        // free from 50 to 100, paid from 100, free again from 150: "free from 150" is the only true promise
        FreeShipping f = banded(rate("0", "9.99"), rate("50", "0"), rate("100", "4.99"), rate("150", "0"))
                .freeShipping();
        assertEquals(0, new BigDecimal("150").compareTo(f.getThreshold()));
    }

    @Test
    public void ofTwoBandsWithTheSameMinimumTheFreeOneWins() {
        FreeShipping f = banded(rate("0", "6.99"), rate("75", "3"), rate("75.00", "0")).freeShipping();
        assertEquals(0, new BigDecimal("75").compareTo(f.getThreshold()));
    }

    @Test
    public void everyBandFreeIsAlwaysFree() {
        assertEquals(FreeShipping.State.ALWAYS, banded(rate("0", "0"), rate("50", "0")).freeShipping().getState());
        assertEquals(FreeShipping.State.ALWAYS, banded(rate("0", "0")).freeShipping().getState());
    }

    @Test
    public void fixedPriceOptions() {
        assertEquals(FreeShipping.State.ALWAYS, ShippingOption.fixed(1, "Free", ShippingOption.PHYSICAL_SHIP,
                new BigDecimal("0.00"), false).freeShipping().getState());
        assertEquals(FreeShipping.State.NONE, ShippingOption.fixed(1, "Flat", ShippingOption.PHYSICAL_SHIP,
                new BigDecimal("4.99"), false).freeShipping().getState());
    }

    @Test
    public void weightBandsCustomProvidersFlatRatesAndNoBandsGiveNoThreshold() {
        assertEquals(FreeShipping.State.NONE, ShippingOption.other(1, "By weight", ShippingOption.PHYSICAL_SHIP)
                .freeShipping().getState());
        assertEquals(FreeShipping.State.NONE, ShippingOption.banded(1, "Flat rates", ShippingOption.PHYSICAL_SHIP,
                Arrays.asList(rate("0", "6.99"), rate("75", "0")), true).freeShipping().getState());
        assertEquals(FreeShipping.State.NONE, banded().freeShipping().getState());
    }

    @Test
    public void theThresholdIsWhereBroadleafsPriceTurnsZeroAndStaysZero() {
        List<List<ShippingBand>> configs = new ArrayList<List<ShippingBand>>();
        configs.add(Arrays.asList(rate("0", "6.99"), rate("75", "0")));
        configs.add(Arrays.asList(rate("0", "5"), percent("50", "0.10"), percent("100", "0")));
        configs.add(Arrays.asList(rate("0", "9.99"), rate("50", "0"), rate("100", "4.99"), rate("150", "0")));
        configs.add(Arrays.asList(rate("0", "6.99"), rate("75", "3"), rate("75", "0")));
        configs.add(Arrays.asList(rate("20", "5"), rate("80.005", "0")));
        BigDecimal cent = new BigDecimal("0.01");
        for (List<ShippingBand> bands : configs) {
            FreeShipping f = ShippingOption.banded(1, "x", null, bands, false).freeShipping();
            assertEquals(bands.toString(), FreeShipping.State.FROM, f.getState());
            // the nudge's own comparison (ShippingProgress) decides "qualifies" for cart amounts in cents
            for (BigDecimal amount = f.getThreshold().subtract(new BigDecimal("3")).setScale(2, BigDecimal.ROUND_CEILING);
                    amount.compareTo(f.getThreshold().add(new BigDecimal("300"))) <= 0; amount = amount.add(cent)) {
                boolean qualifies = new ShippingProgress(amount, f.getThreshold()).isQualifies();
                assertEquals(bands + " at " + amount, qualifies, broadleafPrice(bands, amount).signum() == 0);
            }
        }
    }

    @Test
    public void badBandsAreRefusedQuotingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rate("-1", "5"));
        assertTrue(e.getMessage(), e.getMessage().contains("-1"));
        e = assertThrows(IllegalArgumentException.class, () -> rate("0", "-0.5"));
        assertTrue(e.getMessage(), e.getMessage().contains("-0.5"));
    }
}
