package io.uplift.web.upsell;

import org.junit.Test;

import java.math.BigDecimal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

public class CartUpgradeControllerTest {

    @Test
    public void theShownDeltaIsAPlainDecimalWithAtMostTwoPlaces() {
        assertEquals(new BigDecimal("100.00"), CartUpgradeController.parseDelta("100.00"));
        assertEquals(new BigDecimal("100"), CartUpgradeController.parseDelta(" 100 "));
        assertEquals(new BigDecimal("-5"), CartUpgradeController.parseDelta("-5"));
        for (String bad : new String[] {null, "", "1e3", "100.001", "abc", "100<script>", "1,000.00", "9999999999"}) {
            assertNull("refused: " + bad, CartUpgradeController.parseDelta(bad));
        }
    }
}
