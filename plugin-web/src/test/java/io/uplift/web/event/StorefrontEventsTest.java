package io.uplift.web.event;

import org.junit.Test;

import static org.junit.Assert.assertEquals;

public class StorefrontEventsTest {

    @Test
    public void pageViewIdsAreAPAndSixteenHexDigits() {
        assertEquals("p0000000000000000", StorefrontEvents.pageViewId(0));
        assertEquals("p00000000000000ff", StorefrontEvents.pageViewId(255));
        assertEquals("pffffffffffffffff", StorefrontEvents.pageViewId(-1));
        assertEquals("p8000000000000000", StorefrontEvents.pageViewId(Long.MIN_VALUE));
        assertEquals(String.format("p%016x", 0x1234abcdL), StorefrontEvents.pageViewId(0x1234abcdL));
    }
}
