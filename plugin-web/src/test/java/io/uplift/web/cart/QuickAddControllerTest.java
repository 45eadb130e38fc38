package io.uplift.web.cart;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/** The quick-add endpoint's guards: only this site's paths as return targets, only sane ids and quantities. */
public class QuickAddControllerTest {

    @Test
    public void returnsOnlyToPathsOfThisSite() {
        assertEquals("/phones/nova-x-128-gb", QuickAddController.safeReturn("/phones/nova-x-128-gb"));
        assertEquals("/search?q=case", QuickAddController.safeReturn("/search?q=case"));
        assertEquals("dots inside a name are fine", "/cases/v1.2-slim", QuickAddController.safeReturn("/cases/v1.2-slim"));
        assertEquals("the query is not a path", "/search?q=a..b", QuickAddController.safeReturn("/search?q=a..b"));
        assertEquals("/", QuickAddController.safeReturn("/"));
        for (String page : new String[] {"/search?q=usb-c,hdmi", "/search?q=case+(clear)", "/c/phones;jsessionid=AB12",
                "/search?q=it's!", "/search?q=a:b@c*d", "/search?return=/cart?x=1"}) {
            assertEquals("a page of the site: " + page, page, QuickAddController.safeReturn(page));
        }
        for (String evil : new String[] {null, "", "//evil.example/x", "http://evil.example/", "https://evil.example",
                "javascript:alert(1)", "/ok\r\nSet-Cookie: x=1", "/a b", "\\\\evil", "evil.example/x", "/.//evil.example",
                "/a/..//evil.example", "/a//b", "/.", "/a/..", "/%2e%2e/%2fevil.example", "/%2E/x", "/a%2Fb", "/a%5cb",
                "/a\"b", "/a<b", "/q?x=<script>", "/a{b}", "/a\tb", "/a?x=1#frag"}) {
            assertEquals("'" + evil + "' goes to the cart", "/cart", QuickAddController.safeReturn(evil));
        }
        StringBuilder longPath = new StringBuilder("/");
        for (int i = 0; i < 600; i++) {
            longPath.append('a');
        }
        assertEquals("/cart", QuickAddController.safeReturn(longPath.toString()));
    }

    @Test
    public void productIdsAreWholePositiveNumbers() {
        assertEquals(Long.valueOf(42), QuickAddController.parseId(" 42 "));
        for (String bad : new String[] {null, "", "-1", "4.2", "1e3", "abc", "1234567890123456789"}) {
            assertNull("'" + bad + "'", QuickAddController.parseId(bad));
        }
    }

    @Test
    public void quantitiesAreFromOneToNinetyNine() {
        assertEquals(Integer.valueOf(1), QuickAddController.parseQuantity("1"));
        assertEquals(Integer.valueOf(99), QuickAddController.parseQuantity("99"));
        for (String bad : new String[] {null, "", "0", "100", "-1", "1.5", "x", "0001"}) {
            assertNull("'" + bad + "'", QuickAddController.parseQuantity(bad));
        }
    }
}
