package io.uplift.slot;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class ViewFingerprintTest {

    private static String text(Object value) {
        ViewFingerprint f = ViewFingerprint.of(value);
        return f == null ? null : f.getText();
    }

    /** A view class with a one-time token, as the bundle and order-offer widgets have. */
    static final class Tokened {
        private final String name;
        @PerRendering
        private final String token;

        Tokened(String name, String token) {
            this.name = name;
            this.token = token;
        }
    }

    @Test
    public void perRenderingValuesAreLeftOutOfTheTextAndListedInOrder() {
        ViewFingerprint a = ViewFingerprint.of(Arrays.asList(new Tokened("x", "tokenAAAA1"), new Tokened("y", "tokenBBBB2")));
        ViewFingerprint b = ViewFingerprint.of(Arrays.asList(new Tokened("x", "tokenCCCC3"), new Tokened("y", "tokenDDDD4")));
        assertEquals(a.getText(), b.getText());
        assertEquals(Arrays.asList("tokenAAAA1", "tokenBBBB2"), a.getPerRendering());
        assertEquals(Arrays.asList("tokenCCCC3", "tokenDDDD4"), b.getPerRendering());
        assertNotEquals(a.getText(), text(Arrays.asList(new Tokened("z", "tokenAAAA1"), new Tokened("y", "tokenBBBB2"))));
    }

    @Test
    public void notRenderedFieldsAreLeftOut() {
        ProductCard a = new ProductCard(1, "Mug", "/p/1", null, "$9.99", null, "copurchase", "bought with X in 3 of 9 orders");
        ProductCard b = new ProductCard(1, "Mug", "/p/1", null, "$9.99", null, "copurchase", "bought with X in 4 of 10 orders");
        assertEquals(text(a), text(b));
        assertNotEquals(text(a), text(new ProductCard(1, "Mug", "/p/1", null, "$9.99", null, "trending", null)));
    }

    @Test
    public void aShortOrMissingPerRenderingValueIsRefused() {
        assertNull(ViewFingerprint.of(new Tokened("x", "short")));
        assertNull(ViewFingerprint.of(new Tokened("x", null)));
    }

    private static ProductCard card(long id, String name, String price) {
        return new ProductCard(id, name, "/p/" + id, "/img/" + id + ".png", price, null, "also-bought", null);
    }

    private static SlotView slot(ProductCard... cards) {
        return new SlotView(SlotKey.PRODUCT, Collections.singletonList(
                new WidgetView(7, "RELATED_PRODUCTS", "uplift/widgets/product-list", "You may also like",
                        Arrays.asList(cards))));
    }

    @Test
    public void equalViewsBuiltSeparatelyHaveTheSameText() {
        String a = text(slot(card(1, "Mug", "$9.99"), card(2, "Cup", "$4.99")));
        String b = text(slot(card(1, "Mug", "$9.99"), card(2, "Cup", "$4.99")));
        assertNotNull(a);
        assertEquals(a, b);
    }

    @Test
    public void anyShownDifferenceChangesTheText() {
        String base = text(slot(card(1, "Mug", "$9.99"), card(2, "Cup", "$4.99")));
        assertNotEquals(base, text(slot(card(1, "Mug", "$9.98"), card(2, "Cup", "$4.99"))));
        assertNotEquals(base, text(slot(card(2, "Cup", "$4.99"), card(1, "Mug", "$9.99"))));
        assertNotEquals(base, text(slot(card(1, "Mug", "$9.99"))));
        assertNotEquals(base, text(new SlotView(SlotKey.CART, slot(card(1, "Mug", "$9.99"),
                card(2, "Cup", "$4.99")).getWidgets())));
    }

    @Test
    public void textsCannotRunIntoEachOther() {
        // without lengths "ab"+"c" and "a"+"bc" would write the same characters
        assertNotEquals(text(Arrays.asList("ab", "c")), text(Arrays.asList("a", "bc")));
        assertNotEquals(text(Arrays.asList("1", null)), text(Arrays.asList(1, null)));
        assertNotEquals(text(new BigDecimal("2.5")), text(new BigDecimal("2.50")));
        assertNotEquals(text(Collections.emptyList()), text(Collections.emptyMap()));
    }

    @Test
    public void mapsArraysEnumsAndLocalesAreWalked() {
        Map<String, Object> m = new LinkedHashMap<String, Object>();
        m.put("k", new int[] {1, 2});
        m.put("slot", SlotKey.CART);
        m.put("locale", Locale.US);
        assertNotNull(text(m));
        Map<String, Object> other = new LinkedHashMap<String, Object>(m);
        other.put("k", new int[] {1, 3});
        assertNotEquals(text(m), text(other));
    }

    /** Two view classes with the same fields. */
    static final class Left {
        private final String name;

        Left(String name) {
            this.name = name;
        }
    }

    static final class Right {
        private final String name;

        Right(String name) {
            this.name = name;
        }
    }

    @Test
    public void typesAreDistinguishedClassesNumbersAndEnums() {
        assertEquals(text(new Left("a")), text(new Left("a")));
        assertNotEquals("same fields, another class", text(new Left("a")), text(new Right("a")));
        assertNotEquals(text((byte) 1), text(BigDecimal.ONE));
        assertNotEquals(text(1), text(1L));
        assertNotEquals(text(Boolean.TRUE), text(new java.math.BigInteger("1")));
        assertEquals(text(SlotKey.CART), text(SlotKey.CART));
        assertNotEquals(text(SlotKey.CART), text(SlotKey.PRODUCT));
        assertNotEquals("an enum is not the string of its name", text(SlotKey.CART), text("CART"));
        assertTrue("class names are not written out: " + text(new Left("a")),
                !text(Arrays.asList(new Left("a"), SlotKey.CART)).contains("io.uplift"));
    }

    @Test
    public void datesAreValues() {
        assertEquals(text(new java.util.Date(1000)), text(new java.util.Date(1000)));
        assertNotEquals(text(new java.util.Date(1000)), text(new java.util.Date(2000)));
        assertEquals(text(java.time.LocalDate.of(2027, 3, 5)), text(java.time.LocalDate.of(2027, 3, 5)));
        assertNotEquals(text(java.time.LocalDate.of(2027, 3, 5)), text(java.time.LocalDate.of(2027, 3, 6)));
        assertNotEquals(text(java.time.Instant.EPOCH), text(java.time.LocalDateTime.of(1970, 1, 1, 0, 0)));
    }

    @Test
    public void anUnknownTypeAnywhereMakesTheViewUnfingerprintable() {
        // a platform object (here a JDK type the walker does not know) must not be guessed at: render afresh
        assertNull(text(Arrays.asList("a", new StringBuilder("b"))));
        assertEquals("java.lang.StringBuilder", ViewFingerprint.refusal(Arrays.asList("a", new StringBuilder("b"))));
        assertNull(ViewFingerprint.refusal(Arrays.asList("a", "b")));
        assertNull(text(new WidgetView(7, "BUNDLE", "uplift/widgets/bundle", "T",
                Collections.<ProductCard>emptyList(), new Object())));
        Runnable lambda = () -> { };
        assertNull(text(Collections.singletonList(lambda)));
    }

    @Test
    public void cyclesAndVeryDeepGraphsAreRefused() {
        Object[] a = new Object[1];
        a[0] = a;
        assertNull(text(a));
        Object deep = "x";
        for (int i = 0; i < ViewFingerprint.MAX_DEPTH + 2; i++) {
            deep = Collections.singletonList(deep);
        }
        assertNull(text(deep));
    }

    @Test
    public void eachTextIsItsOwnAfterARefusedWalkAndAfterAVeryLargeOne() {
        // the text is written into a buffer each thread reuses: nothing of one walk may reach the next
        String small = text(Arrays.asList("a", 1));
        assertNull(ViewFingerprint.of("prefix|", Arrays.asList("partly written", new Object())));
        assertEquals(small, text(Arrays.asList("a", 1)));
        char[] big = new char[ViewFingerprint.KEPT_BUFFER_CHARS + 10];
        Arrays.fill(big, 'x');
        String huge = new String(big);
        ViewFingerprint large = ViewFingerprint.of("k|", Collections.singletonList(huge));
        assertNotNull(large);
        assertEquals("k|[s" + huge.length() + ":" + huge + "]", large.getText());
        assertEquals(small, text(Arrays.asList("a", 1)));
        assertEquals("p|" + small, ViewFingerprint.of("p|", Arrays.asList("a", 1)).getText());
    }
}
