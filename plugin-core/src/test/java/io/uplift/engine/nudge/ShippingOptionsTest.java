package io.uplift.engine.nudge;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;

import static io.uplift.engine.nudge.ShippingOptionTest.rate;
import static org.junit.Assert.assertEquals;

/** Which option decides a cart's threshold. */
public class ShippingOptionsTest {

    private final ShippingOption standard = ShippingOption.banded(1, "Standard", ShippingOption.PHYSICAL_SHIP,
            Arrays.asList(rate("0", "6.99"), rate("75", "0")), false);
    private final ShippingOption economy = ShippingOption.banded(2, "Economy", ShippingOption.PHYSICAL_SHIP,
            Arrays.asList(rate("0", "3.99"), rate("50", "0")), false);
    private final ShippingOption express = ShippingOption.fixed(3, "Express", ShippingOption.PHYSICAL_SHIP,
            new BigDecimal("14.99"), false);
    private final ShippingOption pickUp = ShippingOption.fixed(4, "Pick up in store", "PHYSICAL_PICKUP",
            BigDecimal.ZERO, false);

    @Test
    public void theCartsChosenOptionDecides() {
        ShippingOptions options = new ShippingOptions(Arrays.asList(standard, economy, express));
        assertEquals(0, new BigDecimal("75").compareTo(options.forCart(1L).getThreshold()));
        assertEquals(FreeShipping.State.NONE, options.forCart(3L).getState());
    }

    @Test
    public void withNoneChosenTheLowestThresholdOfTheShippingOptionsCounts() {
        ShippingOptions options = new ShippingOptions(Arrays.asList(standard, express, economy));
        FreeShipping f = options.forCart(null);
        assertEquals(0, new BigDecimal("50").compareTo(f.getThreshold()));
        assertEquals(Long.valueOf(2), f.getOptionId());
    }

    @Test
    public void anOptionTheCartChoseThatIsGoneCountsAsNoneChosen() {
        assertEquals(0, new BigDecimal("75").compareTo(
                new ShippingOptions(Arrays.asList(standard, express)).forCart(99L).getThreshold()));
    }

    @Test
    public void aFreeShippingOptionMeansNoNudgeButAFreePickUpDoesNot() {
        ShippingOption free = ShippingOption.fixed(5, "Free", ShippingOption.PHYSICAL_SHIP, BigDecimal.ZERO, false);
        assertEquals(FreeShipping.State.ALWAYS, new ShippingOptions(Arrays.asList(standard, free)).forCart(null)
                .getState());
        assertEquals(FreeShipping.State.FROM, new ShippingOptions(Arrays.asList(standard, pickUp)).forCart(null)
                .getState());
    }

    @Test
    public void noOptionsOrNoThresholdMeansNoNudge() {
        assertEquals(FreeShipping.State.NONE, ShippingOptions.EMPTY.forCart(null).getState());
        assertEquals(FreeShipping.State.NONE, new ShippingOptions(Collections.singletonList(express)).forCart(null)
                .getState());
        assertEquals(FreeShipping.State.NONE, new ShippingOptions(Collections.singletonList(pickUp)).forCart(null)
                .getState());
    }
}
