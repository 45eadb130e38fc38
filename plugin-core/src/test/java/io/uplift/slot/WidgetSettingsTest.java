package io.uplift.slot;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class WidgetSettingsTest {

    private static final String TITLE_80 = repeat('t', 80);

    @Test
    public void acceptsTheSmallestAndLargestItemCount() {
        assertEquals(1, settings("Related", 1).getMaxItems());
        assertEquals(12, settings("Related", 12).getMaxItems());
    }

    @Test
    public void rejectsZeroItemsQuotingTheValue() {
        assertEquals("widget 7: number of items must be between 1 and 12: 0", rejected("Related", 0));
    }

    @Test
    public void rejectsThirteenItemsQuotingTheValue() {
        assertEquals("widget 7: number of items must be between 1 and 12: 13", rejected("Related", 13));
    }

    @Test
    public void rejectsABlankTitleQuotingIt() {
        assertEquals("widget 7: title must not be empty: '   '", rejected("   ", 4));
        assertEquals("widget 7: title must not be empty: 'null'", rejected(null, 4));
    }

    @Test
    public void acceptsATitleOfEightyCharacters() {
        assertEquals(TITLE_80, settings(TITLE_80, 4).getTitle());
    }

    @Test
    public void rejectsATitleLongerThanEightyCharactersQuotingIt() {
        String title81 = TITLE_80 + "x";
        assertEquals("widget 7: title is longer than 80 characters: '" + title81 + "'", rejected(title81, 4));
    }

    @Test
    public void rejectsABlankWidgetTypeQuotingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WidgetSettings(7, SlotKey.PRODUCT, " ", true, "Related", 4, 0));
        assertEquals("widget 7: widget type is required: ' '", e.getMessage());
    }

    @Test
    public void slotIsRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WidgetSettings(7, null, "RELATED_PRODUCTS", true, "Related", 4, 0));
        assertTrue(e.getMessage(), e.getMessage().startsWith("widget 7:"));
    }

    @Test
    public void trimsTitleAndType() {
        WidgetSettings w = new WidgetSettings(7, SlotKey.CART, " RELATED_PRODUCTS ", false, "  You may also like ",
                3, 20);
        assertEquals("RELATED_PRODUCTS", w.getWidgetType());
        assertEquals("You may also like", w.getTitle());
        assertEquals(SlotKey.CART, w.getSlot());
        assertEquals(20, w.getPosition());
        assertEquals(false, w.isEnabled());
    }

    private static WidgetSettings settings(String title, int maxItems) {
        return new WidgetSettings(7, SlotKey.PRODUCT, "RELATED_PRODUCTS", true, title, maxItems, 0);
    }

    private static String rejected(String title, int maxItems) {
        return assertThrows(IllegalArgumentException.class, () -> settings(title, maxItems)).getMessage();
    }

    private static String repeat(char c, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(c);
        }
        return b.toString();
    }
}
