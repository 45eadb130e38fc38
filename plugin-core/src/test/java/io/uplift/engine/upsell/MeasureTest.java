package io.uplift.engine.upsell;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

public class MeasureTest {

    private static double ratio(String value, String anchor) {
        Double r = Measure.parse(value).ratioTo(Measure.parse(anchor));
        assertNotNull(value + " / " + anchor, r);
        return r;
    }

    @Test
    public void storageRatiosUseBinaryUnits() {
        assertEquals(2.0, ratio("256 GB", "128 GB"), 1e-12);
        assertEquals(2.0, ratio("1 TB", "512 GB"), 1e-12);
        assertEquals(0.5, ratio("512 GB", "1 TB"), 1e-12);
        assertEquals(1024d * 1024 * 1024, Measure.parse("1 GB").getValue(), 0);
        assertEquals("b", Measure.parse("1 TB").getKind());
    }

    @Test
    public void thousandsSeparatorsAndDecimalsParse() {
        Measure m = Measure.parse("4,400 mAh");
        assertEquals(4400, m.getValue(), 0);
        assertEquals("mah", m.getKind());
        assertEquals(4400.0 / 3300.0, ratio("4,400 mAh", "3,300 mAh"), 1e-12);
        assertEquals(1000, Measure.parse("1 Ah").getValue(), 0);
        assertEquals(1234.5, Measure.parse("1,234.5 mAh").getValue(), 1e-9);
    }

    @Test
    public void decimalsAndSurroundingSpaceParse() {
        Measure m = Measure.parse(" 6.1 in ");
        assertEquals(6.1, m.getValue(), 1e-12);
        assertEquals("in", m.getKind());
        assertEquals(6.1, Measure.parse("6.1in").getValue(), 1e-12);
    }

    @Test
    public void unitsAreCaseInsensitiveAndScaleToTheirBase() {
        assertEquals(2.0, ratio("256gb", "128 GB"), 1e-12);
        assertEquals(1500, Measure.parse("1.5 kg").getValue(), 1e-9);
        assertEquals("g", Measure.parse("1.5 kg").getKind());
        assertEquals(10, Measure.parse("1 cm").getValue(), 0);
        assertEquals(3.2e9, Measure.parse("3.2 GHz").getValue(), 1);
    }

    @Test
    public void aBareNumberHasNoKind() {
        Measure m = Measure.parse("8");
        assertEquals(8, m.getValue(), 0);
        assertEquals("", m.getKind());
        assertEquals(1.5, ratio("12", "8"), 1e-12);
    }

    @Test
    public void textThatIsNotANumberWithAKnownUnitDoesNotParse() {
        assertNull(Measure.parse("6-core"));
        assertNull(Measure.parse("OLED"));
        assertNull(Measure.parse("12 cores"));
        assertNull(Measure.parse("128 XB"));
        assertNull(Measure.parse("12,34 GB"));
        assertNull(Measure.parse(""));
        assertNull(Measure.parse(null));
    }

    @Test
    public void differentKindsOrAZeroDivisorHaveNoRatio() {
        assertNull(Measure.parse("256 GB").ratioTo(Measure.parse("4,400 mAh")));
        assertNull(Measure.parse("256 GB").ratioTo(Measure.parse("256")));
        assertNull(Measure.parse("256 GB").ratioTo(Measure.parse("0 GB")));
        assertNull(Measure.parse("256 GB").ratioTo(null));
    }
}
